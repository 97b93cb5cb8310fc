import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createApp } from '../../../src/app';
import { readConfig } from '../../../src/config';
import { Database } from '../../../src/db/database';
import { createDriver } from '../../../src/db/driver';
import { createLogger } from '../../../src/logger';
import { PROJECT_ROOT } from '../../../src/project-root';
import { listen, type RunningServer } from '../../../src/server';
import { loadSeedArticle } from '../../support/graph';

/**
 * Builds the explorer from web/ into a temporary folder with the project's own Vite, so the tests
 * check the source as it is, never a stale dist/web.
 */
export async function buildExplorer(): Promise<string> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bilateral-ties-explorer-'));
  const vite = path.join(PROJECT_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  await promisify(execFile)(
    process.execPath,
    [
      vite,
      'build',
      '--config',
      'web/vite.config.ts',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    { cwd: PROJECT_ROOT },
  );
  return outDir;
}

export interface ExplorerServer {
  url: string;
  explorerRoot: string;
  close(): Promise<void>;
}

/**
 * The API and the explorer on a free loopback port, over the test Neo4j (NEO4J_* as the
 * integration global setup leaves them) with the seed article freshly loaded.
 */
export async function startExplorerServer(): Promise<ExplorerServer> {
  const config = readConfig();
  const database = new Database(createDriver(config.neo4j), config.neo4j.database);
  let server: RunningServer | null = null;
  let explorerRoot = '';
  try {
    await loadSeedArticle(database);
    explorerRoot = await buildExplorer();
    const app = createApp({ config, database, logger: createLogger(config), explorerRoot });
    server = await listen(app, '127.0.0.1', 0);
  } catch (error) {
    await database.close();
    throw error;
  }
  const running = server;
  return {
    url: running.url,
    explorerRoot,
    async close() {
      await running.close();
      await database.close();
      fs.rmSync(explorerRoot, { recursive: true, force: true });
    },
  };
}
