/**
 * One synthetic article and what it states, shaped like the seed article: sentences, two events
 * between two countries with people taking part, a place, subjects discussed, the relation
 * including them, a statement, a commitment, sometimes an agreement, claims about the events'
 * status, and the provenance (mentions, spans, resolution) that ties them to the sentences.
 */
import { CalendarDate, type GraphNode, type GraphRelationship, type NodeRef } from '../../src/graph/model';
import type { Pools } from './pools';
import type { SeededRandom } from './random';
import {
  entityNode,
  entityRef,
  factProperties,
  relationship,
  type Evidence,
  type SyntheticChunk,
} from './synthetic-graph';

const SENTENCES = 6;
const EVENT_KINDS = [
  ['meeting', '040', 'Consult'],
  ['working_visit', '042', 'Make a visit'],
  ['bilateral_talks', '046', 'Engage in negotiation'],
  ['phone_call', '041', 'Discuss by telephone'],
] as const;
const STATUSES = ['occurred', 'occurred', 'occurred', 'planned', 'ongoing', 'postponed'] as const;
const ROLES = ['visitor', 'host', 'participant'] as const;

/** Real countries' share of the stories, so they become hubs; never paired with each other. */
const HUB_SHARE: Readonly<Record<string, number>> = {
  'country:rwanda': 0.25,
  'country:kazakhstan': 0.12,
  'country:turkiye': 0.05,
};

export function relationIdOf(countryA: string, countryB: string): string {
  const [a, b] = [countryA, countryB].map((id) => id.slice('country:'.length)).sort();
  return `relation:${a}--${b}`;
}

export function buildStory(
  random: SeededRandom,
  pools: Pools,
  index: number,
  knownRelations: Set<string>,
): SyntheticChunk {
  const nodes: GraphNode[] = [];
  const relationships: GraphRelationship[] = [];
  const rel = (...args: Parameters<typeof relationship>) => relationships.push(relationship(...args));

  const countryA = pickCountry(random, pools.syntheticCountries);
  let countryB = random.pick(pools.syntheticCountries);
  while (countryB === countryA) countryB = random.pick(pools.syntheticCountries);
  const [nameA, nameB] = [countryA, countryB].map((id) => pools.nameOf.get(id) ?? id);
  const year = 2000 + random.below(26);
  const month = 1 + random.below(12);
  const day = 1 + random.below(28);
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

  const articleId = `synthetic-${String(index).padStart(7, '0')}`;
  const article: NodeRef = { mergeLabel: 'Article', id: articleId };
  const sentenceIds = Array.from({ length: SENTENCES }, (_, i) => `${articleId}#s${i + 1}`);
  const texts = sentenceIds.map(
    (_, i) => `Sentence ${i + 1} of synthetic article ${index}, about ${nameA} and ${nameB} on ${iso}.`,
  );
  nodes.push({
    mergeLabel: 'Article',
    id: articleId,
    labels: ['Article'],
    properties: {
      language: 'en',
      title: `Talks between ${nameA} and ${nameB}`,
      titleEn: `Talks between ${nameA} and ${nameB}`,
      text: texts.join(' '),
      length: texts.join(' ').length,
      sentenceCount: SENTENCES,
      offsetUnit: 'unicode_code_point',
      publishedOn: new CalendarDate(iso),
    },
  });
  let offset = 0;
  sentenceIds.forEach((id, i) => {
    const text = texts[i]!;
    nodes.push({
      mergeLabel: 'Sentence',
      id,
      labels: ['Sentence'],
      properties: { articleId, index: i + 1, paragraph: 1, start: offset, end: offset + text.length, text },
    });
    offset += text.length + 1;
    rel('HAS_SENTENCE', article, { mergeLabel: 'Sentence', id }, { index: i + 1 });
    if (i > 0)
      rel('NEXT', { mergeLabel: 'Sentence', id: sentenceIds[i - 1]! }, { mergeLabel: 'Sentence', id });
  });
  const evidence = (sentence: number, text: string): Evidence => ({
    articleId,
    sentenceId: sentenceIds[sentence]!,
    publishedOn: iso,
    start: 0,
    end: text.length,
    text,
  });
  const mentioned = new Set<string>();
  const mention = (id: string, sentence: number) => {
    if (mentioned.has(id)) return;
    mentioned.add(id);
    rel(
      'MENTIONED_IN',
      entityRef(id),
      { mergeLabel: 'Sentence', id: sentenceIds[sentence]! },
      { start: 0, end: 8, text: id },
    );
  };
  const stated = (id: string, sentence: number, aspect: string) =>
    rel(
      'STATED_IN',
      entityRef(id),
      { mergeLabel: 'Sentence', id: sentenceIds[sentence]! },
      { start: 0, end: 12, text: id, aspect },
    );

  const relationId = relationIdOf(countryA, countryB);
  const people = [countryA, countryB].map((country) => random.pick(pools.peopleOf.get(country)!));
  const eventIds: string[] = [];
  for (let e = 0; e < 2; e++) {
    const [kind, cameoCode, cameoLabel] = random.pick(EVENT_KINDS);
    const status = random.pick(STATUSES);
    const name = `${kind.replace('_', ' ')} ${e + 1} of synthetic article ${index}`;
    const event = entityNode(
      'Event',
      `${articleId}-${e + 1}`,
      { name, aliases: [] },
      {
        kind,
        status,
        cameoCode,
        cameoLabel,
        timeText: iso,
        timeValue: iso,
        timePrecision: 'day',
        timeStart: new CalendarDate(iso),
        timeEnd: new CalendarDate(iso),
        yearInferred: false,
      },
    );
    nodes.push(event);
    eventIds.push(event.id);
    const sentence = e * 2;
    const proof = evidence(sentence, name);
    stated(event.id, sentence, 'event');
    stated(event.id, sentence, 'status');
    [countryA, countryB].forEach((country, side) => {
      rel(
        'PARTICIPANT_IN',
        entityRef(country),
        entityRef(event.id),
        factProperties(proof, { role: side === 0 ? 'visitor' : 'host' }),
      );
      mention(country, sentence);
    });
    for (const person of people) {
      rel(
        'PARTICIPANT_IN',
        entityRef(person),
        entityRef(event.id),
        factProperties(proof, { role: random.pick(ROLES) }),
      );
      mention(person, sentence);
    }
    const host = random.chance(0.5) ? countryA : countryB;
    // Held in the host's capital, or in the country itself when the graph knows no capital.
    const place = pools.capitalOf.get(host) ?? host;
    rel('HELD_IN', entityRef(event.id), entityRef(place), factProperties(proof));
    mention(place, sentence);
    const subjects = [
      ...random.sample(pools.sectors, 2),
      random.chance(0.5) ? random.pick(pools.topics) : random.pick(pools.initiatives),
    ];
    for (const subject of subjects) {
      rel('DISCUSSED', entityRef(event.id), entityRef(subject), factProperties(proof, { role: 'subject' }));
      mention(subject, sentence + 1);
    }
    rel('INCLUDES_EVENT', entityRef(relationId), entityRef(event.id), factProperties(proof));

    const claimId = `${articleId}#claim:status:${event.id}`;
    nodes.push({
      mergeLabel: 'Claim',
      id: claimId,
      labels: ['Claim'],
      properties: {
        property: 'status',
        articleId,
        text: status,
        value: status,
        subjectId: event.id,
        publishedOn: new CalendarDate(iso),
      },
    });
    rel('MAKES_CLAIM', article, { mergeLabel: 'Claim', id: claimId });
    rel('CLAIM_ABOUT', { mergeLabel: 'Claim', id: claimId }, entityRef(event.id));
    rel(
      'STATED_IN',
      { mergeLabel: 'Claim', id: claimId },
      { mergeLabel: 'Sentence', id: sentenceIds[sentence]! },
      { start: 0, end: 6, text: status, aspect: 'status' },
    );
  }

  if (!knownRelations.has(relationId)) {
    knownRelations.add(relationId);
    const name = `Relations between ${nameA} and ${nameB}`;
    nodes.push(
      entityNode(
        'BilateralRelation',
        relationId.slice('relation:'.length),
        { name, aliases: [] },
        {
          countryIds: [countryA, countryB].sort(),
          since: String(year),
          sincePrecision: 'year',
          sinceText: String(year),
        },
      ),
    );
    const proof = evidence(4, name);
    rel('PARTY_TO', entityRef(countryA), entityRef(relationId), factProperties(proof));
    rel('PARTY_TO', entityRef(countryB), entityRef(relationId), factProperties(proof));
    rel('ESTABLISHED_BY', entityRef(relationId), entityRef(eventIds[0]!), factProperties(proof));
    stated(relationId, 4, 'relation');
  }

  const speaker = people[0]!;
  const summary = `${speaker} spoke about the talks of synthetic article ${index}.`;
  const statement = entityNode(
    'Statement',
    `${articleId}-remarks`,
    { name: summary, aliases: [] },
    { kind: 'reported_speech', summaryEn: summary },
  );
  const commitment = entityNode('Commitment', `${articleId}-cooperation`, {
    name: `Both sides will deepen cooperation (synthetic article ${index}).`,
    aliases: [],
  });
  nodes.push(statement, commitment);
  const remarks = evidence(3, summary);
  rel('MADE_STATEMENT', entityRef(speaker), entityRef(statement.id), factProperties(remarks));
  rel('ABOUT', entityRef(statement.id), entityRef(eventIds[0]!), factProperties(remarks));
  rel('ABOUT', entityRef(statement.id), entityRef(countryB), factProperties(remarks));
  stated(statement.id, 3, 'statement');
  const promise = evidence(5, commitment.properties['name'] as string);
  rel('COMMITTED_TO', entityRef(countryA), entityRef(commitment.id), factProperties(promise));
  rel('COMMITTED_TO', entityRef(countryB), entityRef(commitment.id), factProperties(promise));
  rel('MADE_AT', entityRef(commitment.id), entityRef(eventIds[1]!), factProperties(promise));
  rel('CONCERNS', entityRef(commitment.id), entityRef(random.pick(pools.sectors)), factProperties(promise));
  stated(commitment.id, 5, 'commitment');

  if (random.chance(0.3)) {
    const name = `Cooperation agreement of synthetic article ${index}`;
    const agreement = entityNode(
      'Agreement',
      `${articleId}-agreement`,
      { name, aliases: [] },
      {
        state: random.pick(['under_negotiation', 'signed', 'in_force']),
        negotiationLevels: ['ministry'],
      },
    );
    nodes.push(agreement);
    const proof = evidence(5, name);
    rel('PARTY_TO', entityRef(countryA), entityRef(agreement.id), factProperties(proof));
    rel('PARTY_TO', entityRef(countryB), entityRef(agreement.id), factProperties(proof));
    rel('NEGOTIATED_IN', entityRef(agreement.id), entityRef(eventIds[1]!), factProperties(proof));
    for (const sector of random.sample(pools.sectors, 2))
      rel('COVERS', entityRef(agreement.id), entityRef(sector), factProperties(proof));
    stated(agreement.id, 5, 'agreement');
  }

  // The loader records which graph node each of the article's items resolved to.
  for (const id of new Set([...mentioned, ...eventIds, statement.id, commitment.id]))
    rel('RESOLVES', article, entityRef(id), { score: 1, rule: 'canonical', localId: id });
  return { nodes, relationships };
}

function pickCountry(random: SeededRandom, syntheticCountries: readonly string[]): string {
  let roll = random.next();
  for (const [country, share] of Object.entries(HUB_SHARE)) {
    if (roll < share) return country;
    roll -= share;
  }
  return random.pick(syntheticCountries);
}
