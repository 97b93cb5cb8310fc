import { graphQLTypeOf } from '../../graph/model';
import { propertiesAsOf } from '../as-of';
import type { Resolvers } from '../generated/resolvers-types';
import { evidenceFromRelationship } from '../parents';
import { loadParent } from './entity-fields';

/** Subgraphs and relations shaped for graph widgets: ids, labels, types, names, properties. */
export const graphResolvers: Resolvers = {
  Subgraph: {
    nodes: (subgraph) => subgraph.nodes.map((node) => ({ ...node, asOf: subgraph.asOf })),
    edges: (subgraph) => subgraph.edges.map((edge) => ({ ...edge, asOf: subgraph.asOf })),
  },
  GraphNode: {
    type: (node) => graphQLTypeOf(node.labels),
    displayName: (node) => String(node.properties['nameEn'] ?? node.properties['name'] ?? node.id),
    properties: (node, _args, context) => propertiesAsOf(node, node.asOf, context),
  },
  GraphEdge: {
    id: (edge) => edge.elementId,
    source: (edge) => edge.sourceId,
    target: (edge) => edge.targetId,
    evidence: (edge) => evidenceFromRelationship(edge, edge.asOf),
  },
  Relation: {
    id: (relation) => relation.elementId,
    source: (relation, _args, context) => loadParent(context, relation.sourceId, relation.asOf),
    target: (relation, _args, context) => loadParent(context, relation.targetId, relation.asOf),
    evidence: (relation) => evidenceFromRelationship(relation, relation.asOf),
  },
};
