import type { FactType } from '../../graph/model';
import type { Direction, SpanData } from '../../graph/read/batch-reads';
import type { GraphQLContext } from '../context';
import { asOfOf, evidenceFromRelationship, stringListProperty, toParent, type NodeParent } from '../parents';

/**
 * Fields every Entity type shares, and helpers for the fields that follow facts. Each reads as of
 * the parent's day (`__asOf`) when it has one and hands the day on to the nodes it returns.
 */
export const entityFields = {
  aliases: (parent: NodeParent) => stringListProperty(parent, 'aliases'),
  mentions: (parent: NodeParent, _args: unknown, context: GraphQLContext) =>
    spansOf(parent, context, 'MENTIONED_IN'),
  statedIn: (parent: NodeParent, _args: unknown, context: GraphQLContext) =>
    spansOf(parent, context, 'STATED_IN'),
};

export async function spansOf(
  parent: NodeParent,
  context: GraphQLContext,
  kind: SpanData['kind'],
): Promise<SpanData[]> {
  return (await context.loaders.spans(asOfOf(parent)).load(parent.id)).filter((span) => span.kind === kind);
}

/** The relationships of one type and direction of the parent, as of its day. */
export function neighboursOf(
  context: GraphQLContext,
  parent: NodeParent,
  type: FactType,
  direction: Direction,
) {
  return context.loaders.neighbours(type, direction, asOfOf(parent)).load(parent.id);
}

/** The nodes at the other end of one relationship type, as FactLinks with their evidence. */
export async function factLinks(
  context: GraphQLContext,
  parent: NodeParent,
  type: FactType,
  direction: Direction,
) {
  const asOf = asOfOf(parent);
  const neighbours = await neighboursOf(context, parent, type, direction);
  return neighbours.map((neighbour) => ({
    relation: type,
    node: toParent(neighbour.node, asOf),
    evidence: evidenceFromRelationship(neighbour.relation, asOf),
  }));
}

/** A resolver returning factLinks for the parent node. */
export const linksResolver =
  (type: FactType, direction: Direction) => (parent: NodeParent, _args: unknown, context: GraphQLContext) =>
    factLinks(context, parent, type, direction);

/** A resolver returning just the nodes at the other end, optionally only those with a label. */
export const nodesResolver =
  (type: FactType, direction: Direction, label?: string) =>
  async (parent: NodeParent, _args: unknown, context: GraphQLContext) => {
    const neighbours = await neighboursOf(context, parent, type, direction);
    return neighbours
      .filter((n) => !label || n.node.labels.includes(label))
      .map((n) => toParent(n.node, asOfOf(parent)));
  };

/** Participations of an actor (direction out) or of an event (direction in). */
export async function participations(context: GraphQLContext, parent: NodeParent, direction: Direction) {
  const asOf = asOfOf(parent);
  const neighbours = await neighboursOf(context, parent, 'PARTICIPANT_IN', direction);
  return neighbours.map((neighbour) => ({
    actor: direction === 'out' ? parent : toParent(neighbour.node, asOf),
    event: direction === 'out' ? toParent(neighbour.node, asOf) : parent,
    role: String(neighbour.relation.properties['role']),
    implied: neighbour.relation.properties['implied'] === true,
    evidence: evidenceFromRelationship(neighbour.relation, asOf),
  }));
}

/** Discussions of an event (direction out) or of a subject (direction in). */
export async function discussions(context: GraphQLContext, parent: NodeParent, direction: Direction) {
  const asOf = asOfOf(parent);
  const neighbours = await neighboursOf(context, parent, 'DISCUSSED', direction);
  return neighbours.map((neighbour) => ({
    event: direction === 'out' ? parent : toParent(neighbour.node, asOf),
    subject: direction === 'out' ? toParent(neighbour.node, asOf) : parent,
    role: String(neighbour.relation.properties['role'] ?? 'subject'),
    evidence: evidenceFromRelationship(neighbour.relation, asOf),
  }));
}

/** Nodes by id, in order, leaving out ids that match nothing; read as of `asOf` when given. */
export async function loadParents(
  context: GraphQLContext,
  ids: readonly string[],
  asOf: string | null = null,
): Promise<NodeParent[]> {
  const nodes = await context.loaders.nodes.loadMany(ids);
  return nodes.flatMap((node) => {
    if (node instanceof Error) throw node;
    return node ? [toParent(node, asOf)] : [];
  });
}

/** The node a non-null field points at; its absence is a fault of the graph, not of the request. */
export async function loadParent(
  context: GraphQLContext,
  id: string,
  asOf: string | null = null,
): Promise<NodeParent> {
  const node = await context.loaders.nodes.load(id);
  if (!node) throw new Error(`No node has the id "${id}", though the graph refers to it`);
  return toParent(node, asOf);
}
