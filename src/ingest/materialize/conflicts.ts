import {
  graphQLTypeOf,
  type FactType,
  type GraphDocument,
  type GraphNode,
  type GraphRelationship,
} from '../../graph/model';

/** Claims whose values must agree across sources (a status may change; a date may not). */
const AGREEING_CLAIMS = ['time', 'since'] as const;

/**
 * Facts of which a node has one, so two targets of the same kind are two sources disagreeing:
 * where an event was held, whose office a position is, which country an organization belongs to.
 */
const SINGLE_VALUED: Partial<Record<FactType, string>> = {
  HELD_IN: 'place',
  POSITION_OF: 'officeOf',
  BELONGS_TO: 'belongsTo',
};

/**
 * Where sources disagree: a Conflict node for each thing and property with two or more values,
 * about the thing, listing the values and who gives each, linked to the claims it compares. A
 * value that only background knowledge gives makes it a conflict `with-background`: the graph
 * flags it and never corrects either side.
 */
export function findConflicts(document: GraphDocument): {
  nodes: GraphNode[];
  relationships: GraphRelationship[];
} {
  const nodes: GraphNode[] = [];
  const relationships: GraphRelationship[] = [];
  const add = (
    subjectId: string,
    property: string,
    values: Map<string, string[]>,
    kind: string,
    claimIds: readonly string[] = [],
  ) => {
    const id = `conflict:${property}:${subjectId}`;
    const ordered = [...values.keys()].sort();
    nodes.push({
      mergeLabel: 'Conflict',
      id,
      labels: ['Conflict'],
      properties: {
        id,
        subjectId,
        property,
        kind,
        values: ordered,
        valueSources: ordered.map((value) => [...new Set(values.get(value))].sort().join(' ')),
      },
    });
    const conflict = { mergeLabel: 'Conflict' as const, id };
    relationships.push({
      type: 'CONFLICT_ABOUT',
      from: conflict,
      to: { mergeLabel: 'Entity', id: subjectId },
      key: {},
      properties: {},
    });
    for (const claimId of [...claimIds].sort()) {
      relationships.push({
        type: 'BETWEEN_CLAIMS',
        from: conflict,
        to: { mergeLabel: 'Claim', id: claimId },
        key: {},
        properties: {},
      });
    }
  };

  const claimGroups = new Map<string, GraphNode[]>();
  for (const node of document.nodes) {
    const property = String(node.properties['property']);
    if (node.mergeLabel !== 'Claim' || !(AGREEING_CLAIMS as readonly string[]).includes(property)) continue;
    const key = `${String(node.properties['subjectId'])}|${property}`;
    claimGroups.set(key, [...(claimGroups.get(key) ?? []), node]);
  }
  for (const [key, claims] of [...claimGroups].sort(([a], [b]) => a.localeCompare(b))) {
    const values = new Map<string, string[]>();
    for (const claim of claims) {
      const value = String(claim.properties['value']);
      values.set(value, [...(values.get(value) ?? []), String(claim.properties['articleId'])]);
    }
    if (values.size < 2) continue;
    const [subjectId, property] = key.split('|') as [string, string];
    add(
      subjectId,
      property,
      values,
      'between-sources',
      claims.map((claim) => claim.id),
    );
  }

  const kindOf = new Map(
    document.nodes
      .filter((node) => node.mergeLabel === 'Entity')
      .map((node) => [node.id, graphQLTypeOf(node.labels)]),
  );
  const factGroups = new Map<string, GraphRelationship[]>();
  for (const relationship of document.relationships) {
    const property = SINGLE_VALUED[relationship.type as FactType];
    if (!property) continue;
    const key = `${relationship.from.id}|${property}|${kindOf.get(relationship.to.id)}`;
    factGroups.set(key, [...(factGroups.get(key) ?? []), relationship]);
  }
  for (const [key, facts] of [...factGroups].sort(([a], [b]) => a.localeCompare(b))) {
    if (facts.length < 2) continue;
    const [subjectId, property] = key.split('|') as [string, string];
    const values = new Map<string, string[]>();
    for (const fact of facts) {
      const sources =
        fact.properties['basis'] === 'background' ? ['background'] : (fact.properties['sources'] as string[]);
      values.set(fact.to.id, [...(values.get(fact.to.id) ?? []), ...sources]);
    }
    const withBackground = facts.some((fact) => fact.properties['basis'] === 'background');
    add(subjectId, property, values, withBackground ? 'with-background' : 'between-sources');
  }
  return { nodes, relationships };
}
