import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { LEXICON_DIR } from '../lexicon/gazetteer';
import { PROJECT_ROOT } from '../../project-root';

export const RW_CUES_FILE = path.join(LEXICON_DIR, 'rw-cues.yaml');

const forms = z.array(z.string().min(1));
const eventKind = z.enum([
  'visit',
  'state_visit',
  'working_visit',
  'meeting',
  'ministerial_meeting',
  'bilateral_talks',
  'phone_call',
  'agreement_signing',
  'credentials_presentation',
  'joint_statement',
  'international_conference',
  'diplomatic_relations_established',
]);
const statusValue = z.enum(['planned', 'occurred', 'ongoing', 'postponed', 'cancelled']);

const cuesSchema = z.strictObject({
  months: z.array(
    z.strictObject({
      month: z.number().int().min(1).max(12),
      name: z.string(),
      forms,
      ambiguous: z.boolean().default(false),
    }),
  ),
  weekdays: z.array(z.strictObject({ isoWeekday: z.number().int().min(1).max(7), name: z.string(), forms })),
  dayPrefixes: forms,
  monthPrefixes: forms,
  yearPrefixes: forms,
  rangeJoiners: forms,
  events: z.array(
    z.strictObject({
      kind: eventKind,
      confidence: z.number().min(0).max(1),
      cues: forms,
      requires: forms.optional(),
    }),
  ),
  status: z.array(
    z.strictObject({
      value: statusValue,
      confidence: z.number().min(0).max(1),
      words: forms,
      patterns: z.array(z.string()).default([]),
    }),
  ),
  progressiveAuxiliaries: forms,
  statements: z.strictObject({
    quoteIntroducers: forms,
    reported: forms,
    announcementBy: forms,
    accordingTo: forms,
    accordingToVerbs: forms,
  }),
  groupAnaphora: forms,
  bothCountries: forms,
  eventAnaphora: forms,
  continuation: forms,
  sequenceMarkers: forms,
  namedBodies: z.array(
    z.strictObject({
      words: forms,
      kind: z.enum(['Organization', 'Initiative']),
      subKind: z.string().optional(),
    }),
  ),
  titleConjunctions: forms,
  titleModifiers: forms,
  notNames: forms,
});

export type RwCues = z.infer<typeof cuesSchema>;

const cache = new Map<string, RwCues>();

/** Reads and checks the Kinyarwanda cue file once per path; a bad field names itself. */
export function readRwCues(file: string = RW_CUES_FILE): RwCues {
  const cached = cache.get(file);
  if (cached) return cached;
  const parsed = cuesSchema.safeParse(parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${path.relative(PROJECT_ROOT, file)} at ${issue.path.join('.')}: ${issue.message}`);
  }
  for (const status of parsed.data.status) {
    for (const pattern of status.patterns) {
      try {
        new RegExp(pattern, 'u');
      } catch (error) {
        throw new Error(
          `${path.relative(PROJECT_ROOT, file)}: status ${status.value}: bad pattern ${pattern}`,
          {
            cause: error,
          },
        );
      }
    }
  }
  cache.set(file, parsed.data);
  return parsed.data;
}
