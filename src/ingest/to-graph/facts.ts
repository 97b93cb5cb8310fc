import type { Extraction } from '../extraction-schema';
import type { GraphBuilder } from './graph-builder';

/** Facts stated directly: from the article with evidence, or background with a source. */
export function mapFacts(builder: GraphBuilder, facts: Extraction['facts']): void {
  for (const fact of facts) {
    if (fact.basis === 'article') {
      builder.fact(fact.type, fact.from, fact.to, fact.evidence ?? [], { drafts: [fact] });
    } else builder.backgroundFact(fact.type, fact.from, fact.to, fact.source ?? '');
  }
}
