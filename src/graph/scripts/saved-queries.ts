import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../project-root';

export const QUERIES_DIR = path.join(PROJECT_ROOT, 'cypher', 'queries');

export interface QueryParameter {
  name: string;
  /** A value that works on the article graph, used by `--example` and the tests. */
  example: string;
  description: string;
}

export interface SavedQuery {
  file: string;
  name: string;
  title: string;
  /** What the query answers, from its header. */
  answers: string;
  parameters: QueryParameter[];
  /**
   * The header's `// :param {…}` line without the `// :param ` (the examples as a Cypher map, for
   * Neo4j Browser and cypher-shell), or null when the header has none.
   */
  toolParameters: string | null;
  cypher: string;
}

/**
 * Saved analyst queries start with a header of // comments:
 *   // Title: <one line>
 *   // Answers: <what it answers, may continue on following comment lines>
 *   // @param <name> <example value>  <description>
 *   // Neo4j Browser, cypher-shell: first run
 *   // :param {<name>: <example as a Cypher value>, …}
 * The `:param` line is what Neo4j's own tools accept (Browser, cypher-shell, and cypher-shell -P
 * without the `:param`); it must say the same as the @param lines (cypherParameterMap).
 */
export function parseSavedQuery(file: string, text: string): SavedQuery {
  const header = text
    .split('\n')
    .filter((line) => line.startsWith('//'))
    .map((line) => line.replace(/^\/\/ ?/, ''));
  const title = header
    .find((line) => line.startsWith('Title:'))
    ?.slice('Title:'.length)
    .trim();
  const answersStart = header.findIndex((line) => line.startsWith('Answers:'));
  if (!title || answersStart === -1)
    throw new Error(`${file}: the header needs "// Title:" and "// Answers:" lines`);
  const answers: string[] = [header[answersStart]!.slice('Answers:'.length).trim()];
  for (const line of header.slice(answersStart + 1)) {
    if (/^(@param|Title:|Example:|:param|Neo4j Browser)/.test(line) || line.trim() === '') break;
    answers.push(line.trim());
  }
  const parameters = header
    .filter((line) => line.startsWith('@param '))
    .map((line) => {
      const match = /^@param\s+(\w+)\s+(\S+)\s+(.*)$/.exec(line);
      if (!match) throw new Error(`${file}: "${line}" should read @param <name> <example> <description>`);
      return { name: match[1]!, example: match[2]!, description: match[3]!.trim() };
    });
  const toolParameters =
    header
      .find((line) => line.startsWith(':param '))
      ?.slice(':param '.length)
      .trim() ?? null;
  return {
    file,
    name: path.basename(file, '.cypher'),
    title,
    answers: answers.join(' '),
    parameters,
    toolParameters,
    cypher: text,
  };
}

/**
 * The example values as one Cypher map, `{countryA: 'country:rwanda', minCorroboration: 1}`: the
 * form `:param` takes in Neo4j Browser and cypher-shell, and cypher-shell's `-P` option.
 */
export function cypherParameterMap(parameters: readonly QueryParameter[]): string {
  const entries = parameters.map(
    (parameter) => `${parameter.name}: ${cypherLiteral(parseParameterValue(parameter.example))}`,
  );
  return `{${entries.join(', ')}}`;
}

function cypherLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(cypherLiteral).join(', ')}]`;
  const entries = Object.entries(value as Record<string, unknown>).map(
    ([key, entry]) => `${/^[A-Za-z_]\w*$/.test(key) ? key : `\`${key}\``}: ${cypherLiteral(entry)}`,
  );
  return `{${entries.join(', ')}}`;
}

export function listSavedQueries(dir: string = QUERIES_DIR): SavedQuery[] {
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.cypher'))
    .sort()
    .map((name) => {
      const file = path.join(dir, name);
      return parseSavedQuery(file, fs.readFileSync(file, 'utf8'));
    });
}

/** Parameter values as given on a command line: JSON where it parses (numbers, lists), text otherwise. */
export function parseParameterValue(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}
