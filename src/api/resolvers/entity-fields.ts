import type { FactType } from '../../graph/model';
import type { Direction, SpanData } from '../../graph/read/batch-reads';
import type { GraphQLContext } from '../context';
import { evidenceFromRelationship, stringListProperty, toParent, type NodeParent } from '../parents';

/** Fields every Entity type shares; spread into each type's resolvers. */
export const entityFields = {
  aliases: (parent: NodeParent) => stringListProperty(parent, 'aliases'),
  mentions: (parent: NodeParent, _args: unknown, context: GraphQLContext) =>
    spansOf(parent, context, 'MENTIONED_IN'),
  statedIn: (parent: NodeParent, _args: unknown, context: GraphQLContext) =>
    spansOf(parent, context, 'STATED_IN'),
};

async function spansOf(
  parent: NodeParent,
  context: GraphQLContext,
  kind: SpanData['kind'],
): Promise<SpanData[]> {
  return (await context.loaders.spans.load(parent.id)).filter((span) => span.kind === kind);
}

/** The nodes at the other end of one relationship type, as FactLinks with their evidence. */
export async function factLinks(context: GraphQLContext, id: string, type: FactType, direction: Direction) {
  const neighbours = await context.loaders.neighbours(type, direction).load(id);
  return neighbours.map((neighbour) => ({
    relation: type,
    node: toParent(neighbour.node),
    evidence: evidenceFromRelationship(neighbour.relation),
  }));
}

/** A resolver returning factLinks for the parent node. */
export const linksResolver =
  (type: FactType, direction: Direction) => (parent: NodeParent, _args: unknown, context: GraphQLContext) =>
    factLinks(context, parent.id, type, direction);

/** A resolver returning just the nodes at the other end, optionally only those with a label. */
export const nodesResolver =
  (type: FactType, direction: Direction, label?: string) =>
  async (parent: NodeParent, _args: unknown, context: GraphQLContext) => {
    const neighbours = await context.loaders.neighbours(type, direction).load(parent.id);
    return neighbours.filter((n) => !label || n.node.labels.includes(label)).map((n) => toParent(n.node));
  };

/** Participations of an actor (direction out) or of an event (direction in). */
export async function participations(context: GraphQLContext, parent: NodeParent, direction: Direction) {
  const neighbours = await context.loaders.neighbours('PARTICIPANT_IN', direction).load(parent.id);
  return neighbours.map((neighbour) => ({
    actor: direction === 'out' ? parent : toParent(neighbour.node),
    event: direction === 'out' ? toParent(neighbour.node) : parent,
    role: String(neighbour.relation.properties['role']),
    evidence: evidenceFromRelationship(neighbour.relation),
  }));
}

/** Discussions of an event (direction out) or of a subject (direction in). */
export async function discussions(context: GraphQLContext, parent: NodeParent, direction: Direction) {
  const neighbours = await context.loaders.neighbours('DISCUSSED', direction).load(parent.id);
  return neighbours.map((neighbour) => ({
    event: direction === 'out' ? parent : toParent(neighbour.node),
    subject: direction === 'out' ? toParent(neighbour.node) : parent,
    evidence: evidenceFromRelationship(neighbour.relation),
  }));
}

/** Nodes by id, in order, leaving out ids that match nothing. */
export async function loadParents(context: GraphQLContext, ids: readonly string[]): Promise<NodeParent[]> {
  const nodes = await context.loaders.nodes.loadMany(ids);
  return nodes.flatMap((node) => {
    if (node instanceof Error) throw node;
    return node ? [toParent(node)] : [];
  });
}

/** The node a non-null field points at; its absence is a fault of the graph, not of the request. */
export async function loadParent(context: GraphQLContext, id: string): Promise<NodeParent> {
  const node = await context.loaders.nodes.load(id);
  if (!node) throw new Error(`No node has the id "${id}", though the graph refers to it`);
  return toParent(node);
}
