import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/project-root';
import { openTestDatabase, testConfig } from '../support/neo4j';
import { emptyDatabase, readRows } from '../support/graph';
import { freePort } from '../support/ports';

const query = (name: string) => path.join(PROJECT_ROOT, 'cypher', 'queries', `${name}.cypher`);

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

  // A load rebuilds every article the graph holds: start from an empty graph, whatever ran before.
  beforeAll(() => emptyDatabase(database));
  afterAll(() => database.close());

  it('when npm run load runs, then it reports what it wrote, and a second run creates nothing', () => {
    const first = run('load.ts', []);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/rw-kz-2025-kagame-visit: loaded\./);
    expect(first.stdout).toMatch(/The graph holds 1 article\(s\): \d+ nodes and \d+ relationships/);
    const second = run('load.ts', [path.join(PROJECT_ROOT, 'data', 'articles', 'rw-kz-2025-kagame-visit')]);
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(/This load created 0 nodes and 0 relationships/);
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

  it('when a table cell is cut to 80 characters, then the output says how many and that --full shows them', () => {
    const cut = run('cypher.ts', [query('07-relations-since'), '--example']);
    expect(cut.stdout).toMatch(/watangiye mu mwaka wa 201… \|/);
    expect(cut.stdout).toMatch(
      /^1 cell\(s\) were cut to 80 characters \(ending in …\); --full shows them whole\.$/m,
    );
    const whole = run('cypher.ts', [query('07-relations-since'), '--example', '--full']);
    expect(whole.stdout).toMatch(/watangiye mu mwaka wa 2012\. \|/);
    expect(whole.stdout).not.toMatch(/were cut/);
  });

  it('when --format csv or json is asked for, then stdout holds exactly that, whole and parseable', () => {
    const csv = run('cypher.ts', [query('07-relations-since'), '--example', '--format', 'csv']);
    expect(csv.status).toBe(0);
    expect(csv.stdout.split('\n')).toEqual([
      'relation,since,precision,sinceAsWritten,establishedBy,evidence',
      expect.stringMatching(
        /^Kazakhstan–Rwanda relations,2012,year,mu mwaka wa 2012,event:2012-[^,]+,Umubano .*2012\.$/,
      ),
      '',
    ]);
    const json = run('cypher.ts', [query('07-relations-since'), '--example', '--format=json']);
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual([
      expect.objectContaining({ since: '2012', precision: 'year', sinceAsWritten: 'mu mwaka wa 2012' }),
    ]);
  });

  it('when a saved query returns a path, then the table shows it as Cypher-like steps between ids', () => {
    const result = run('cypher.ts', [query('11-shortest-path-graph'), '--example', '--full']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /^\| \(:Person person:olivier-nduhungirehe\)-\[:PARTICIPANT_IN\]->.*\(:Person person:kassym-jomart-tokayev\) +\|$/m,
    );
  });

  it('when a saved query needs parameters and none are given, then it names them and suggests --example before running', () => {
    const result = run('cypher.ts', [query('07-relations-since')]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/07-relations-since\.cypher needs \$countryA, \$countryB\./);
    expect(result.stderr).toMatch(
      /--example uses the examples from its header \(countryA=country:kazakhstan countryB=country:rwanda\)/,
    );
    const text = run('cypher.ts', ['RETURN $who AS who']);
    expect(text.status).toBe(1);
    expect(text.stderr).toMatch(/Expected parameter\(s\): who\nGive each with --param name=value\./);
  });

  it('when Neo4j does not answer, then npm run cypher fails within seconds, saying how to start it', async () => {
    const started = Date.now();
    const result = run('cypher.ts', ['RETURN 1'], {
      ...process.env,
      NEO4J_URI: `bolt://127.0.0.1:${await freePort()}`,
    });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /Neo4j does not answer at bolt:\/\/127\.0\.0\.1:\d+ \(connect ECONNREFUSED/,
    );
    expect(result.stderr).toMatch(/npm run neo4j:start/);
  });

  it('when started through src/cli/launch.mjs, then the command answers as it does under tsx', () => {
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'bilateral-ties-cli-'));
    try {
      const result = spawnSync(
        process.execPath,
        [
          path.join(PROJECT_ROOT, 'src', 'cli', 'launch.mjs'),
          'cypher',
          query('07-relations-since'),
          '--example',
        ],
        { cwd, env: { ...process.env, LOG_LEVEL: 'error' }, encoding: 'utf8', timeout: 60_000 },
      );
      expect(result.stderr).toBe('');
      expect(result.stdout).toMatch(/\| Kazakhstan–Rwanda relations \| 2012 +\| year/);
    } finally {
      fs.rmSync(cwd, { recursive: true, force: true });
    }
  });

  it('when npm run cypher-shell runs a query or a saved query with --example, then Neo4j’s own shell answers on the configured database', () => {
    const shell = run('cypher-shell.ts', [
      '--format',
      'plain',
      "MATCH (c:Country {id: 'country:turkiye'}) RETURN c.name AS name",
    ]);
    expect(shell.stderr.replace(/^Fetching cypher-shell.*\n/gm, '')).toBe('');
    expect(shell.status).toBe(0);
    expect(shell.stdout).toBe('name\n"Türkiye"\n');
    const saved = run('cypher-shell.ts', [
      '--format',
      'plain',
      '-f',
      query('07-relations-since'),
      '--example',
    ]);
    expect(saved.status).toBe(0);
    expect(saved.stdout).toMatch(/^"Kazakhstan–Rwanda relations", "2012", "year"/m);
  }, 180_000);

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
    expect(result.stderr).toMatch(
      /The query writes to the graph, and queries run read-only: add --write to let it write\./,
    );
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
