import type { GraphDocument } from '../../graph/model';
import type { ArticleSource } from '../article-folder';
import { splitSentences } from '../sentences';
import type { ValidExtraction } from '../validate-extraction';
import { mapAgreements } from './agreements';
import { mapArticle } from './article';
import { mapCommitments } from './commitments';
import { mapEvents } from './events';
import { mapClaims } from './claims';
import { mapFacts } from './facts';
import { GraphBuilder } from './graph-builder';
import { mapInitiatives, mapOrganizations, mapPlaces, mapPlainNamed, mapPositions } from './named';
import { mapRelations } from './relations';
import { mapStatements } from './statements';

export { sentenceId } from './graph-builder';

/**
 * Turns a validated extraction of an article into the graph to write: one mapper per section of
 * extraction.yaml. The order is fixed, so the generated Cypher script is stable.
 */
export function toGraph(
  source: ArticleSource,
  { extraction, kinds }: ValidExtraction,
  canonical?: (localId: string) => string,
): GraphDocument {
  const stamp = { articleId: source.meta.id, publishedOn: source.meta.publishedOn ?? null };
  const builder = new GraphBuilder(stamp, splitSentences(source.text), kinds, canonical);
  mapArticle(builder, source);
  mapPlainNamed(builder, extraction.countries);
  mapPlainNamed(builder, extraction.people);
  mapPlaces(builder, extraction.places);
  mapPlainNamed(builder, extraction.sectors);
  mapPlainNamed(builder, extraction.topics);
  mapOrganizations(builder, extraction.organizations);
  mapInitiatives(builder, extraction.initiatives);
  mapPositions(builder, extraction.positions);
  mapEvents(builder, extraction.events);
  mapAgreements(builder, extraction.agreements);
  mapCommitments(builder, extraction.commitments);
  mapStatements(builder, extraction.statements);
  mapRelations(builder, extraction.relations, extraction.events);
  mapFacts(builder, extraction.facts);
  mapClaims(builder, extraction);
  return builder.build();
}
