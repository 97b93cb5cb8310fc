import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../../db/database';

/**
 * A lock for the first load, so that API processes starting at once against an empty graph load it
 * once. Neo4j has no advisory locks, but a MERGE on a uniquely constrained value waits while another
 * transaction holds that value uncommitted: the first process's transaction creates the lock node
 * and keeps it until it ends, the others wait in their MERGE, then find the articles loaded. The
 * node is deleted in the transaction that made it, so none is ever committed to the graph, and a
 * process that dies while holding it loses its transaction, which frees the lock.
 */
const LOCK_CONSTRAINT =
  'CREATE CONSTRAINT first_load_lock_id IF NOT EXISTS FOR (n:FirstLoadLock) REQUIRE n.id IS UNIQUE';

/** The lock's constraint; without it the MERGE would not wait. Idempotent, in its own transaction. */
export async function ensureFirstLoadLock(database: Database): Promise<void> {
  await database.write({ name: 'first-load-lock-constraint' }, (tx) => tx.run(LOCK_CONSTRAINT));
}

/** Waits until no other transaction holds the lock, then holds it until `tx` ends. */
export async function takeFirstLoadLock(tx: ManagedTransaction): Promise<void> {
  await tx.run("MERGE (:FirstLoadLock {id: 'first-load'})");
}

/** Removes the lock node before `tx` commits; the lock itself is held until then. */
export async function dropFirstLoadLockNode(tx: ManagedTransaction): Promise<void> {
  await tx.run("MATCH (lock:FirstLoadLock {id: 'first-load'}) DELETE lock");
}
