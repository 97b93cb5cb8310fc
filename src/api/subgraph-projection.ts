import type { GraphQLResolveInfo } from 'graphql';
import type { PropertyChoice } from '../graph/read/records';
import type { SubgraphProjection } from '../graph/read/subgraph';
import { EVIDENCE_FIELD_PROPERTIES } from './parents';
import { GRAPH_EDGE_FIELD_PROPERTIES, GRAPH_NODE_FIELD_PROPERTIES } from './resolvers/graphs';
import { selectedNames } from './selection';

type FieldProperties = Readonly<Record<string, readonly string[] | PropertyChoice>>;

/**
 * The stored properties the selected fields read, by each field's entry in `reads`: their union,
 * or every property when one field needs them all or has no entry (so a field added later is
 * served in full until someone says what it reads).
 */
export function propertiesRead(selected: Iterable<string>, reads: FieldProperties): PropertyChoice {
  const names = new Set<string>();
  for (const field of selected) {
    const read = Object.hasOwn(reads, field) ? reads[field] : undefined;
    if (read === undefined || read === 'all') return 'all';
    for (const name of read) names.add(name);
  }
  return [...names].sort();
}

/**
 * What a subgraph field (a neighbourhood, a shortest path) must read of its nodes and edges for
 * the client's selection. A widget drawing names and the basis of each edge gets the names and
 * the basis, not the evidence lists and spans that are most of a fact relationship's bytes.
 */
export function subgraphProjection(
  info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments' | 'variableValues'>,
): SubgraphProjection {
  const evidence = propertiesRead(selectedNames(info, 'edges', 'evidence'), EVIDENCE_FIELD_PROPERTIES);
  return {
    node: propertiesRead(selectedNames(info, 'nodes'), GRAPH_NODE_FIELD_PROPERTIES),
    edge: propertiesRead(selectedNames(info, 'edges'), { ...GRAPH_EDGE_FIELD_PROPERTIES, evidence }),
  };
}
