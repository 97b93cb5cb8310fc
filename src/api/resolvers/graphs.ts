import { graphQLTypeOf } from '../../graph/model';
import { propertiesAsOf } from '../as-of';
import type { NodeData } from '../../graph/read/records';
import type { Resolvers } from '../generated/resolvers-types';
import { evidenceFromRelationship } from '../parents';
import { loadParent } from './entity-fields';

/** The properties a node's display name is made of, the first one present winning. */
export const DISPLAY_NAME_PROPERTIES = ['nameEn', 'name'] as const;

/**
 * The stored properties each field of a subgraph's nodes and edges reads (src/api/subgraph-
 * projection.ts reads only those the selection needs). A field not listed reads every property.
 */
export const GRAPH_NODE_FIELD_PROPERTIES: Readonly<Record<string, readonly string[]>> = {
  __typename: [],
  id: [],
  labels: [],
  type: [],
  displayName: DISPLAY_NAME_PROPERTIES,
};
export const GRAPH_EDGE_FIELD_PROPERTIES: Readonly<Record<string, readonly string[]>> = {
  __typename: [],
  id: [],
  type: [],
  source: [],
  target: [],
};

const displayNameOf = (node: NodeData) =>
  String(
    DISPLAY_NAME_PROPERTIES.map((name) => node.properties[name]).find(
      (value) => value !== null && value !== undefined,
    ) ?? node.id,
  );

/** Subgraphs and relations shaped for graph widgets: ids, labels, types, names, properties. */
export const graphResolvers: Resolvers = {
  Subgraph: {
    nodes: (subgraph) => subgraph.nodes.map((node) => ({ ...node, asOf: subgraph.asOf })),
    edges: (subgraph) => subgraph.edges.map((edge) => ({ ...edge, asOf: subgraph.asOf })),
  },
  GraphNode: {
    type: (node) => graphQLTypeOf(node.labels),
    displayName: displayNameOf,
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
