/**
 * @neo4j/graphql served by graphql-yoga over node:http, as the comparison the scale benchmark
 * measures; run as a child process so its memory and CPU are its own. Reads BENCH_NEO4J_URI,
 * BENCH_NEO4J_PASSWORD and BENCH_PORT from the environment (the benchmark's throwaway Neo4j).
 */
import { createServer } from 'node:http';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import neo4j from 'neo4j-driver';
import { NEO4J_GRAPHQL_TYPE_DEFS } from './neo4j-graphql-type-defs';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
}

async function main(): Promise<void> {
  const driver = neo4j.driver(
    required('BENCH_NEO4J_URI'),
    neo4j.auth.basic('neo4j', required('BENCH_NEO4J_PASSWORD')),
  );
  const schema = await new Neo4jGraphQL({ typeDefs: NEO4J_GRAPHQL_TYPE_DEFS, driver }).getSchema();
  const yoga = createYoga({ schema, graphqlEndpoint: '/graphql', logging: false, graphiql: false });
  const server = createServer(yoga);
  const port = Number(required('BENCH_PORT'));
  server.listen(port, '127.0.0.1');
  const stop = () => {
    server.close();
    void driver.close().then(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
