/**
 * The three questions asked with the raw neo4j-driver: the project's own read functions
 * (src/graph/read), sent as the API sends an operation asking one of them (one auto-commit
 * statement, see bench/scale/measure.ts), with no HTTP and no GraphQL. The sequence mirrors the API's resolvers for the selections of
 * bench/scale/questions.ts: the bilateral view in one statement (the people's positions with it),
 * the neighbourhood with the properties its drawing needs, the search. Keep it in step when the API's reads change.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { graphQLTypeOf } from '../../src/graph/model';
import { readBilateralView } from '../../src/graph/read/bilateral-view';
import type { NodeData } from '../../src/graph/read/records';
import { searchEntities, toFullTextQuery } from '../../src/graph/read/search';
import { readNeighborhood } from '../../src/graph/read/subgraph';
import { subgraphProjection } from '../../src/api/subgraph-projection';
import { infoFor } from '../../tests/support/resolve-info';
import {
  API_QUERIES,
  canonicalBilateral,
  canonicalSearch,
  canonicalSubgraph,
  COUNTRY_A,
  type CanonicalBilateral,
  type CanonicalSearch,
  type CanonicalSubgraph,
  COUNTRY_B,
  NEIGHBOURHOOD_LIMIT,
  PERSON,
  SEARCH_FIRST,
  SEARCH_TEXT,
  type QuestionName,
} from './questions';

const property = (node: NodeData, name: string) => node.properties[name] ?? null;

function eventEntry(event: NodeData) {
  const value = property(event, 'timeValue');
  const code = property(event, 'cameoCode');
  return {
    nameEn: property(event, 'nameEn'),
    status: property(event, 'status'),
    time:
      value === null
        ? null
        : {
            text: property(event, 'timeText'),
            value,
            precision: property(event, 'timePrecision'),
            yearInferred: property(event, 'yearInferred'),
          },
    cameo: code === null ? null : { code, label: property(event, 'cameoLabel') },
  };
}

async function bilateralView(tx: ManagedTransaction): Promise<CanonicalBilateral> {
  const view = await readBilateralView(tx, COUNTRY_A, COUNTRY_B, null, {
    timeline: true,
    establishedBy: true,
    sectors: true,
    initiatives: true,
    people: true,
    peoplePositions: true,
    agreements: true,
  });
  const relation = view.relation;
  if (!relation) throw new Error(`No relation between ${COUNTRY_A} and ${COUNTRY_B}`);
  const parts = view.parts;
  const people = parts.people ?? [];
  const since = property(relation, 'since');
  return {
    nameEn: property(relation, 'nameEn'),
    since:
      since === null
        ? null
        : {
            value: since,
            text: property(relation, 'sinceText'),
            establishedBy: (parts.establishedBy ?? []).map((entry) => String(property(entry.node, 'nameEn'))),
          },
    timeline: (parts.timeline ?? []).map((entry) => eventEntry(entry.node)),
    sectors: (parts.sectors ?? []).map((entry) => ({
      name: property(entry.node, 'nameEn'),
      eventCount: entry.eventCount,
    })),
    initiatives: (parts.initiatives ?? []).map((entry) => ({
      name: property(entry.node, 'name'),
      eventCount: entry.eventCount,
    })),
    people: people.map((entry) => ({
      name: property(entry.person, 'name'),
      positions: (entry.positions ?? []).map((link) => String(property(link.node, 'nameEn'))),
      roles: entry.roles,
    })),
    agreements: (parts.agreements ?? []).map((agreement) => ({
      nameEn: property(agreement, 'nameEn'),
      state: property(agreement, 'state'),
      negotiationLevels: (property(agreement, 'negotiationLevels') as string[] | null) ?? [],
    })),
  };
}

/** What the API reads for the neighbourhood's selection, worked out from the same query text. */
const DRAWING = subgraphProjection(infoFor(API_QUERIES.neighbourhood));

async function neighbourhood(tx: ManagedTransaction): Promise<CanonicalSubgraph> {
  const subgraph = await readNeighborhood(tx, PERSON, 2, null, NEIGHBOURHOOD_LIMIT, null, DRAWING);
  if (!subgraph) throw new Error(`No entity ${PERSON}`);
  return {
    truncated: subgraph.truncated,
    nodes: subgraph.nodes.map((node) => ({
      id: node.id,
      type: graphQLTypeOf(node.labels),
      displayName: String(property(node, 'nameEn') ?? property(node, 'name') ?? node.id),
    })),
    edges: subgraph.edges.map((edge) => ({
      id: edge.elementId,
      type: edge.type,
      source: edge.sourceId,
      target: edge.targetId,
      basis: edge.properties['basis'] ?? null,
    })),
  };
}

async function search(tx: ManagedTransaction): Promise<CanonicalSearch> {
  const hits = await searchEntities(tx, toFullTextQuery(SEARCH_TEXT)!, null, SEARCH_FIRST);
  return hits.map((hit) => ({
    id: hit.node.id,
    name: property(hit.node, 'name'),
    nameEn: property(hit.node, 'nameEn'),
    aliases: (property(hit.node, 'aliases') as string[] | null) ?? [],
    score: hit.score,
  }));
}

/**
 * Each question's work inside its one read transaction: the read, and the answer shaped as the
 * API's response shapes it. This is what the benchmark measures; bringing it to the canonical
 * form is the check's work (canonicalRaw), as it is for the servers' answers.
 */
export const RAW_READS: Record<QuestionName, (tx: ManagedTransaction) => Promise<unknown>> = {
  'bilateral view': bilateralView,
  neighbourhood,
  search,
};

/** A raw answer in the canonical form the servers' answers are compared in. */
export function canonicalRaw(question: QuestionName, answer: unknown): unknown {
  if (question === 'bilateral view') return canonicalBilateral(answer as CanonicalBilateral);
  if (question === 'neighbourhood') return canonicalSubgraph(answer as CanonicalSubgraph);
  return canonicalSearch(answer as CanonicalSearch);
}
