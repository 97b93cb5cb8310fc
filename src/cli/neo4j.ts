import { readConfig } from '../config';
import { createDriver, verifyConnectivityWithRetry } from '../db/driver';
import { prepareLauncher } from '../local-neo4j/build';
import { prepareCypherShell } from '../local-neo4j/cypher-shell';
import { LocalNeo4jError } from '../local-neo4j/errors';
import {
  readLivePid,
  startLocalNeo4j,
  stopLocalNeo4j,
  type LocalNeo4jSettings,
} from '../local-neo4j/process';
import { localNeo4jSettings } from '../local-neo4j/settings';
import { createLogger } from '../logger';
import { exitOnError } from './fail';

const USAGE = 'usage: npm run neo4j:start | neo4j:stop | neo4j:status | neo4j:prepare';

/** Starts, stops and reports on the local Neo4j that NEO4J_URI points at. */
async function main(command: string | undefined): Promise<void> {
  if (command === 'prepare') {
    await prepareLauncher();
    await prepareCypherShell();
    console.log('The Neo4j launcher and cypher-shell are ready.');
    return;
  }
  const config = readConfig();
  const local = localNeo4jSettings(config);
  if (local === null) {
    throw new LocalNeo4jError(
      `NEO4J_URI (${config.neo4j.uri}) is not on this machine, so there is no local Neo4j to manage.`,
    );
  }
  switch (command) {
    case 'start':
      await startLocalNeo4j(local, { detached: true });
      return;
    case 'stop':
      console.log((await stopLocalNeo4j(local.home)) ? 'Neo4j stopped.' : 'The local Neo4j was not running.');
      return;
    case 'status': {
      const pid = readLivePid(local.home);
      console.log(pid === null ? 'Local Neo4j: not running.' : `Local Neo4j: running, pid ${pid}.`);
      console.log(`Data folder: ${local.home}`);
      const driver = createDriver(config.neo4j, createLogger(config, { stream: 'stderr' }));
      try {
        await verifyConnectivityWithRetry(driver, config.neo4j, { attempts: 1, backoffMs: 0 });
        console.log(`${config.neo4j.uri}: answers (database ${config.neo4j.database}).`);
        const browser = await browserUrl(local);
        console.log(browser ? `Neo4j Browser: ${browser}` : 'Neo4j Browser: not served.');
      } catch (error) {
        console.log(`${config.neo4j.uri}: does not answer (${(error as Error).message}).`);
        process.exitCode = 1;
      } finally {
        await driver.close();
      }
      return;
    }
    default:
      throw new LocalNeo4jError(USAGE);
  }
}

/** Where the local Neo4j serves Browser, when its HTTP connector answers. */
async function browserUrl(local: LocalNeo4jSettings): Promise<string | null> {
  if (!local.httpPort) return null;
  const base = `http://${local.host.includes(':') ? `[${local.host}]` : local.host}:${local.httpPort}`;
  try {
    const response = await fetch(`${base}/`, { signal: AbortSignal.timeout(2_000) });
    return response.ok ? `${base}/browser/` : null;
  } catch {
    return null;
  }
}

main(process.argv[2]).catch(exitOnError);
