import { planSyntheticGraph } from '../../../bench/scale/plan';
import { stableJson } from '../../../bench/scale/questions';
import { ARTICLE_HUBS, type SyntheticChunk } from '../../../bench/scale/synthetic-graph';
import {
  endpointsOf,
  ENTITY_KINDS,
  graphQLTypeOf,
  type EntityKind,
  type GraphNode,
  type GraphRelationship,
} from '../../../src/graph/model';

const BUDGET = 20_000;

function plan(seed: number, relationships = BUDGET): SyntheticChunk {
  const all: SyntheticChunk = { nodes: [], relationships: [] };
  for (const chunk of planSyntheticGraph({ relationships, seed })) {
    all.nodes.push(...chunk.nodes);
    all.relationships.push(...chunk.relationships);
  }
  return all;
}

describe('the synthetic graph of the scale benchmark', () => {
  const graph = plan(7);
  const nodes = new Map<string, GraphNode>(graph.nodes.map((node) => [node.id, node]));
  const hubKinds = new Map<string, string>(
    Object.entries(ARTICLE_HUBS).flatMap(([kind, ids]) => ids.map((id): [string, string] => [id, kind])),
  );
  const kindOf = (id: string) => {
    const node = nodes.get(id);
    return node ? graphQLTypeOf(node.labels) : hubKinds.get(id);
  };

  it('when planned twice with one seed, then the chunks are the same, and another seed gives others', () => {
    expect(stableJson(plan(7, 3_000))).toBe(stableJson(plan(7, 3_000)));
    expect(stableJson(plan(8, 3_000))).not.toBe(stableJson(plan(7, 3_000)));
  });

  it('when the relationships are counted, then they reach the budget and overshoot by less than one article', () => {
    expect(graph.relationships.length).toBeGreaterThanOrEqual(BUDGET);
    expect(graph.relationships.length).toBeLessThan(BUDGET + 150);
    expect(stableJson(plan(7, 0))).toBe(stableJson({ nodes: [], relationships: [] }));
  });

  it('when every node is checked, then ids are unique and entity ids carry their kind’s prefix', () => {
    expect(nodes.size).toBe(graph.nodes.length);
    const wrong = graph.nodes
      .filter((node) => node.mergeLabel === 'Entity')
      .filter(
        (node) => !node.id.startsWith(`${ENTITY_KINDS[graphQLTypeOf(node.labels) as EntityKind].idPrefix}:`),
      );
    expect(wrong.map((node) => node.id)).toEqual([]);
  });

  it('when every relationship is checked, then its ends exist and are kinds the registry allows for its type', () => {
    const wrong = graph.relationships.filter((relationship: GraphRelationship) => {
      const from = kindOf(relationship.from.id);
      const to = kindOf(relationship.to.id);
      const allowed = endpointsOf(relationship.type);
      return (
        from === undefined ||
        to === undefined ||
        !(allowed.from as readonly string[]).includes(from) ||
        !(allowed.to as readonly string[]).includes(to)
      );
    });
    expect(wrong.map((r) => `${r.from.id} -${r.type}-> ${r.to.id}`)).toEqual([]);
  });

  it('when its relations are listed, then none joins Rwanda and Kazakhstan, whose article relation stays as it is', () => {
    const pairs = graph.nodes
      .filter((node) => node.labels.includes('BilateralRelation'))
      .map((node) => [...(node.properties['countryIds'] as string[])].sort().join(' '));
    expect(pairs.length).toBeGreaterThan(0);
    expect(pairs).not.toContain('country:kazakhstan country:rwanda');
  });

  it('when the hubs are counted, then Rwanda takes part in more events than any synthetic country', () => {
    const participations = (id: string) =>
      graph.relationships.filter((r) => r.type === 'PARTICIPANT_IN' && r.from.id === id).length;
    const synthetic = graph.nodes
      .filter((node) => node.labels.includes('Country'))
      .map((node) => participations(node.id));
    expect(synthetic.length).toBeGreaterThan(0);
    expect(participations('country:rwanda')).toBeGreaterThan(Math.max(...synthetic));
  });
});
