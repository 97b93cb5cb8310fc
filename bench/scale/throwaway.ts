/**
 * The benchmark's own Neo4j: a throwaway one (free loopback port, temporary folder, random
 * password), sized for a graph of a million relationships, never the configured one.
 */
import fs from 'node:fs';
import { Database } from '../../src/db/database';
import { startThrowawayNeo4j, throwawayDatabase } from '../../tests/support/throwaway-neo4j';

export interface ScaleNeo4j {
  uri: string;
  password: string;
  pid: number;
  database: Database;
  stop(): Promise<void>;
}

export const SCALE_HEAP_MIB = 2_048;
export const SCALE_PAGE_CACHE_MIB = 2_048;

export async function startScaleNeo4j(log: (line: string) => void): Promise<ScaleNeo4j> {
  const { running, home, password } = await startThrowawayNeo4j({
    heapMiB: SCALE_HEAP_MIB,
    pageCacheMiB: SCALE_PAGE_CACHE_MIB,
    log,
  });
  const database = throwawayDatabase({ running: running, password });
  return {
    uri: running.uri,
    password,
    pid: running.pid,
    database,
    stop: async () => {
      await database.close();
      await running.stop();
      fs.rmSync(home, { recursive: true, force: true });
    },
  };
}
