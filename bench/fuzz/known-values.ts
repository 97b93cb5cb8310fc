import { FACT_TYPES } from '../../src/graph/model/relationship-types';
import type { KnownValues } from './operations';

const QUERY = `{
  entities(first: 100) { edges { cursor node { id name } } }
  events(first: 100) { edges { cursor node { id kind } } }
  articles { id }
}`;

interface Answer {
  data?: {
    entities: { edges: { cursor: string; node: { id: string; name: string } }[] };
    events: { edges: { cursor: string; node: { id: string; kind: string } }[] };
    articles: { id: string }[];
  };
}

/**
 * Ids, words, kinds and cursors of the loaded graph, asked of the API once before the run and
 * sorted, so that the same seed over the same graph sends the same requests.
 */
export async function readKnownValues(url: string): Promise<KnownValues> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: QUERY }),
  });
  const { data } = (await response.json()) as Answer;
  if (!data || data.entities.edges.length === 0) {
    throw new Error(`The API gave no entities to fuzz with (HTTP ${response.status})`);
  }
  const sorted = (values: Iterable<string>) => [...new Set(values)].sort();
  const entities = data.entities.edges;
  const events = data.events.edges;
  const articles = data.articles.map((article) => article.id);
  return {
    ids: sorted([
      ...entities.map((edge) => edge.node.id),
      ...articles,
      ...articles.map((id) => `${id}#s1`),
      'country:nowhere',
    ]),
    words: sorted(entities.flatMap((edge) => edge.node.name.split(/\s+/)).filter(Boolean)),
    relationshipTypes: sorted(FACT_TYPES),
    kinds: sorted(events.map((edge) => edge.node.kind)),
    cursors: sorted([...entities, ...events].map((edge) => edge.cursor)),
  };
}
