import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { LocalNeo4jError } from './errors';

const run = promisify(execFile);

const MINIMUM_JAVA = 17;

/**
 * Checks that Java 17+ (with javac, unless `javac: false`) and Maven are on PATH before anything is
 * downloaded, so a missing tool is named instead of surfacing as a spawn error.
 */
export async function checkToolchain(
  needs: { javac: boolean } = { javac: true },
): Promise<{ javaVersion: number }> {
  const javaVersion = await javaMajorVersion();
  if (javaVersion < MINIMUM_JAVA) {
    throw new LocalNeo4jError(
      `Java ${MINIMUM_JAVA} or newer is needed for the local Neo4j, but 'java' on PATH is version ${javaVersion}.`,
    );
  }
  if (needs.javac)
    await requireCommand('javac', ['-version'], `a JDK ${MINIMUM_JAVA} (javac), not only a JRE`);
  await requireCommand('mvn', ['-v'], 'Maven (mvn), which fetches the Neo4j jars');
  return { javaVersion };
}

async function javaMajorVersion(): Promise<number> {
  let output: string;
  try {
    const { stdout, stderr } = await run('java', ['-version']);
    output = `${stderr}\n${stdout}`;
  } catch (error) {
    throw missingTool(`Java ${MINIMUM_JAVA} or newer (java)`, error);
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(output);
  if (!match?.[1]) throw new LocalNeo4jError(`Could not read the Java version from: ${output.trim()}`);
  const major = Number(match[1]);
  // Java 8 and older report themselves as 1.x.
  return major === 1 ? Number(match[2]) : major;
}

async function requireCommand(command: string, args: string[], what: string): Promise<void> {
  try {
    await run(command, args);
  } catch (error) {
    throw missingTool(what, error);
  }
}

function missingTool(what: string, error: unknown): LocalNeo4jError {
  const notFound = (error as NodeJS.ErrnoException).code === 'ENOENT';
  return new LocalNeo4jError(
    `${what} is needed to run the local Neo4j but ${notFound ? 'was not found on PATH' : 'failed to run'}. ` +
      'Install it (on Debian: apt-get install openjdk-17-jdk-headless maven), ' +
      'or set NEO4J_URI to a Neo4j you already run (for example with docker compose).',
  );
}
