import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/project-root';

interface PackageJson {
  engines?: { node?: string };
  devDependencies?: Record<string, string>;
}

function read(file: string): string {
  return fs.readFileSync(path.join(PROJECT_ROOT, file), 'utf8');
}

const packageJson = JSON.parse(read('package.json')) as PackageJson;
/** The Node release the npm scripts run on: the `node` devDependency, from the npm registry. */
const pinned = packageJson.devDependencies?.['node'] ?? '';
const major = pinned.split('.')[0];

describe('the Node release, stated in each place that names it', () => {
  it('when package.json is read, then the node devDependency is one exact release and engines asks for its line', () => {
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    expect(packageJson.engines?.node).toBe(`>=${major}`);
  });

  it('when node_modules is read, then the installed node package is the pinned release', () => {
    const installed = JSON.parse(read('node_modules/node/package.json')) as { version: string };
    expect(installed.version).toBe(pinned);
  });

  it('when the Dockerfile is read, then every stage starts from the official image of the pinned release', () => {
    const froms = read('Dockerfile')
      .split('\n')
      .filter((line) => /^FROM\s/i.test(line))
      .map((line) => line.split(/\s+/)[1]);
    expect(froms.length).toBeGreaterThanOrEqual(2);
    expect(new Set(froms)).toEqual(new Set([`node:${pinned}-bookworm-slim`]));
  });

  it('when the README is read, then each Node.js version and node image it names is the pinned one', () => {
    const readme = read('README.md');
    const versions = [...readme.matchAll(/Node\.js (\d+(?:\.\d+\.\d+)?)/g)].map((match) => match[1]);
    expect(versions).toContain(major);
    expect(versions).toContain(pinned);
    expect(versions.filter((version) => version !== major && version !== pinned)).toEqual([]);
    const images = [...readme.matchAll(/`node:([^`-]+)[^`]*`/g)].map((match) => match[1]);
    expect(images.filter((version) => version !== pinned)).toEqual([]);
  });
});
