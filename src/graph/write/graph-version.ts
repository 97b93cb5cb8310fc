import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../../db/database';

/**
 * The graph's version: one node, outside every label of the model (no :Entity, no id a lookup
 * could name, no relationship), whose `version` changes in every transaction that changes the
 * graph. A reader that finds the same version at the start and the end of its transaction read
 * one state of the graph; Neo4j isolates reads at read committed, so a write committing in
 * between would otherwise show half of a response before it and half after.
 *
 * The version is a random token, not a counter: `npm run db:reset` deletes this node with the
 * rest, and a counter started again from 1 could repeat a value a reader saw before the reset.
 */
export const GRAPH_STATE_LABEL = 'GraphState';

const STATE_CONSTRAINT =
  'CREATE CONSTRAINT graph_state_id IF NOT EXISTS FOR (s:GraphState) REQUIRE s.id IS UNIQUE';

/**
 * The constraint that makes the MERGE below take the node's lock, so two loads at once keep one
 * node (and wait for each other). Idempotent, in a transaction of its own: schema changes cannot
 * share one with data.
 */
export async function ensureGraphVersion(database: Database): Promise<void> {
  await database.write({ name: 'graph-version-constraint' }, (tx) => tx.run(STATE_CONSTRAINT));
}

/**
 * Gives the graph a new version in `tx`, the transaction that changes it, so readers see the new
 * version exactly when they can see the change. Run it first: the node's lock then makes a second
 * writer wait here, before it reads anything the first is changing.
 */
export async function bumpGraphVersion(tx: ManagedTransaction): Promise<void> {
  await tx.run("MERGE (s:GraphState {id: 'graph'}) SET s.version = randomUUID(), s.changedAt = datetime()");
}
