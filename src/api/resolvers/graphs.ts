import type { NodeData, RelationData } from '../../graph/read/records';
import type { GraphQLContext } from '../context';
import { evidenceOf, graphQLTypeOf, toParentOrNull } from '../parents';

/** Subgraphs and relations shaped for graph widgets: ids, labels, types, names, properties. */
export const graphResolvers = {
  GraphNode: {
    type: (node: NodeData) => graphQLTypeOf(node.labels),
    displayName: (node: NodeData) => String(node.properties['nameEn'] ?? node.properties['name'] ?? node.id),
  },
  GraphEdge: {
    id: (edge: RelationData) => edge.elementId,
    source: (edge: RelationData) => edge.sourceId,
    target: (edge: RelationData) => edge.targetId,
    evidence: (edge: RelationData) => evidenceOf(edge),
  },
  Relation: {
    id: (relation: RelationData) => relation.elementId,
    source: async (relation: RelationData, _args: unknown, context: GraphQLContext) =>
      toParentOrNull(await context.loaders.nodes.load(relation.sourceId)),
    target: async (relation: RelationData, _args: unknown, context: GraphQLContext) =>
      toParentOrNull(await context.loaders.nodes.load(relation.targetId)),
    evidence: (relation: RelationData) => evidenceOf(relation),
  },
};
