import { readConfig, type Config } from '../../src/config';
import { Database } from '../../src/db/database';
import { createDriver } from '../../src/db/driver';

/** The configuration the integration global setup prepared (its Neo4j, NODE_ENV=test). */
export function testConfig(): Config {
  return readConfig();
}

/** A Database on the test Neo4j; close it in afterAll. */
export function openTestDatabase(config: Config = testConfig()): Database {
  return new Database(createDriver(config.neo4j), config.neo4j.database);
}

/** The test Neo4j's data folder, when the global setup started one (not for TEST_NEO4J_URI). */
export function testNeo4jHome(): string | undefined {
  return process.env['TEST_NEO4J_HOME'];
}
