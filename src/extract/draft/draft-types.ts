import type { z } from 'zod';
import type { extractionSchema } from '../../ingest/extraction-schema';
import type { Finding, TextSpan } from '../analysis';

/** A draft extraction: the extraction.yaml format, every item marked `review: draft`. */
export type DraftExtraction = z.input<typeof extractionSchema>;

export interface DraftSpan extends TextSpan {
  review: 'draft';
  rule: string;
  confidence: number;
}

export function draftSpan(span: TextSpan, finding: Finding): DraftSpan {
  return {
    start: span.start,
    end: span.end,
    text: span.text,
    review: 'draft',
    rule: finding.rule,
    confidence: round(finding.confidence),
  };
}

export function draftMarks(finding: Finding): { review: 'draft'; rule: string; confidence: number } {
  return { review: 'draft', rule: finding.rule, confidence: round(finding.confidence) };
}

export function round(value: number): number {
  return Math.round(value * 100) / 100;
}
