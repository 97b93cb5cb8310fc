import path from 'node:path';
import { PROJECT_ROOT } from '../project-root';

const launcherDir = path.join(PROJECT_ROOT, 'neo4j-local');

/** Where the launcher's Maven project and build outputs live. */
export const launcherPaths = {
  pom: path.join(launcherDir, 'pom.xml'),
  javaSource: path.join(launcherDir, 'src', 'main', 'java', 'LocalNeo4j.java'),
  classesDir: path.join(launcherDir, 'target', 'classes'),
  compiledClass: path.join(launcherDir, 'target', 'classes', 'LocalNeo4j.class'),
  classpathFile: path.join(launcherDir, 'target', 'classpath.txt'),
  cypherShellPom: path.join(launcherDir, 'cypher-shell.pom.xml'),
  cypherShellClasspathFile: path.join(launcherDir, 'target', 'cypher-shell-classpath.txt'),
} as const;

/** Files the launcher keeps inside a Neo4j home folder. */
export function homePaths(home: string) {
  return {
    pidFile: path.join(home, 'neo4j.pid'),
    launcherLog: path.join(home, 'logs', 'launcher.log'),
  };
}
