import { readConfig } from '../config';
import { runService } from '../service';
import { exitOnError } from './fail';

/** Serves the API against the configured Neo4j, starting nothing else (containers, production). */
async function main(): Promise<void> {
  await runService(readConfig());
}

main().catch(exitOnError);
