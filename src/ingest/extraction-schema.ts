import { z } from 'zod';
import { DECLARABLE_FACT_TYPES, ENTITY_KINDS } from '../graph/model';
import { draftFields, linkDecision } from './draft-fields';
import {
  organizationKinds,
  initiativeKinds,
  placeKinds,
  eventKinds,
  eventStatuses,
  participantRoles,
  discussionRoles,
  agreementStates,
  negotiationLevels,
  statementKinds,
  timePrecisions,
} from './extraction-vocabulary';

/**
 * The shape of an extraction file (data/articles/<id>/extraction.yaml), curated or drafted by
 * `npm run extract`. This checks form only; validate-extraction.ts checks meaning (spans against
 * the text, references, dates).
 */

export const span = z.strictObject({
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  text: z.string().min(1),
  ...draftFields,
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
  ...draftFields,
  /** For drafted names: whether the name was linked to a known entity, and how. */
  link: linkDecision.optional(),
  /** Canonical name, in the article's language. */
  name: z.string().min(1),
  nameEn: z.string().min(1),
  /** Where the article names it; their texts become the node's aliases. */
  mentions: spans,
};

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

const withEvidence = <T extends z.ZodRawShape>(shape: T) =>
  z.strictObject({ ...shape, ...draftFields, evidence: spans });

const event = z
  .strictObject({
    ...draftFields,
    id: idOf(ENTITY_KINDS.Event.idPrefix),
    kind: z.enum(eventKinds),
    name: z.string().min(1),
    nameEn: z.string().min(1),
    status: z.enum(eventStatuses),
    /**
     * The words that make it planned, done or ongoing (tense, "is expected", "are continuing");
     * only an `unknown` status has none.
     */
    statusEvidence: spans.optional(),
    cameo: cameo.optional(),
    time: time.optional(),
    evidence: spans,
    mentions: spans.optional(),
    participants: z
      .array(
        withEvidence({
          actor: ref,
          role: z.enum(participantRoles),
          /** The text implies the actor takes part (a minister's country) but does not say it. */
          implied: z.boolean().optional(),
        }),
      )
      .optional(),
    places: z.array(withEvidence({ place: ref })).optional(),
    topics: z
      .array(withEvidence({ topic: ref, role: z.enum(discussionRoles).default('subject') }))
      .optional(),
    sidelinesOf: z.array(withEvidence({ event: ref })).optional(),
  })
  .superRefine((value, context) => {
    if ((value.status === 'unknown') !== (value.statusEvidence === undefined)) {
      context.addIssue({
        code: 'custom',
        path: ['statusEvidence'],
        message:
          value.status === 'unknown'
            ? 'an unknown status has no words marking it; remove statusEvidence or give the status'
            : 'a status needs the words that mark it (statusEvidence)',
      });
    }
  });

const fact = z
  .strictObject({
    ...draftFields,
    type: z.enum(DECLARABLE_FACT_TYPES),
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
  countries: z.array(z.strictObject({ id: idOf(ENTITY_KINDS.Country.idPrefix), ...nameFields })),
  people: z.array(z.strictObject({ id: idOf(ENTITY_KINDS.Person.idPrefix), ...nameFields })),
  organizations: z.array(
    z.strictObject({
      id: idOf(ENTITY_KINDS.Organization.idPrefix),
      kind: z.enum(organizationKinds),
      ...nameFields,
    }),
  ),
  places: z.array(
    z.strictObject({
      id: idOf(ENTITY_KINDS.Place.idPrefix),
      kind: z.enum(placeKinds),
      note: z.string().optional(),
      ...nameFields,
    }),
  ),
  initiatives: z.array(
    z.strictObject({
      id: idOf(ENTITY_KINDS.Initiative.idPrefix),
      kind: z.enum(initiativeKinds),
      description: z.string().optional(),
      descriptionEn: z.string().optional(),
      ...nameFields,
    }),
  ),
  sectors: z.array(z.strictObject({ id: idOf(ENTITY_KINDS.Sector.idPrefix), ...nameFields })),
  topics: z.array(z.strictObject({ id: idOf(ENTITY_KINDS.Topic.idPrefix), ...nameFields })).default([]),
  positions: z.array(
    z.strictObject({
      ...draftFields,
      id: idOf(ENTITY_KINDS.Position.idPrefix),
      title: z.string().min(1),
      titleEn: z.string().min(1),
      evidence: spans,
    }),
  ),
  events: z.array(event),
  agreements: z
    .array(
      z.strictObject({
        ...draftFields,
        id: idOf(ENTITY_KINDS.Agreement.idPrefix),
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
        ...draftFields,
        id: idOf(ENTITY_KINDS.Commitment.idPrefix),
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
        ...draftFields,
        id: idOf(ENTITY_KINDS.Statement.idPrefix),
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
        ...draftFields,
        id: z.string().regex(new RegExp(`^${ENTITY_KINDS.BilateralRelation.idPrefix}:${slug}--${slug}$`), {
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
