import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { readConfig } from '../config';
import { cypherParameterMap, parseSavedQuery } from '../graph/scripts/saved-queries';
import { cypherShellCommand, prepareCypherShell } from '../local-neo4j/cypher-shell';
import { exitOnError, UsageError } from './fail';

/**
 * `npm run cypher-shell [-- <cypher-shell arguments>]`: Neo4j's own shell on the configured
 * database, its jars fetched by Maven the first time (no Docker, no Neo4j installation).
 * With `-f <saved query> --example`, the query's header examples are set with -P.
 */
async function main(args: string[]): Promise<void> {
  const config = readConfig();
  const shellArgs = withExamples(args);
  const classpath = await prepareCypherShell((line) => console.error(line));
  // The whole environment goes along (TERM, HOME for the history file); the password is added.
  const shell = cypherShellCommand(classpath, config.neo4j, shellArgs, process.env);
  const child = spawn(shell.command, shell.args, { stdio: 'inherit', env: shell.env });
  // Ctrl-C belongs to the shell (it cancels a query there); this process waits for it to end.
  process.on('SIGINT', () => undefined);
  child.on('error', (error) => exitOnError(new UsageError(`java could not start: ${error.message}`)));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 128 : 1)));
}

/** Replaces --example by -P with the examples of the saved query given with -f / --file. */
function withExamples(args: readonly string[]): string[] {
  if (!args.includes('--example')) return [...args];
  const fileIndex = args.findIndex((arg) => arg === '-f' || arg === '--file');
  const file = fileIndex >= 0 ? args[fileIndex + 1] : undefined;
  if (!file || !fs.existsSync(file)) throw new UsageError('--example needs -f <saved query file>');
  const query = parseSavedQuery(file, fs.readFileSync(file, 'utf8'));
  const rest = args.filter((arg) => arg !== '--example');
  return query.parameters.length > 0 ? ['-P', cypherParameterMap(query.parameters), ...rest] : rest;
}

main(process.argv.slice(2)).catch(exitOnError);
