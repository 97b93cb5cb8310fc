import { parseParameterValue } from '../graph/scripts/saved-queries';
import { UsageError } from './fail';

const OUTPUT_FORMATS = ['table', 'csv', 'json'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export const USAGE = `usage: npm run cypher -- <file.cypher | "query"> [--param name=value]... [--example] [--write] [--format table|csv|json] [--full]
  --param name=value  a query parameter; JSON values (numbers, lists) are parsed, anything else is text
  --example           use the example values from the saved query's @param header lines
  --write             run in a write transaction (queries run read-only by default)
  --format            table (the default), csv or json; csv and json never shorten a value
  --full              do not shorten long table cells (they are cut to 80 characters otherwise)`;

export interface CypherOptions {
  source: string;
  parameters: Record<string, unknown>;
  example: boolean;
  write: boolean;
  full: boolean;
  format: OutputFormat;
}

/** Reads `npm run cypher` arguments; a mistake is a UsageError that carries the usage text. */
export function parseCypherArguments(args: readonly string[]): CypherOptions {
  const options: CypherOptions = {
    source: '',
    parameters: {},
    example: false,
    write: false,
    full: false,
    format: 'table',
  };
  const rest = [...args];
  while (rest.length > 0) {
    const arg = rest.shift()!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? splitOnce(arg) : [arg, undefined];
    const value = () => {
      const next = inline ?? rest.shift();
      if (next === undefined) throw new UsageError(`${flag} needs a value\n${USAGE}`);
      return next;
    };
    if (flag === '--param') {
      const [name, raw] = splitOnce(value());
      if (!name || raw === undefined) throw new UsageError(`--param needs name=value\n${USAGE}`);
      options.parameters[name] = parseParameterValue(raw);
    } else if (flag === '--format') {
      const format = value();
      if (!(OUTPUT_FORMATS as readonly string[]).includes(format))
        throw new UsageError(`--format is one of ${OUTPUT_FORMATS.join(', ')}, not ${format}\n${USAGE}`);
      options.format = format as OutputFormat;
    } else if (flag === '--example') options.example = true;
    else if (flag === '--write') options.write = true;
    else if (flag === '--full') options.full = true;
    else if (flag.startsWith('--') || options.source)
      throw new UsageError(`unexpected argument ${arg}\n${USAGE}`);
    else options.source = arg;
  }
  if (!options.source) throw new UsageError(USAGE);
  return options;
}

function splitOnce(text: string): [string, string | undefined] {
  const eq = text.indexOf('=');
  return eq < 0 ? [text, undefined] : [text.slice(0, eq), text.slice(eq + 1)];
}
