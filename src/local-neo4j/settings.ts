import type { Config } from '../config';
import type { LocalNeo4jSettings } from './process';

/** Launcher settings for the configured Neo4j, or null when NEO4J_URI is not on this machine. */
export function localNeo4jSettings(config: Config): LocalNeo4jSettings | null {
  const bolt = config.localNeo4j.bolt;
  if (bolt === null) return null;
  return {
    home: config.localNeo4j.home,
    host: bolt.host,
    port: bolt.port,
    user: config.neo4j.user,
    password: config.neo4j.password,
    database: config.neo4j.database,
    heapMiB: config.localNeo4j.heapMiB,
    pageCacheMiB: config.localNeo4j.pageCacheMiB,
    // Neo4j Browser, on the Bolt host (loopback). A port already taken does not stop the
    // database: the launcher says Browser is not served and starts without it.
    ...(config.localNeo4j.httpPort > 0 ? { httpPort: config.localNeo4j.httpPort } : {}),
  };
}
