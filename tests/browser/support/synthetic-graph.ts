import type { Page } from 'playwright-core';

const KINDS = ['Event', 'Person', 'Organization', 'Sector', 'Statement', 'Place', 'Topic', 'Initiative'];
const TYPES = ['PARTICIPANT_IN', 'DISCUSSED', 'MADE_STATEMENT', 'BELONGS_TO', 'HELD_IN', 'ABOUT'];

export const SYNTHETIC_FOCUS = 'bench:focus';

/**
 * A neighbourhood of `size` nodes in the API's Subgraph shape: a focus, a first ring of hubs, each
 * hub with its own leaves, and one cross-link for every fifth leaf, so the drawing has the rings,
 * the crossings and the label load of a real neighbourhood — at a size the seed article lacks.
 */
export function syntheticSubgraph(size: number): unknown {
  const hubs = Math.max(1, Math.round(Math.sqrt(size)));
  const nodes = [node(SYNTHETIC_FOCUS, 'Country', 'Focus country')];
  const edges: unknown[] = [];
  for (let index = 1; index < size; index += 1) {
    const id = `bench:n${index}`;
    const kind = KINDS[index % KINDS.length]!;
    nodes.push(node(id, kind, `${kind} number ${index} with a long enough name`));
    const parent = index <= hubs ? SYNTHETIC_FOCUS : `bench:n${1 + (index % hubs)}`;
    edges.push(edge(edges.length, parent, id));
    if (index > hubs && index % 5 === 0)
      edges.push(edge(edges.length, id, `bench:n${1 + ((index + 3) % hubs)}`));
  }
  return { truncated: false, nodes, edges };
}

function node(id: string, type: string, displayName: string) {
  return { id, labels: ['Entity', type], type, displayName, properties: { id, name: displayName } };
}

function edge(index: number, source: string, target: string) {
  return {
    id: `bench:e${index}`,
    type: TYPES[index % TYPES.length]!,
    source,
    target,
    properties: {},
    evidence: {
      basis: index % 17 === 0 ? 'BACKGROUND' : 'ARTICLE',
      source: null,
      confidence: null,
      rule: null,
      sentences: [],
    },
  };
}

/**
 * Answers the explorer's neighbourhood query for SYNTHETIC_FOCUS with a synthetic subgraph and
 * lets every other request through to the real API. Only the benchmark uses it: it measures the
 * drawing, which is the same whatever produced the data.
 */
export async function serveSyntheticNeighbourhood(page: Page, size: number): Promise<void> {
  const body = JSON.stringify({ data: { neighborhood: syntheticSubgraph(size) } });
  await page.route('**/graphql', (route) => {
    const post = route.request().postData() ?? '';
    if (post.includes('ExplorerNeighbourhood') && post.includes(SYNTHETIC_FOCUS)) {
      return route.fulfill({ status: 200, contentType: 'application/json', body });
    }
    return route.fallback();
  });
}
