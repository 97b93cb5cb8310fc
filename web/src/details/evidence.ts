import type { Evidence, Sentence, Span } from '../api/types';
import { h } from '../dom';
import { markSentence, type Highlight } from './highlight';

/** A sentence of an article with its supporting words marked, and where it comes from. */
export function sentenceFigure(sentence: Sentence, highlights: Highlight[]): HTMLElement {
  return h(
    'figure',
    { class: 'sentence', 'data-sentence': sentence.id },
    h('blockquote', { lang: sentence.article.language }, markSentence(sentence, highlights)),
    h(
      'figcaption',
      {},
      `Sentence ${sentence.index} of “${sentence.article.titleEn ?? sentence.article.title}”`,
    ),
  );
}

/** Spans grouped by their sentence, in article order, as highlights of that sentence. */
export function bySentence(
  spans: Span[],
  aspectOf: (span: Span) => string,
): Map<string, [Sentence, Highlight[]]> {
  const groups = new Map<string, [Sentence, Highlight[]]>();
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const entry = groups.get(span.sentence.id) ?? [span.sentence, []];
    entry[1].push({ start: span.start, end: span.end, aspect: aspectOf(span) });
    groups.set(span.sentence.id, entry);
  }
  return new Map([...groups].sort(([, [a]], [, [b]]) => a.start - b.start));
}

/**
 * Says what a fact rests on: the article, background knowledge (with its source), or a rule's
 * draft nobody reviewed (with the rule and its confidence). Text and border style carry the
 * difference, not colour alone.
 */
export function basisMark(evidence: Pick<Evidence, 'basis' | 'source' | 'confidence' | 'rule'>): HTMLElement {
  switch (evidence.basis) {
    case 'BACKGROUND':
      return h(
        'div',
        { class: 'basis basis-background', 'data-basis': 'BACKGROUND' },
        h('strong', {}, 'Background knowledge'),
        ' — not stated in the article.',
        evidence.source ? h('span', { class: 'basis-source' }, ` Source: ${evidence.source}`) : null,
      );
    case 'EXTRACTED':
      return draftMark(evidence.confidence, evidence.rule, 'Extracted, not reviewed');
    default:
      return h(
        'div',
        { class: 'basis basis-article', 'data-basis': 'ARTICLE' },
        h('strong', {}, 'Stated in the article'),
      );
  }
}

/** The mark of something a rule drafted and no person has checked yet. */
export function draftMark(confidence: number | null, rule: string | null, title: string): HTMLElement {
  return h(
    'div',
    { class: 'basis basis-extracted', 'data-basis': 'EXTRACTED' },
    h('strong', {}, title),
    ' — drafted by a rule',
    rule ? h('code', {}, ` ${rule}`) : null,
    confidence !== null ? `, confidence ${Math.round(confidence * 100)} %.` : '.',
  );
}
