import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { LocalNeo4jError } from './errors';
import { runMaven } from './maven';
import { launcherPaths } from './paths';
import { checkToolchain } from './toolchain';

/**
 * Makes the launcher runnable: Maven resolves the Neo4j jars (once; later runs reuse the local
 * Maven repository) and javac compiles LocalNeo4j.java. Returns the Java classpath.
 */
export async function prepareLauncher(log: (line: string) => void = console.log): Promise<string> {
  await checkToolchain();
  const classpath = await resolveClasspath(
    launcherPaths.pom,
    launcherPaths.classpathFile,
    'Fetching the Neo4j jars',
    'about 150 MB the first time',
    log,
  );
  if (isOlder(launcherPaths.compiledClass, launcherPaths.javaSource)) {
    log('Compiling the Neo4j launcher...');
    fs.mkdirSync(launcherPaths.classesDir, { recursive: true });
    await runInherited('javac', [
      '-d',
      launcherPaths.classesDir,
      '-cp',
      classpath,
      '-encoding',
      'UTF-8',
      launcherPaths.javaSource,
    ]);
  }
  return `${launcherPaths.classesDir}:${classpath}`;
}

/**
 * The classpath Maven resolves for a pom, written to `classpathFile`; resolved again only when the
 * file is missing, older than the pom, or names a jar that is gone.
 */
export async function resolveClasspath(
  pom: string,
  classpathFile: string,
  label: string,
  firstTime: string,
  log: (line: string) => void,
): Promise<string> {
  if (!classpathIsUsable(pom, classpathFile)) {
    log(`${label} with Maven (${firstTime})...`);
    await runMaven(
      [
        '-f',
        pom,
        'dependency:build-classpath',
        `-Dmdep.outputFile=${classpathFile}`,
        // Rewrite the file even when the dependencies are unchanged, so it is newer than the pom.
        '-Dmdep.regenerateFile=true',
      ],
      { label, log },
    );
  }
  return fs.readFileSync(classpathFile, 'utf8').trim();
}

/** The classpath file exists, is newer than the pom, and every jar it names is still on disk. */
function classpathIsUsable(pom: string, classpathFile: string): boolean {
  if (isOlder(classpathFile, pom)) return false;
  const jars = fs.readFileSync(classpathFile, 'utf8').trim().split(':');
  return jars.length > 0 && jars.every((jar) => fs.existsSync(jar));
}

/** True when `file` is missing or older than `source`. */
function isOlder(file: string, source: string): boolean {
  if (!fs.existsSync(file)) return true;
  return fs.statSync(file).mtimeMs < fs.statSync(source).mtimeMs;
}

/** Runs a build tool with its output on our stderr: javac prints nothing unless something is wrong. */
function runInherited(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', process.stderr, process.stderr] });
    child.on('error', (error) => reject(new LocalNeo4jError(`${command} could not start: ${error.message}`)));
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(
            new LocalNeo4jError(
              `${command} ${args[0] ?? ''} failed with exit code ${code}; its output is above.`,
            ),
          ),
    );
  });
}
