import { readConfig } from '../config';
import { runService } from '../service';
import { exitOnError } from './fail';

/**
 * Serves the API against the configured Neo4j, starting nothing else (containers, production).
 * Neo4j may still be starting or recovering: runService waits for it with the configured back-off
 * (NEO4J_CONNECT_ATTEMPTS, NEO4J_CONNECT_BACKOFF_MS), each wait logged, before the API listens.
 */
async function main(): Promise<void> {
  await runService(readConfig());
}

main().catch(exitOnError);
