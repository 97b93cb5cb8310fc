import { cameoLabel } from '../graph/cameo';
import {
  CalendarDate,
  type GraphDocument,
  type GraphNode,
  type GraphRelationship,
  type NodeRef,
  type Properties,
} from '../graph/graph-document';
import type { ArticleSource } from './article-folder';
import type { Span } from './extraction-schema';
import { splitSentences, type SentenceSpan } from './sentences';
import { parseTimeValue } from './time-value';
import type { ItemKind, ValidExtraction } from './validate-extraction';

/** Labels each kind of item gets, beyond Entity. */
const KIND_LABELS: Record<ItemKind, readonly string[]> = {
  Country: ['Actor', 'Country'],
  Person: ['Actor', 'Person'],
  Organization: ['Actor', 'Organization'],
  Place: ['Place'],
  Initiative: ['Initiative'],
  Sector: ['Sector'],
  Topic: ['Topic'],
  Position: ['Position'],
  Event: ['Event'],
  Agreement: ['Agreement'],
  Commitment: ['Commitment'],
  Statement: ['Statement'],
  BilateralRelation: ['BilateralRelation'],
};

/** Organization kinds that also become a label, for short Cypher: MATCH (m:Ministry). */
const ORGANIZATION_KIND_LABELS: Record<string, string> = { ministry: 'Ministry', embassy: 'Embassy' };
/** Initiatives that are also organizations (a technology park, a government programme). */
const ORGANIZATION_INITIATIVES = new Set(['technology_park', 'government_programme']);

export function sentenceId(articleId: string, index: number): string {
  return `${articleId}#s${index}`;
}

/** Turns a validated extraction of an article into the graph to write. */
export function toGraph(source: ArticleSource, { extraction, kinds }: ValidExtraction): GraphDocument {
  const articleId = source.meta.id;
  const sentences = splitSentences(source.text);
  const nodes: GraphNode[] = [];
  const relationships: GraphRelationship[] = [];

  const entity = (id: string): NodeRef => ({ mergeLabel: 'Entity', id });
  /** Sentences a span overlaps: one, or more for a quote running across sentences. */
  const sentencesOf = (span: Span): SentenceSpan[] =>
    sentences.filter((sentence) => span.start < sentence.end && span.end > sentence.start);
  const evidenceOf = (spans: readonly Span[]): string[] => {
    const ids = new Set(spans.flatMap(sentencesOf).map((sentence) => sentenceId(articleId, sentence.index)));
    return [...ids].sort(bySentenceOrder);
  };

  const addEntity = (
    id: string,
    extraLabels: readonly string[],
    properties: Properties,
    aliases?: readonly string[],
  ) => {
    const kind = kinds.get(id);
    if (kind === undefined) throw new Error(`No kind for ${id}`);
    const node: GraphNode = {
      mergeLabel: 'Entity',
      id,
      labels: unique(['Entity', ...KIND_LABELS[kind], ...extraLabels]),
      properties: { id, ...properties },
      ...(aliases ? { aliases } : {}),
    };
    nodes.push(node);
  };
  const spanLinks = (
    type: 'MENTIONED_IN' | 'STATED_IN',
    id: string,
    spans: readonly Span[],
    aspect?: string,
  ) => {
    for (const span of spans) {
      for (const sentence of sentencesOf(span)) {
        relationships.push({
          type,
          from: entity(id),
          to: { mergeLabel: 'Sentence', id: sentenceId(articleId, sentence.index) },
          key: { start: span.start, end: span.end, ...(aspect ? { aspect } : {}) },
          properties: { text: span.text },
        });
      }
    }
  };
  const fact = (type: string, from: string, to: string, spans: readonly Span[], key: Properties = {}) => {
    relationships.push({
      type,
      from: entity(from),
      to: entity(to),
      key,
      properties: { basis: 'article' },
      evidence: evidenceOf(spans),
    });
  };

  // The article and its sentences.
  const { meta } = source;
  const unknown = (['publishedOn', 'outlet', 'author', 'url'] as const).filter(
    (field) => meta[field] === null,
  );
  nodes.push({
    mergeLabel: 'Article',
    id: articleId,
    labels: ['Article'],
    properties: definedOnly({
      id: articleId,
      language: meta.language,
      title: meta.title,
      titleEn: meta.titleEn,
      titleBasis: meta.titleBasis,
      publishedOn: meta.publishedOn === null ? undefined : new CalendarDate(meta.publishedOn),
      outlet: meta.outlet ?? undefined,
      author: meta.author ?? undefined,
      url: meta.url ?? undefined,
      unknownMetadata: unknown,
      text: source.text,
      length: Array.from(source.text).length,
      offsetUnit: 'unicode_code_point',
      sha256: source.sha256,
      sentenceCount: sentences.length,
    }),
  });
  for (const sentence of sentences) {
    const id = sentenceId(articleId, sentence.index);
    nodes.push({
      mergeLabel: 'Sentence',
      id,
      labels: ['Sentence'],
      properties: {
        id,
        articleId,
        index: sentence.index,
        paragraph: sentence.paragraph,
        start: sentence.start,
        end: sentence.end,
        text: sentence.text,
      },
    });
    relationships.push({
      type: 'HAS_SENTENCE',
      from: { mergeLabel: 'Article', id: articleId },
      to: { mergeLabel: 'Sentence', id },
      key: {},
      properties: { index: sentence.index },
    });
    if (sentence.index > 1) {
      relationships.push({
        type: 'NEXT',
        from: { mergeLabel: 'Sentence', id: sentenceId(articleId, sentence.index - 1) },
        to: { mergeLabel: 'Sentence', id },
        key: {},
        properties: {},
      });
    }
  }

  // Named things: their names as written become aliases, each mention a link to its sentence.
  const named = [
    ...extraction.countries,
    ...extraction.people,
    ...extraction.places,
    ...extraction.sectors,
    ...extraction.topics,
  ].map((item) => ({
    item,
    extraLabels: [] as string[],
    properties: {} as Record<string, string | undefined>,
  }));
  for (const organization of extraction.organizations) {
    const kindLabel = ORGANIZATION_KIND_LABELS[organization.kind];
    named.push({
      item: organization,
      extraLabels: kindLabel ? [kindLabel] : [],
      properties: { kind: organization.kind },
    });
  }
  for (const initiative of extraction.initiatives) {
    named.push({
      item: initiative,
      extraLabels: ORGANIZATION_INITIATIVES.has(initiative.kind) ? ['Organization'] : [],
      properties: {
        kind: initiative.kind,
        description: initiative.description,
        descriptionEn: initiative.descriptionEn,
      },
    });
  }
  for (const { item, extraLabels, properties } of named) {
    const extra = 'kind' in item && !('kind' in properties) ? { kind: String(item.kind) } : {};
    const note = 'note' in item && typeof item.note === 'string' ? { note: item.note } : {};
    addEntity(
      item.id,
      extraLabels,
      definedOnly({ name: item.name, nameEn: item.nameEn, ...extra, ...note, ...properties }),
      unique(item.mentions.map((mention) => mention.text)).sort(),
    );
    spanLinks('MENTIONED_IN', item.id, item.mentions);
  }

  for (const position of extraction.positions) {
    addEntity(position.id, [], { name: position.title, nameEn: position.titleEn, title: position.title });
    spanLinks('STATED_IN', position.id, position.evidence);
  }

  for (const event of extraction.events) {
    const time = event.time;
    const bounds = time ? parseTimeValue(time.value, time.precision) : undefined;
    if (bounds && 'error' in bounds) throw new Error(`${event.id}: ${bounds.error}`);
    addEntity(
      event.id,
      [],
      definedOnly({
        name: event.name,
        nameEn: event.nameEn,
        kind: event.kind,
        status: event.status,
        cameoCode: event.cameo,
        cameoLabel: event.cameo ? cameoLabel(event.cameo) : undefined,
        timeText: time?.text.text,
        timeValue: time?.value,
        timePrecision: time?.precision,
        timeStart: bounds ? new CalendarDate(bounds.start) : undefined,
        timeEnd: bounds ? new CalendarDate(bounds.end) : undefined,
        yearInferred: time?.yearInferred,
        yearInference: time?.inference,
      }),
      event.mentions ? unique(event.mentions.map((mention) => mention.text)).sort() : undefined,
    );
    spanLinks('STATED_IN', event.id, event.evidence, 'event');
    spanLinks('STATED_IN', event.id, event.statusEvidence, 'status');
    if (time) spanLinks('STATED_IN', event.id, [time.text], 'time');
    if (event.mentions) spanLinks('MENTIONED_IN', event.id, event.mentions);
    for (const participant of event.participants ?? []) {
      fact('PARTICIPANT_IN', participant.actor, event.id, participant.evidence, { role: participant.role });
    }
    for (const place of event.places ?? []) fact('HELD_IN', event.id, place.place, place.evidence);
    for (const topic of event.topics ?? []) fact('DISCUSSED', event.id, topic.topic, topic.evidence);
    for (const summit of event.sidelinesOf ?? [])
      fact('ON_SIDELINES_OF', event.id, summit.event, summit.evidence);
  }

  for (const agreement of extraction.agreements) {
    addEntity(agreement.id, [], {
      name: agreement.name,
      nameEn: agreement.nameEn,
      state: agreement.state,
      negotiationLevels: agreement.levels,
    });
    spanLinks('STATED_IN', agreement.id, agreement.evidence, 'agreement');
    spanLinks('STATED_IN', agreement.id, agreement.stateEvidence, 'state');
    spanLinks('STATED_IN', agreement.id, agreement.levelsEvidence, 'levels');
    for (const party of agreement.parties) fact('PARTY_TO', party, agreement.id, agreement.partiesEvidence);
    if (agreement.negotiatedIn) {
      fact('NEGOTIATED_IN', agreement.id, agreement.negotiatedIn, [
        ...agreement.stateEvidence,
        ...agreement.partiesEvidence,
      ]);
    }
    for (const sector of agreement.covers) fact('COVERS', agreement.id, sector, agreement.evidence);
  }

  for (const commitment of extraction.commitments) {
    addEntity(commitment.id, [], {
      name: commitment.summaryEn,
      nameEn: commitment.summaryEn,
      summaryEn: commitment.summaryEn,
    });
    spanLinks('STATED_IN', commitment.id, commitment.evidence);
    for (const actor of commitment.by) fact('COMMITTED_TO', actor, commitment.id, commitment.evidence);
    if (commitment.madeAt) fact('MADE_AT', commitment.id, commitment.madeAt, commitment.evidence);
    for (const item of commitment.about) fact('CONCERNS', commitment.id, item, commitment.evidence);
  }

  for (const statement of extraction.statements) {
    const spans = statement.quote ? [...statement.evidence, statement.quote] : statement.evidence;
    addEntity(
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
    );
    spanLinks('STATED_IN', statement.id, statement.evidence, 'statement');
    if (statement.quote) spanLinks('STATED_IN', statement.id, [statement.quote], 'quote');
    fact('MADE_STATEMENT', statement.speaker, statement.id, spans);
    for (const item of statement.about) fact('ABOUT', statement.id, item, spans);
  }

  const eventsById = new Map(extraction.events.map((event) => [event.id, event]));
  for (const relation of extraction.relations) {
    const established = relation.establishedBy ? eventsById.get(relation.establishedBy) : undefined;
    addEntity(
      relation.id,
      [],
      definedOnly({
        name: relation.name,
        nameEn: relation.nameEn,
        countryIds: [...relation.countries].sort(),
        since: established?.time?.value,
        sincePrecision: established?.time?.precision,
        sinceText: established?.time?.text.text,
      }),
    );
    spanLinks('STATED_IN', relation.id, relation.evidence);
    for (const country of relation.countries) fact('PARTY_TO', country, relation.id, relation.evidence);
    for (const eventId of relation.events) {
      fact('INCLUDES_EVENT', relation.id, eventId, eventsById.get(eventId)?.evidence ?? relation.evidence);
    }
    if (relation.establishedBy && established) {
      fact('ESTABLISHED_BY', relation.id, relation.establishedBy, [
        ...relation.evidence,
        ...established.evidence,
      ]);
    }
  }

  for (const item of extraction.facts) {
    relationships.push(
      item.basis === 'article'
        ? {
            type: item.type,
            from: entity(item.from),
            to: entity(item.to),
            key: {},
            properties: { basis: 'article' },
            evidence: evidenceOf(item.evidence ?? []),
          }
        : {
            type: item.type,
            from: entity(item.from),
            to: entity(item.to),
            key: {},
            properties: { basis: 'background', source: item.source ?? '' },
          },
    );
  }

  return { articleId, nodes, relationships: mergeDuplicates(relationships) };
}

/**
 * Two facts can state the same relationship (a party named in two places); the graph holds it
 * once, with the union of their evidence.
 */
function mergeDuplicates(relationships: GraphRelationship[]): GraphRelationship[] {
  const byIdentity = new Map<string, GraphRelationship>();
  for (const relationship of relationships) {
    const identity = JSON.stringify([
      relationship.type,
      relationship.from,
      relationship.to,
      relationship.key,
    ]);
    const existing = byIdentity.get(identity);
    if (!existing) {
      byIdentity.set(identity, relationship);
      continue;
    }
    const evidence = unique([...(existing.evidence ?? []), ...(relationship.evidence ?? [])]).sort(
      bySentenceOrder,
    );
    byIdentity.set(identity, { ...existing, evidence });
  }
  return [...byIdentity.values()];
}

function bySentenceOrder(a: string, b: string): number {
  const index = (id: string) => Number(id.slice(id.lastIndexOf('#s') + 2));
  return a.slice(0, a.lastIndexOf('#')).localeCompare(b.slice(0, b.lastIndexOf('#'))) || index(a) - index(b);
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/** Drops undefined entries: Neo4j has no null properties, an unknown value is an absent one. */
function definedOnly(properties: Record<string, Properties[string] | undefined>): Properties {
  return Object.fromEntries(
    Object.entries(properties).filter(([, value]) => value !== undefined),
  ) as Properties;
}
