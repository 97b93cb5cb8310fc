// Starts a command of src/cli quickly: `node src/cli/launch.mjs cypher <args>`.
// From dist/ when `npm run build` output is newer than every source file (compiled code starts
// fastest); otherwise the TypeScript itself, through tsx's require hook in this same process
// (the tsx command would start a second Node process first).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const [command, ...args] = process.argv.slice(2);
if (!command || !/^[a-z][a-z0-9-]*$/.test(command)) {
  console.error('usage: node src/cli/launch.mjs <command in src/cli> [arguments]');
  process.exit(2);
}
const compiled = path.join(root, 'dist', 'src', 'cli', `${command}.js`);
const source = path.join(root, 'src', 'cli', `${command}.ts`);
const load = createRequire(import.meta.url);

/** The newest modification time of the TypeScript under src/. */
function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

const useCompiled =
  fs.existsSync(compiled) &&
  (!fs.existsSync(source) || fs.statSync(compiled).mtimeMs >= newestSource(path.join(root, 'src')));
const script = useCompiled ? compiled : source;
// The command reads its arguments from process.argv, as if it had been started directly.
process.argv = [process.argv[0], script, ...args];
if (!useCompiled) load('tsx/cjs');
load(script);
