import { cameoLabel } from '../../graph/model/cameo';
import type { Extraction } from '../extraction-schema';
import { definedOnly, type GraphBuilder } from './graph-builder';

/** Statements, with a direct quote kept verbatim and its own span. */
export function mapStatements(builder: GraphBuilder, statements: Extraction['statements']): void {
  for (const statement of statements) {
    const spans = statement.quote ? [...statement.evidence, statement.quote] : statement.evidence;
    builder.addEntity(
      statement.id,
      [],
      definedOnly({
        name: statement.summaryEn,
        nameEn: statement.summaryEn,
        kind: statement.kind,
        summaryEn: statement.summaryEn,
        quote: statement.quote?.text,
        quoteStart: statement.quote?.start,
        quoteEnd: statement.quote?.end,
        cameoCode: statement.cameo,
        cameoLabel: statement.cameo ? cameoLabel(statement.cameo) : undefined,
      }),
      undefined,
      statement,
    );
    builder.spanLinks('STATED_IN', statement.id, statement.evidence, 'statement');
    if (statement.quote) builder.spanLinks('STATED_IN', statement.id, [statement.quote], 'quote');
    const options = { drafts: [statement] };
    builder.fact('MADE_STATEMENT', statement.speaker, statement.id, spans, options);
    for (const item of statement.about) builder.fact('ABOUT', statement.id, item, spans, options);
  }
}
