import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LocalNeo4jError } from '../../../src/local-neo4j/errors';
import { countMavenLine, runMaven, stripEscapes } from '../../../src/local-neo4j/maven';

const ESC = String.fromCharCode(27);

/** A stand-in `mvn` that prints what a first Neo4j download prints, then exits with `code`. */
function fakeMaven(downloads: number, code: number): { dir: string; command: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bilateral-ties-fake-mvn-'));
  const script = [
    '#!/bin/sh',
    `printf '${ESC}[0m${ESC}[0m[INFO] Scanning for projects...\\n'`,
    `i=0; while [ $i -lt ${downloads} ]; do`,
    '  echo "[INFO] Downloading from central: https://repo.maven.apache.org/maven2/org/x/$i.jar"',
    '  echo "[INFO] Downloaded from central: https://repo.maven.apache.org/maven2/org/x/$i.jar (100 kB at 1.2 MB/s)"',
    '  i=$((i+1)); done',
    code === 0
      ? 'echo "[INFO] BUILD SUCCESS"'
      : `echo "[ERROR] Could not resolve dependencies ${ESC}[1mfor project${ESC}[m" >&2`,
    `exit ${code}`,
  ].join('\n');
  fs.writeFileSync(path.join(dir, 'mvn'), script, { mode: 0o755 });
  return { dir, command: path.join(dir, 'mvn') };
}

describe('Maven output while fetching the Neo4j jars', () => {
  it('when Maven reports downloads, then each counts as a file with its size', () => {
    const progress = { files: 0, bytes: 0 };
    expect(
      countMavenLine('[INFO] Downloaded from central: https://x/a.jar (18 kB at 125 kB/s)', progress),
    ).toBe(true);
    expect(
      countMavenLine('[INFO] Downloaded from central: https://x/b.jar (1.5 MB at 9 MB/s)', progress),
    ).toBe(true);
    expect(countMavenLine('[INFO] Downloading from central: https://x/c.jar', progress)).toBe(false);
    expect(progress).toEqual({ files: 2, bytes: 18_000 + 1_500_000 });
    expect(stripEscapes(`${ESC}[0m${ESC}[1m[INFO]${ESC}[m ok`)).toBe('[INFO] ok');
  });

  it('when a first run downloads 775 files, then the user sees one summary line, not 1,550', async () => {
    const fake = fakeMaven(775, 0);
    const lines: string[] = [];
    try {
      const progress = await runMaven(['dependency:build-classpath'], {
        label: 'Fetching the Neo4j jars',
        log: (line) => lines.push(line),
        terminal: { isTTY: false } as NodeJS.WriteStream,
        command: fake.command,
      });
      expect(progress.files).toBe(775);
    } finally {
      fs.rmSync(fake.dir, { recursive: true, force: true });
    }
    expect(lines).toEqual([
      expect.stringMatching(/^Fetching the Neo4j jars: downloaded 775 file\(s\), 77\.5 MB in \d+ s\.$/),
    ]);
  });

  it('when Maven fails, then the error carries its last lines without escape codes', async () => {
    const fake = fakeMaven(3, 1);
    try {
      const run = runMaven(['dependency:build-classpath'], {
        label: 'Fetching the Neo4j jars',
        log: () => undefined,
        terminal: { isTTY: false } as NodeJS.WriteStream,
        command: fake.command,
      });
      await expect(run).rejects.toBeInstanceOf(LocalNeo4jError);
      await expect(run).rejects.toThrow(/Maven failed \(exit code 1\) while fetching the neo4j jars/);
      await expect(run).rejects.toThrow(/\[ERROR\] Could not resolve dependencies for project\n/);
      await expect(run).rejects.not.toThrow(new RegExp(ESC));
    } finally {
      fs.rmSync(fake.dir, { recursive: true, force: true });
    }
  });
});
