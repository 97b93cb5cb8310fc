import { graphQLTypeOf } from '../../graph/model';
import type { Resolvers } from '../generated/resolvers-types';
import { evidenceFromRelationship } from '../parents';
import { loadParent } from './entity-fields';

/** Subgraphs and relations shaped for graph widgets: ids, labels, types, names, properties. */
export const graphResolvers: Resolvers = {
  GraphNode: {
    type: (node) => graphQLTypeOf(node.labels),
    displayName: (node) => String(node.properties['nameEn'] ?? node.properties['name'] ?? node.id),
  },
  GraphEdge: {
    id: (edge) => edge.elementId,
    source: (edge) => edge.sourceId,
    target: (edge) => edge.targetId,
    evidence: (edge) => evidenceFromRelationship(edge),
  },
  Relation: {
    id: (relation) => relation.elementId,
    source: (relation, _args, context) => loadParent(context, relation.sourceId),
    target: (relation, _args, context) => loadParent(context, relation.targetId),
    evidence: (relation) => evidenceFromRelationship(relation),
  },
};
