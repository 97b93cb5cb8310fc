import { resolveClasspath } from './build';
import { launcherPaths } from './paths';
import { checkToolchain } from './toolchain';

/** Resolves cypher-shell's jars with Maven (once) and returns its classpath. */
export async function prepareCypherShell(log: (line: string) => void = console.log): Promise<string> {
  await checkToolchain({ javac: false });
  return resolveClasspath(
    launcherPaths.cypherShellPom,
    launcherPaths.cypherShellClasspathFile,
    'Fetching cypher-shell',
    'about 60 MB the first time, less once the Neo4j jars are there',
    log,
  );
}

export interface ShellConnection {
  uri: string;
  user: string;
  password: string;
  database: string;
}

/**
 * The java command that runs cypher-shell on the configured database. The password travels in
 * the environment (cypher-shell reads NEO4J_PASSWORD), never on the command line; address, user
 * and database are given unless the arguments already name them.
 */
export function cypherShellCommand(
  classpath: string,
  connection: ShellConnection,
  args: readonly string[],
  environment: NodeJS.ProcessEnv,
): { command: string; args: string[]; env: NodeJS.ProcessEnv } {
  const given = (...names: string[]) =>
    args.some((arg) => names.some((name) => arg === name || arg.startsWith(`${name}=`)));
  const connect = [
    ...(given('-a', '--address', '--uri') ? [] : ['--address', connection.uri]),
    ...(given('-u', '--username') ? [] : ['--username', connection.user]),
    ...(given('-d', '--database') ? [] : ['--database', connection.database]),
  ];
  return {
    command: 'java',
    // Client JVM settings: a shell wants a quick start, not a tuned server.
    args: [
      '-XX:+UseSerialGC',
      '-XX:TieredStopAtLevel=1',
      '-cp',
      classpath,
      'org.neo4j.shell.Main',
      ...connect,
      ...args,
    ],
    env: { ...environment, NEO4J_PASSWORD: connection.password },
  };
}
