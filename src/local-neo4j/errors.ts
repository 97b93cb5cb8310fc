/** A failure of the local Neo4j launcher, with a message meant for the person running it. */
export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}
