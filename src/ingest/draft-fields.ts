import { z } from 'zod';

/**
 * Marks on items and spans that `npm run extract` drafted. An item without `review` was written
 * or checked by a person. A draft says how it was found (`rule`) and how far to trust it
 * (`confidence`); an analyst who checks it sets `review: reviewed`. `npm run load` leaves drafts
 * out unless asked to include them.
 */
export const reviewStates = ['draft', 'reviewed'] as const;

export const draftFields = {
  review: z.enum(reviewStates).optional(),
  confidence: z.number().min(0).max(1).optional(),
  rule: z.string().min(1).optional(),
};

/** What linking decided for a drafted name: an entity the graph knows, or a new one. */
export const linkDecision = z.strictObject({
  decision: z.enum(['existing', 'new']),
  /** The known entity it was compared with (the best candidate), if any. */
  candidate: z.string().optional(),
  score: z.number().min(0).max(1),
  rule: z.string().min(1),
});

export interface DraftMarks {
  review?: (typeof reviewStates)[number] | undefined;
  confidence?: number | undefined;
  rule?: string | undefined;
}

export function isDraft(item: DraftMarks): boolean {
  return item.review === 'draft';
}
