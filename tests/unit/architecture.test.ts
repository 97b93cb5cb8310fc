import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/project-root';

const SRC = path.join(PROJECT_ROOT, 'src');

/**
 * The layers of src/ and what each may import (docs/architecture.md). A layer is the first
 * folder under src/ (graph/model counts on its own: the vocabulary everything else shares).
 */
const MAY_IMPORT: Record<string, readonly string[]> = {
  'graph/model': [],
  foundation: [],
  names: [],
  db: ['foundation'],
  'local-neo4j': ['foundation'],
  graph: ['graph/model', 'db', 'foundation'],
  ingest: ['names', 'graph/model', 'graph', 'db', 'foundation'],
  api: ['graph/model', 'graph', 'db', 'foundation'],
  extract: ['names', 'ingest', 'graph/model', 'foundation'],
  app: ['api', 'graph/model', 'graph', 'db', 'foundation'],
  cli: [
    'app',
    'api',
    'extract',
    'ingest',
    'names',
    'graph/model',
    'graph',
    'db',
    'local-neo4j',
    'foundation',
  ],
};

function layerOf(file: string): string {
  const relative = path.relative(SRC, file).split(path.sep);
  if (relative[0] === 'graph' && (relative[1] === 'model' || relative[1] === 'model.ts'))
    return 'graph/model';
  if (relative.length === 1) {
    return ['app.ts', 'server.ts', 'service.ts'].includes(relative[0]!) ? 'app' : 'foundation';
  }
  return relative[0]!;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

function relativeImports(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)].map((match) =>
    path.resolve(path.dirname(file), match[1]!),
  );
}

describe('the layers of src/', () => {
  const files = sourceFiles(SRC);

  it('when every import is checked, then no layer reaches one it may not', () => {
    const violations: string[] = [];
    for (const file of files) {
      const from = layerOf(file);
      for (const target of relativeImports(file)) {
        const to = layerOf(`${target}.ts`);
        const allowed = MAY_IMPORT[from];
        if (!allowed) throw new Error(`${file} is in ${from}, a layer this test does not know: add it`);
        if (to !== from && !allowed.includes(to)) {
          violations.push(`${path.relative(PROJECT_ROOT, file)} (${from}) imports ${to}`);
        }
      }
    }
    expect(violations).toEqual([]);
  });

  it('when hand-written files are measured, then none is over 300 lines', () => {
    const long = files
      .filter((file) => !file.includes(`${path.sep}generated${path.sep}`))
      .map((file) => ({
        file: path.relative(PROJECT_ROOT, file),
        lines: fs.readFileSync(file, 'utf8').split('\n').length,
      }))
      .filter(({ lines }) => lines > 300);
    expect(long).toEqual([]);
  });

  it("when Cypher is looked for outside src/graph, then there is none (the readiness probe's RETURN 1 aside)", () => {
    const cypherKeyword = /['`]\s*(MATCH|MERGE|UNWIND|CREATE|CALL|OPTIONAL MATCH)\b/;
    const outside = files
      .filter((file) => layerOf(file) !== 'graph' && layerOf(file) !== 'graph/model')
      .filter((file) => cypherKeyword.test(fs.readFileSync(file, 'utf8')))
      .map((file) => path.relative(PROJECT_ROOT, file));
    expect(outside).toEqual([]);
  });

  it("when the bilateral view reads its events' links without properties, then only the resolvers that show the events alone ask for those links", () => {
    // src/graph/read/bilateral-view.ts primes these loaders with links that carry no evidence; a
    // new reader of them that shows evidence must read the links itself (see primeLoaders).
    const readers = files
      .filter((file) => layerOf(file) === 'api')
      .filter((file) => /'(INCLUDES_EVENT|ESTABLISHED_BY)'/.test(fs.readFileSync(file, 'utf8')))
      .map((file) => path.relative(PROJECT_ROOT, file))
      .sort();
    expect(readers).toEqual([
      'src/api/resolvers/bilateral.ts',
      'src/api/resolvers/query/bilateral-relation.ts',
    ]);
  });
});
