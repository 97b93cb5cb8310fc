import type { Analysis } from '../analysis';
import { draftMarks, draftSpan, type DraftExtraction } from './draft-types';
import { slugOf, type IdAllocator } from './ids';
import type { NamedIndex } from './named';

type Statements = NonNullable<DraftExtraction['statements']>;

/**
 * What people said. The summary stays in the text's own words (the quote, or the clause that
 * reports it) until a reviewer writes one: a drafted summary would be an invented one.
 */
export function draftStatements(analysis: Analysis, named: NamedIndex, ids: IdAllocator): Statements {
  return analysis.statements.flatMap((statement) => {
    const speaker = named.idOf.get(statement.speakerKey);
    const kind = named.kindOf.get(statement.speakerKey);
    if (!speaker || !kind || !['Country', 'Person', 'Organization'].includes(kind)) return [];
    return [
      {
        id: ids.allocate('statement', [slugOf(speaker), statement.kind.replace(/_/g, '-')]),
        ...draftMarks(statement),
        kind: statement.kind,
        speaker,
        ...(statement.quote ? { quote: draftSpan(statement.quote, statement) } : {}),
        summaryEn: (statement.quote ?? statement.evidence).text,
        evidence: [draftSpan(statement.evidence, statement)],
      },
    ];
  });
}
