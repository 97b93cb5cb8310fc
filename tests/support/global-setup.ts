import type { RunningNeo4j } from '../../src/local-neo4j/process';
import { startThrowawayNeo4j } from './throwaway-neo4j';

export interface TestNeo4j {
  running: RunningNeo4j;
  home: string;
}

/**
 * Starts a throwaway Neo4j (own free port, own temporary data folder) for the integration tests,
 * unless TEST_NEO4J_URI names one to use. Test files reach it through the usual NEO4J_* variables.
 */
export default async function globalSetup(): Promise<void> {
  const external = process.env['TEST_NEO4J_URI'];
  process.env['NODE_ENV'] = 'test';
  if (external) {
    process.env['NEO4J_URI'] = external;
    process.env['NEO4J_USER'] = process.env['TEST_NEO4J_USER'] ?? 'neo4j';
    process.env['NEO4J_PASSWORD'] = process.env['TEST_NEO4J_PASSWORD'] ?? '';
    process.env['NEO4J_DATABASE'] = process.env['TEST_NEO4J_DATABASE'] ?? 'neo4j';
    return;
  }
  const { running, home, password } = await startThrowawayNeo4j({
    pageCacheMiB: 64,
    log: (line) => process.stderr.write(`[test neo4j] ${line}\n`),
  });
  Object.assign(process.env, {
    NEO4J_URI: running.uri,
    NEO4J_USER: 'neo4j',
    NEO4J_PASSWORD: password,
    NEO4J_DATABASE: 'neo4j',
    TEST_NEO4J_HOME: home,
  });
  (globalThis as { testNeo4j?: TestNeo4j }).testNeo4j = { running, home };
}
