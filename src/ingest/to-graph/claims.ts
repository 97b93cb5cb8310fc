import { CalendarDate, type NodeRef, type Properties } from '../../graph/model';
import type { Extraction, Span } from '../extraction-schema';
import { definedOnly, type GraphBuilder } from './graph-builder';

interface ClaimContent {
  /** The article's own id of what the claim is about. */
  about: string;
  property: 'status' | 'time' | 'since';
  value: string;
  words: readonly Span[];
  details?: Properties;
}

/**
 * What this article says about properties that reports disagree on or that change over time:
 * each event's status and time, and since when a relation has existed. Each becomes a Claim node
 * of its own, with the article and its words, so the graph keeps every source's version side by
 * side: a status history, and dates that disagree.
 */
export function mapClaims(builder: GraphBuilder, extraction: Extraction): void {
  const claims: ClaimContent[] = [];
  const eventsById = new Map(extraction.events.map((event) => [event.id, event]));
  for (const event of extraction.events) {
    if (event.status !== 'unknown') {
      claims.push({
        about: event.id,
        property: 'status',
        value: event.status,
        words: event.statusEvidence ?? [],
      });
    }
    if (event.time) {
      claims.push({
        about: event.id,
        property: 'time',
        value: event.time.value,
        words: [event.time.text],
        details: definedOnly({
          precision: event.time.precision,
          yearInferred: event.time.yearInferred,
          inference: event.time.inference,
        }),
      });
    }
  }
  for (const relation of extraction.relations) {
    const time = relation.establishedBy ? eventsById.get(relation.establishedBy)?.time : undefined;
    if (time) {
      claims.push({
        about: relation.id,
        property: 'since',
        value: time.value,
        words: [time.text],
        details: { precision: time.precision, yearInferred: time.yearInferred },
      });
    }
  }
  for (const claim of claims) addClaim(builder, claim);
}

function addClaim(builder: GraphBuilder, claim: ClaimContent): void {
  const subject = builder.entity(claim.about);
  const id = `${builder.articleId}#claim:${claim.property}:${subject.id}`;
  const node: NodeRef = { mergeLabel: 'Claim', id };
  const { publishedOn } = builder.stamp;
  builder.addNode({
    mergeLabel: 'Claim',
    id,
    labels: ['Claim'],
    properties: definedOnly({
      id,
      articleId: builder.articleId,
      subjectId: subject.id,
      property: claim.property,
      value: claim.value,
      publishedOn: publishedOn ? new CalendarDate(publishedOn) : undefined,
      text: claim.words.map((word) => word.text).join(' … '),
      ...claim.details,
    }),
  });
  builder.addRelationship({
    type: 'MAKES_CLAIM',
    from: { mergeLabel: 'Article', id: builder.articleId },
    to: node,
    key: {},
    properties: {},
  });
  builder.addRelationship({ type: 'CLAIM_ABOUT', from: node, to: subject, key: {}, properties: {} });
  builder.spanLinksFrom(node, 'STATED_IN', claim.words, claim.property);
}
