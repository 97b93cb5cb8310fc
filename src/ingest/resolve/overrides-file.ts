import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { PROJECT_ROOT } from '../../project-root';
import { readYaml } from '../article-folder';
import { InvalidExtractionError } from '../problems';
import type { ResolutionOverrides } from './resolution';

export const OVERRIDES_FILE = path.join(PROJECT_ROOT, 'data', 'resolution', 'overrides.yaml');

const reference = z.string().regex(/^(?:[a-z0-9-]+#)?[a-z]+:[a-z0-9-]+(?:--[a-z0-9-]+)?$/, {
  error: 'expected <article id>#<local id> or a local id such as person:paul-kagame',
});
const overridesSchema = z.strictObject({
  same: z.array(z.tuple([reference, reference])).default([]),
  different: z.array(z.tuple([reference, reference])).default([]),
});

/** The reviewed resolution overrides; a missing file means none. */
export function readOverrides(file: string = OVERRIDES_FILE): ResolutionOverrides {
  if (!fs.existsSync(file)) return { same: [], different: [] };
  const raw = readYaml(file);
  if ('problems' in raw) throw new InvalidExtractionError(raw.problems);
  const parsed = overridesSchema.safeParse(raw.value ?? {});
  if (!parsed.success) {
    throw new InvalidExtractionError(
      parsed.error.issues.map((issue) => ({ file, path: issue.path.join('.'), reason: issue.message })),
    );
  }
  return parsed.data;
}
