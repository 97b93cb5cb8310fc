import type { Analysis } from '../analysis';
import { draftRelations } from './relations';
import type { DraftExtraction } from './draft-types';
import { draftEvents } from './events';
import { IdAllocator } from './ids';
import { draftNamedItems } from './named';
import { draftBelongsTo, draftPositions } from './positions';
import { draftStatements } from './statements';

/**
 * Turns what a language's rules found into a draft extraction.yaml: every item and span marked
 * `review: draft` with its rule and confidence. Only what the analysis found is written; a
 * field the words do not support stays out.
 */
export function assembleDraft(analysis: Analysis, articleId: string): DraftExtraction {
  const ids = new IdAllocator();
  const { sections, index } = draftNamedItems(analysis, ids);
  const { positions, facts: positionFacts, countryOfPerson } = draftPositions(analysis, index, ids);
  const belongsTo = draftBelongsTo(analysis, index);
  const countryOf = new Map(countryOfPerson);
  for (const fact of belongsTo) countryOf.set(fact.from, fact.to);
  const events = draftEvents(analysis, index, ids);
  const statements = draftStatements(analysis, index, ids);
  const relations = draftRelations({ ...sections, events }, countryOf);
  return {
    article: articleId,
    ...sections,
    positions,
    events,
    agreements: [],
    commitments: [],
    statements,
    relations,
    facts: [...positionFacts, ...belongsTo],
  };
}
