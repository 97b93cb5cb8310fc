import fs from 'node:fs';
import type { Record as Neo4jRecord } from 'neo4j-driver';
import { readConfig, type Config } from '../config';
import { shortReason } from '../db/driver';
import { DatabaseUnavailableError, QueryError, ReadOnlyViolationError } from '../db/errors';
import { parseParameterValue, parseSavedQuery, type SavedQuery } from '../graph/scripts/saved-queries';
import { parseCypherArguments, type CypherOptions } from './cypher-arguments';
import { renderResult } from './cypher-output';
import { exitOnError, UsageError } from './fail';
import { TABLE_CELL_LIMIT } from './table';
import { withDatabase } from './with-database';

/** Runs a saved query file or a query text and prints its result as a table, CSV or JSON. */
async function main(args: string[]): Promise<void> {
  const options = parseCypherArguments(args);
  const isFile = options.source.endsWith('.cypher') || fs.existsSync(options.source);
  const cypher = isFile ? fs.readFileSync(options.source, 'utf8') : options.source;
  const saved = isFile ? savedQueryOrNull(options.source, cypher) : null;
  const parameters = queryParameters(options, isFile, saved);
  const config = readConfig();
  const records = await runQuery(config, cypher, parameters, options.write);
  const columns = records[0]?.keys.map(String) ?? [];
  const result = renderResult(columns, records, options.format, options.full);
  process.stdout.write(result.text);
  if (options.format !== 'table') return;
  console.log(`${records.length} row(s).`);
  if (result.shortened > 0) {
    console.log(
      `${result.shortened} cell(s) were cut to ${TABLE_CELL_LIMIT} characters (ending in …); --full shows them whole.`,
    );
  }
}

/** The parameters given, with the header's examples under --example; missing ones are named before any query runs. */
function queryParameters(options: CypherOptions, isFile: boolean, saved: SavedQuery | null) {
  const parameters = { ...options.parameters };
  if (options.example) {
    if (!isFile) throw new UsageError('--example needs a saved query file (cypher/queries/*.cypher)');
    if (!saved) throw new UsageError(`${options.source} has no "// Title:" header with @param examples`);
    for (const parameter of saved.parameters) {
      if (!(parameter.name in parameters))
        parameters[parameter.name] = parseParameterValue(parameter.example);
    }
  }
  const missing = (saved?.parameters ?? []).filter((parameter) => !(parameter.name in parameters));
  if (missing.length > 0) {
    const names = missing.map((parameter) => `$${parameter.name}`).join(', ');
    const examples = missing.map((parameter) => `${parameter.name}=${parameter.example}`).join(' ');
    throw new UsageError(
      `${options.source} needs ${names}.\n` +
        `  --example uses the examples from its header (${examples})\n` +
        `  --param name=value gives a value of your own`,
    );
  }
  return parameters;
}

function savedQueryOrNull(file: string, text: string): SavedQuery | null {
  try {
    return parseSavedQuery(file, text);
  } catch {
    return null; // a .cypher file of one's own, without a saved query's header
  }
}

async function runQuery(
  config: Config,
  cypher: string,
  parameters: Record<string, unknown>,
  write: boolean,
): Promise<Neo4jRecord[]> {
  try {
    // A person is waiting: one quick attempt, then the reason, rather than a minute of back-off.
    return await withDatabase(
      config,
      async (database) => {
        const unit = { name: 'analyst-query' };
        const work = async (tx: Parameters<Parameters<typeof database.read>[1]>[0]) =>
          (await tx.run(cypher, parameters)).records;
        return write ? database.write(unit, work) : database.read(unit, work);
      },
      { patience: 'once' },
    );
  } catch (error) {
    throw withHint(error, config);
  }
}

/** Adds what to do next to the errors a person running a query can fix. */
function withHint(error: unknown, config: Config): unknown {
  if (error instanceof DatabaseUnavailableError) {
    const local = config.localNeo4j.bolt !== null;
    return new DatabaseUnavailableError(
      `Neo4j does not answer at ${config.neo4j.uri} (${shortReason(error.cause instanceof Error ? error.cause : error)}).\n` +
        (local
          ? 'Start the local Neo4j with npm run neo4j:start (npm start starts it too); npm run neo4j:status says whether it runs.'
          : 'Check that it runs and that NEO4J_URI names it.'),
      error.neo4jCode,
      { cause: error },
    );
  }
  if (error instanceof ReadOnlyViolationError) {
    return new ReadOnlyViolationError(
      `${error.message}\nThe query writes to the graph, and queries run read-only: add --write to let it write.`,
      error.neo4jCode,
      { cause: error },
    );
  }
  if (error instanceof QueryError && error.neo4jCode === 'Neo.ClientError.Statement.ParameterMissing') {
    return new UsageError(`${error.message}\nGive each with --param name=value.`);
  }
  return error;
}

main(process.argv.slice(2)).catch(exitOnError);
