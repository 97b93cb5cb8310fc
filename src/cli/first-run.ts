import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../project-root';

const PASSWORD_PLACEHOLDER = 'NEO4J_PASSWORD=';

/**
 * On a fresh clone there is no .env. The local Neo4j needs a password, and none may be committed,
 * so the first `npm start` writes .env from .env.example with a random one.
 */
export function ensureDotEnv(): void {
  const dotEnv = path.join(PROJECT_ROOT, '.env');
  if (fs.existsSync(dotEnv)) return;
  const example = fs.readFileSync(path.join(PROJECT_ROOT, '.env.example'), 'utf8');
  const password = randomBytes(18).toString('base64url');
  const filled = example
    .split('\n')
    .map((line) => (line === PASSWORD_PLACEHOLDER ? `${PASSWORD_PLACEHOLDER}${password}` : line))
    .join('\n');
  fs.writeFileSync(dotEnv, filled, { mode: 0o600 });
  console.log(`Created .env from .env.example with a generated Neo4j password (edit it to change settings).`);
}
