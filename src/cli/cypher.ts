import fs from 'node:fs';
import { readConfig } from '../config';
import { toPlainMap } from '../db/convert';
import { parseParameterValue, parseSavedQuery } from '../graph/scripts/saved-queries';
import { exitOnError } from './fail';
import { formatTable } from './table';
import { withDatabase } from './with-database';

const USAGE = `usage: npm run cypher -- <file.cypher | "query"> [--param name=value]... [--example] [--write] [--full]
  --param name=value  a query parameter; JSON values (numbers, lists) are parsed, anything else is text
  --example           use the example values from the saved query's @param header lines
  --write             run in a write transaction (queries run read-only by default)
  --full              do not shorten long cells`;

interface Options {
  source: string;
  parameters: Record<string, unknown>;
  example: boolean;
  write: boolean;
  full: boolean;
}

function parseArguments(args: string[]): Options {
  const options: Options = { source: '', parameters: {}, example: false, write: false, full: false };
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg === '--param') {
      const pair = args[++index];
      const eq = pair?.indexOf('=') ?? -1;
      if (!pair || eq < 1) throw new Error(`--param needs name=value\n${USAGE}`);
      options.parameters[pair.slice(0, eq)] = parseParameterValue(pair.slice(eq + 1));
    } else if (arg.startsWith('--param=')) {
      args.splice(index + 1, 0, arg.slice('--param='.length));
      args[index] = '--param';
      index--;
    } else if (arg === '--example') options.example = true;
    else if (arg === '--write') options.write = true;
    else if (arg === '--full') options.full = true;
    else if (!options.source) options.source = arg;
    else throw new Error(`unexpected argument ${arg}\n${USAGE}`);
  }
  if (!options.source) throw new Error(USAGE);
  return options;
}

/** Runs a saved query file or a query text and prints its result as a table. */
async function main(args: string[]): Promise<void> {
  const options = parseArguments(args);
  const isFile = options.source.endsWith('.cypher') || fs.existsSync(options.source);
  const cypher = isFile ? fs.readFileSync(options.source, 'utf8') : options.source;
  const parameters = { ...options.parameters };
  if (options.example) {
    if (!isFile) throw new Error('--example needs a saved query file');
    for (const parameter of parseSavedQuery(options.source, cypher).parameters) {
      if (!(parameter.name in parameters))
        parameters[parameter.name] = parseParameterValue(parameter.example);
    }
  }
  const result = await withDatabase(readConfig(), (database) => {
    const unit = { name: 'analyst-query' };
    const work = (tx: Parameters<Parameters<typeof database.read>[1]>[0]) => tx.run(cypher, parameters);
    return options.write ? database.write(unit, work) : database.read(unit, work);
  });
  const columns = result.records[0]?.keys.map(String) ?? [];
  const rows = result.records.map((record) => toPlainMap(record.toObject()));
  if (rows.length > 0) console.log(formatTable(columns, rows, options.full));
  console.log(`${rows.length} row(s).`);
}

main(process.argv.slice(2)).catch(exitOnError);
