import type { Extraction } from '../extraction-schema';
import type { GraphBuilder } from './graph-builder';

export function mapCommitments(builder: GraphBuilder, commitments: Extraction['commitments']): void {
  for (const commitment of commitments) {
    const summary = commitment.summaryEn;
    const options = { drafts: [commitment] };
    builder.addEntity(
      commitment.id,
      [],
      { name: summary, nameEn: summary, summaryEn: summary },
      undefined,
      commitment,
    );
    builder.spanLinks('STATED_IN', commitment.id, commitment.evidence);
    for (const actor of commitment.by) {
      builder.fact('COMMITTED_TO', actor, commitment.id, commitment.evidence, options);
    }
    if (commitment.madeAt) {
      builder.fact('MADE_AT', commitment.id, commitment.madeAt, commitment.evidence, options);
    }
    for (const item of commitment.about) {
      builder.fact('CONCERNS', commitment.id, item, commitment.evidence, options);
    }
  }
}
