import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/project-root';
import { openTestDatabase, testConfig } from '../support/neo4j';
import { readRows } from '../support/graph';

/**
 * The analyst commands as people run them: separate processes, configured by the environment
 * the integration setup prepared (its Neo4j), from an empty folder so no .env is read.
 */
function run(script: string, args: string[], env: Record<string, string | undefined> = process.env) {
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'bilateral-ties-cli-'));
  try {
    return spawnSync(
      path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx'),
      [path.join(PROJECT_ROOT, 'src', 'cli', script), ...args],
      {
        cwd,
        env: { ...env, LOG_LEVEL: 'error' },
        encoding: 'utf8',
        input: '',
        timeout: 120_000,
      },
    );
  } finally {
    fs.rmSync(cwd, { recursive: true, force: true });
  }
}

describe('command line tools', () => {
  const database = openTestDatabase();

  afterAll(() => database.close());

  it('when npm run load runs, then it reports what it wrote, and a second run creates nothing', () => {
    const first = run('load.ts', []);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(
      /rw-kz-2025-kagame-state-visit: 71 nodes and 228 relationships in the article graph/,
    );
    const second = run('load.ts', [
      path.join(PROJECT_ROOT, 'data', 'articles', 'rw-kz-2025-kagame-state-visit'),
    ]);
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(/this load created 0 nodes and 0 relationships/);
  });

  it('when npm run cypher runs a saved query with its examples, then it prints a table of the answer', () => {
    const result = run('cypher.ts', [
      path.join(PROJECT_ROOT, 'cypher', 'queries', '07-relations-since.cypher'),
      '--example',
    ]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^\| relation +\| since +\|/m);
    expect(result.stdout).toMatch(/\| Kazakhstan–Rwanda relations \| 2012 +\| year/);
    expect(result.stdout).toMatch(/1 row\(s\)\./);
  });

  it('when npm run cypher gets a query and a parameter, then it answers with that value', () => {
    const result = run('cypher.ts', [
      'MATCH (c:Country {id: $id}) RETURN c.name AS name',
      '--param',
      'id=country:turkiye',
    ]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^\| name +\|\n\|-+\|\n\| Türkiye \|\n1 row\(s\)\.$/m);
  });

  it('when npm run cypher gets a write without --write, then Neo4j refuses it, the message has no stack trace and nothing is written', async () => {
    const result = run('cypher.ts', ["CREATE (:CliWriteProbe {id: 'x'})"]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim()).toMatch(/^Writing in read access mode not allowed\./);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(await readRows(database, 'MATCH (p:CliWriteProbe) RETURN count(p) AS n')).toEqual([{ n: 0 }]);
  });

  it('when npm run db:reset has no terminal and no --yes, then it refuses and deletes nothing', async () => {
    const result = run('db-reset.ts', []);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/pass --yes: npm run db:reset -- --yes/);
    expect((await readRows(database, 'MATCH (a:Article) RETURN count(a) AS n'))[0]?.['n']).toBe(1);
  });

  it('when npm run db:reset -- --yes runs, then it reports how many nodes it deleted and every node is gone', async () => {
    const [before] = await readRows(database, 'MATCH (n) RETURN count(n) AS n');
    expect(before?.['n']).toBeGreaterThan(0);
    const result = run('db-reset.ts', ['--yes']);
    expect(result.status).toBe(0);
    const { uri, database: name } = testConfig().neo4j;
    expect(result.stdout).toBe(
      `Deleted ${before?.['n']} nodes and their relationships from ${name} at ${uri}.\n`,
    );
    expect(await readRows(database, 'MATCH (n) RETURN count(n) AS n')).toEqual([{ n: 0 }]);
  });

  it('when Java is not on PATH, then preparing the local Neo4j names what is missing and how to get it', () => {
    // A PATH holding node and nothing else.
    const nodeOnly = fs.mkdtempSync(path.join(os.tmpdir(), 'bilateral-ties-path-'));
    fs.symlinkSync(process.execPath, path.join(nodeOnly, 'node'));
    const result = run('neo4j.ts', ['prepare'], { PATH: nodeOnly, HOME: process.env['HOME'] });
    fs.rmSync(nodeOnly, { recursive: true, force: true });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /Java 17 or newer \(java\) is needed to run the local Neo4j but was not found on PATH/,
    );
    expect(result.stderr).toMatch(/apt-get install openjdk-17-jdk-headless maven/);
  });
});
