import { z } from 'zod';

/**
 * The shape of a curated extraction file (data/articles/<id>/extraction.yaml). This checks form
 * only; validate-extraction.ts checks meaning (spans against the text, references, dates).
 */

export const span = z.strictObject({
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  text: z.string().min(1),
});
export type Span = z.infer<typeof span>;

const spans = z.array(span).min(1);

const slug = '[a-z0-9]+(?:-[a-z0-9]+)*';
const idOf = (prefix: string) =>
  z.string().regex(new RegExp(`^${prefix}:${slug}$`), { error: `expected an id like ${prefix}:some-name` });
/** A reference to an id defined elsewhere in the file; resolved by the validator. */
const ref = z
  .string()
  .regex(new RegExp(`^[a-z]+:${slug}(?:--${slug})?$`), { error: 'expected an id such as country:rwanda' });

const nameFields = {
  /** Canonical name, in the article's language. */
  name: z.string().min(1),
  nameEn: z.string().min(1),
  /** Where the article names it; their texts become the node's aliases. */
  mentions: spans,
};

export const organizationKinds = [
  'ministry',
  'embassy',
  'government',
  'company',
  'international_organization',
] as const;
export const initiativeKinds = ['technology_park', 'government_programme', 'digital_government'] as const;
export const placeKinds = ['city', 'continent', 'region'] as const;
export const eventKinds = [
  'state_visit',
  'ministerial_meeting',
  'summit_sideline_meeting',
  'international_conference',
  'diplomatic_relations_established',
  'cooperation_exploration_started',
  'bilateral_talks',
] as const;
export const eventStatuses = ['planned', 'occurred', 'ongoing'] as const;
export const participantRoles = ['visitor', 'host', 'participant', 'party', 'speaker', 'source'] as const;
export const agreementStates = ['under_negotiation', 'signed', 'in_force'] as const;
export const negotiationLevels = ['embassy', 'ministry', 'head_of_state'] as const;
export const statementKinds = ['announcement', 'reported_speech', 'direct_quote', 'report'] as const;
export const timePrecisions = ['day', 'month', 'year'] as const;
export const factTypes = [
  'HOLDS_POSITION',
  'POSITION_OF',
  'BELONGS_TO',
  'LOCATED_IN',
  'ACCREDITED_TO',
] as const;

const cameo = z.string().regex(/^\d{2,4}$/, { error: 'expected a CAMEO event code such as 042' });

const time = z
  .strictObject({
    /** The words of the article that give the time. */
    text: span,
    /** ISO 8601 at the stated precision: 2012, 2024-12, 2025-05-26, or an interval a/b. */
    value: z.string().min(4),
    precision: z.enum(timePrecisions),
    yearInferred: z.boolean(),
    /** How the year was inferred; required when yearInferred. */
    inference: z.string().min(1).optional(),
  })
  .refine((value) => !value.yearInferred || value.inference !== undefined, {
    error: 'an inferred year needs an inference saying how it was inferred',
    path: ['inference'],
  });

const withEvidence = <T extends z.ZodRawShape>(shape: T) => z.strictObject({ ...shape, evidence: spans });

const event = z.strictObject({
  id: idOf('event'),
  kind: z.enum(eventKinds),
  name: z.string().min(1),
  nameEn: z.string().min(1),
  status: z.enum(eventStatuses),
  /** The words that make it planned, done or ongoing (tense, "is expected", "are continuing"). */
  statusEvidence: spans,
  cameo: cameo.optional(),
  time: time.optional(),
  evidence: spans,
  mentions: spans.optional(),
  participants: z.array(withEvidence({ actor: ref, role: z.enum(participantRoles) })).optional(),
  places: z.array(withEvidence({ place: ref })).optional(),
  topics: z.array(withEvidence({ topic: ref })).optional(),
  sidelinesOf: z.array(withEvidence({ event: ref })).optional(),
});

const fact = z
  .strictObject({
    type: z.enum(factTypes),
    from: ref,
    to: ref,
    basis: z.enum(['article', 'background']).default('article'),
    evidence: spans.optional(),
    /** Where background knowledge comes from; required for basis: background. */
    source: z.string().min(1).optional(),
  })
  .superRefine((value, context) => {
    if (value.basis === 'article' && value.evidence === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['evidence'],
        message: 'a fact from the article needs evidence spans',
      });
    }
    if (value.basis === 'background' && value.source === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['source'],
        message: 'background knowledge needs its source',
      });
    }
    if (value.basis === 'background' && value.evidence !== undefined) {
      context.addIssue({
        code: 'custom',
        path: ['evidence'],
        message: 'background knowledge is not in the article, so it has no evidence spans',
      });
    }
  });

export const extractionSchema = z.strictObject({
  article: z.string().regex(new RegExp(`^${slug}$`), { error: 'expected the article id from meta.yaml' }),
  countries: z.array(z.strictObject({ id: idOf('country'), ...nameFields })),
  people: z.array(z.strictObject({ id: idOf('person'), ...nameFields })),
  organizations: z.array(z.strictObject({ id: idOf('org'), kind: z.enum(organizationKinds), ...nameFields })),
  places: z.array(
    z.strictObject({
      id: idOf('place'),
      kind: z.enum(placeKinds),
      note: z.string().optional(),
      ...nameFields,
    }),
  ),
  initiatives: z.array(
    z.strictObject({
      id: idOf('initiative'),
      kind: z.enum(initiativeKinds),
      description: z.string().optional(),
      descriptionEn: z.string().optional(),
      ...nameFields,
    }),
  ),
  sectors: z.array(z.strictObject({ id: idOf('sector'), ...nameFields })),
  topics: z.array(z.strictObject({ id: idOf('topic'), ...nameFields })).default([]),
  positions: z.array(
    z.strictObject({
      id: idOf('position'),
      title: z.string().min(1),
      titleEn: z.string().min(1),
      evidence: spans,
    }),
  ),
  events: z.array(event),
  agreements: z
    .array(
      z.strictObject({
        id: idOf('agreement'),
        name: z.string().min(1),
        nameEn: z.string().min(1),
        state: z.enum(agreementStates),
        stateEvidence: spans,
        levels: z.array(z.enum(negotiationLevels)).min(1),
        levelsEvidence: spans,
        evidence: spans,
        parties: z.array(ref).min(2),
        partiesEvidence: spans,
        negotiatedIn: ref.optional(),
        covers: z.array(ref).default([]),
      }),
    )
    .default([]),
  commitments: z
    .array(
      z.strictObject({
        id: idOf('commitment'),
        summaryEn: z.string().min(1),
        by: z.array(ref).min(1),
        madeAt: ref.optional(),
        about: z.array(ref).default([]),
        evidence: spans,
      }),
    )
    .default([]),
  statements: z
    .array(
      z.strictObject({
        id: idOf('statement'),
        kind: z.enum(statementKinds),
        speaker: ref,
        /** The speaker's words verbatim, for direct quotes. */
        quote: span.optional(),
        summaryEn: z.string().min(1),
        cameo: cameo.optional(),
        evidence: spans,
        about: z.array(ref).default([]),
      }),
    )
    .default([]),
  relations: z
    .array(
      z.strictObject({
        id: z.string().regex(new RegExp(`^relation:${slug}--${slug}$`), {
          error: 'expected relation:<country>--<country>, the two country slugs in alphabetical order',
        }),
        countries: z.tuple([ref, ref]),
        name: z.string().min(1),
        nameEn: z.string().min(1),
        establishedBy: ref.optional(),
        evidence: spans,
        events: z.array(ref).default([]),
      }),
    )
    .default([]),
  facts: z.array(fact).default([]),
});

export type Extraction = z.infer<typeof extractionSchema>;
export type ExtractedEvent = Extraction['events'][number];
export type Fact = Extraction['facts'][number];
