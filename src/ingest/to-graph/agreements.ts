import type { Extraction } from '../extraction-schema';
import type { GraphBuilder } from './graph-builder';

/** Agreements with their state and negotiation levels, each kept with its own words. */
export function mapAgreements(builder: GraphBuilder, agreements: Extraction['agreements']): void {
  for (const agreement of agreements) {
    const drafts = [agreement];
    builder.addEntity(
      agreement.id,
      [],
      {
        name: agreement.name,
        nameEn: agreement.nameEn,
        state: agreement.state,
        negotiationLevels: agreement.levels,
      },
      undefined,
      agreement,
    );
    builder.spanLinks('STATED_IN', agreement.id, agreement.evidence, 'agreement');
    builder.spanLinks('STATED_IN', agreement.id, agreement.stateEvidence, 'state');
    builder.spanLinks('STATED_IN', agreement.id, agreement.levelsEvidence, 'levels');
    for (const party of agreement.parties) {
      builder.fact('PARTY_TO', party, agreement.id, agreement.partiesEvidence, { drafts });
    }
    if (agreement.negotiatedIn) {
      builder.fact(
        'NEGOTIATED_IN',
        agreement.id,
        agreement.negotiatedIn,
        [...agreement.stateEvidence, ...agreement.partiesEvidence],
        { drafts },
      );
    }
    for (const sector of agreement.covers) {
      builder.fact('COVERS', agreement.id, sector, agreement.evidence, { drafts });
    }
  }
}
