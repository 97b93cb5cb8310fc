/**
 * npm run bench:profile — PROFILEs every read statement the API sends for the dashboard queries of
 * the README and GraphiQL, and every read of src/graph/read that takes an id, and prints per
 * statement its label scans (NodeByLabelScan, AllNodesScan), index lookups, db hits and rows.
 * Results go to bench/results/profile.md, one column of db hits per graph size profiled (kept in
 * bench/results/profile.json, so a run at another size adds its column).
 *
 * By default it starts a throwaway Neo4j of its own and loads the articles of data/articles;
 * `--uri <bolt://…> --password <…>` (and `--user`, `--database`) profile an existing graph that
 * holds them, such as the one `npm run bench:scale -- --keep` leaves running.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { createApp } from '../src/app';
import { parseConfig } from '../src/config';
import { Database } from '../src/db/database';
import { createDriver } from '../src/db/driver';
import { loadArticles } from '../src/ingest/load-articles';
import { findArticleFolders } from '../src/ingest/prepare-article';
import { createLogger } from '../src/logger';
import { PROJECT_ROOT } from '../src/project-root';
import { spyOnStatements, type SpiedStatement } from '../tests/support/statement-spy';
import { startThrowawayNeo4j, throwawayDatabase } from '../tests/support/throwaway-neo4j';
import { profileStatement, type StatementProfile } from './support/plan-profile';
import { ARTICLE_SAMPLE, findSampleIds, readCalls } from './support/read-calls';
import { API_SCENARIOS, writeProfileReport, type ProfileRun } from './support/profile-report';

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : process.argv[index + 1];
}

interface Target {
  uri: string;
  user: string;
  password: string;
  database: string;
  stop(): Promise<void>;
}

/** The Neo4j to profile: the one named on the command line, or a throwaway one with the articles. */
async function target(): Promise<Target> {
  const uri = option('uri');
  if (uri) {
    const password = option('password') ?? process.env['NEO4J_PASSWORD'];
    if (!password) throw new Error('--uri needs --password (or NEO4J_PASSWORD)');
    return {
      uri,
      password,
      user: option('user') ?? 'neo4j',
      database: option('database') ?? 'neo4j',
      stop: async () => undefined,
    };
  }
  console.log('Starting a throwaway Neo4j and loading the articles…');
  const { running, home, password } = await startThrowawayNeo4j({ pageCacheMiB: 256, log: () => undefined });
  const database = throwawayDatabase({ running: running, password });
  try {
    await loadArticles(database, findArticleFolders());
  } finally {
    await database.close();
  }
  return {
    uri: running.uri,
    user: 'neo4j',
    password,
    database: 'neo4j',
    stop: async () => {
      await running.stop();
      fs.rmSync(home, { recursive: true, force: true });
    },
  };
}

async function graphSize(driver: Driver, database: string) {
  const { records } = await driver.executeQuery(
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
    {},
    { database },
  );
  return {
    nodes: Number(records[0]?.get('nodes') ?? 0),
    relationships: Number(records[0]?.get('relationships') ?? 0),
  };
}

async function main(): Promise<void> {
  const neo4j = await target();
  const config = parseConfig({
    ...process.env,
    NEO4J_URI: neo4j.uri,
    NEO4J_USER: neo4j.user,
    NEO4J_PASSWORD: neo4j.password,
    NEO4J_DATABASE: neo4j.database,
    NODE_ENV: 'production',
    LOG_LEVEL: 'error',
  });
  const raw = createDriver(config.neo4j);
  let sent: SpiedStatement[] = [];
  const database = new Database(
    spyOnStatements(raw, (statement) => sent.push(statement)),
    neo4j.database,
  );
  const profiles: StatementProfile[] = [];
  const profileSent = async (source: string) => {
    for (const [index, statement] of sent.entries()) {
      const label = sent.length > 1 ? `${source} #${index + 1}` : source;
      profiles.push(await profileStatement(raw, neo4j.database, label, statement));
    }
  };
  try {
    const size = await graphSize(raw, neo4j.database);
    console.log(
      `Graph: ${size.nodes.toLocaleString('en')} nodes, ${size.relationships.toLocaleString('en')} relationships`,
    );
    const app = createApp({ config, database, logger: createLogger(config) });
    for (const scenario of API_SCENARIOS) {
      sent = [];
      const response = await app.fetch('http://bench.local/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query: scenario.query }),
      });
      const body = (await response.json()) as { errors?: unknown[] };
      if (body.errors?.length) throw new Error(`${scenario.name}: ${JSON.stringify(body.errors)}`);
      await profileSent(`API: ${scenario.name}`);
    }
    const ids = await database.read({ name: 'bench-sample-ids' }, (tx) => findSampleIds(tx, ARTICLE_SAMPLE));
    for (const call of readCalls(ids)) {
      sent = [];
      await database.read({ name: `bench-${call.name}` }, (tx) => call.run(tx));
      await profileSent(call.name);
    }
    const run: ProfileRun = {
      date: new Date().toISOString(),
      machine: `${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), Node ${process.version}`,
      loadAverage: os
        .loadavg()
        .map((value) => value.toFixed(2))
        .join(' '),
      ...size,
      profiles,
    };
    const report = writeProfileReport(path.join(PROJECT_ROOT, 'bench', 'results'), run);
    console.log(report);
  } finally {
    await database.close();
    await neo4j.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
