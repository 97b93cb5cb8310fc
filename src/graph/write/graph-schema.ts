import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../../db/database';
import { PROJECT_ROOT } from '../../project-root';
import { splitCypherStatements } from '../scripts/cypher-statements';

export const SCHEMA_FILE = path.join(PROJECT_ROOT, 'cypher', 'schema.cypher');

export function readSchemaScript(): string {
  return fs.readFileSync(SCHEMA_FILE, 'utf8');
}

/**
 * Applies cypher/schema.cypher. Schema changes cannot share a transaction with data writes, so
 * each runs in its own; all are idempotent. Waits until the indexes are online.
 */
export async function applyGraphSchema(database: Database): Promise<void> {
  for (const statement of splitCypherStatements(readSchemaScript())) {
    await database.write({ name: 'apply-schema' }, (tx) => tx.run(statement));
  }
  await database.write({ name: 'await-indexes' }, (tx) => tx.run('CALL db.awaitIndexes(300)'));
}
