import type { GraphEdge, GraphNode, Span } from '../api/types';
import { h } from '../dom';
import { readableType } from '../graph/kinds';
import { basisMark, sentenceFigure } from './evidence';
import type { Highlight } from './highlight';

/**
 * A fact relationship: its two ends, its basis, and the sentences that state it. The public API
 * gives a fact's sentences, not its words, so the words marked are where each sentence names
 * one of the two ends (their mentions and statements, which the API does give as spans).
 */
export function edgeDetails(
  edge: GraphEdge,
  ends: [GraphNode | undefined, GraphNode | undefined],
  endSpans: Span[],
): HTMLElement[] {
  const [source, target] = ends;
  const role = edge.properties['role'];
  return [
    h(
      'header',
      { class: 'details-title' },
      h('span', { class: 'kind-tag', 'data-kind': 'Fact' }, 'Fact'),
      h(
        'h3',
        {},
        source?.displayName ?? edge.source,
        h('span', { class: 'relation' }, ` — ${readableType(edge.type)} → `),
        target?.displayName ?? edge.target,
      ),
    ),
    basisMark(edge.evidence),
    h(
      'dl',
      { class: 'facts' },
      h('dt', {}, 'Type'),
      h('dd', {}, h('code', {}, edge.type)),
      typeof role === 'string' ? [h('dt', {}, 'Role'), h('dd', {}, role)] : null,
    ),
    evidence(edge, endSpans),
    rawProperties(edge.properties),
  ];
}

function evidence(edge: GraphEdge, endSpans: Span[]): HTMLElement {
  const section = h(
    'section',
    { class: 'evidence', 'aria-labelledby': 'evidence-heading' },
    h('h4', { id: 'evidence-heading' }, 'Evidence'),
  );
  const sentences = [...edge.evidence.sentences].sort((a, b) => a.start - b.start);
  if (sentences.length === 0) {
    section.append(h('p', { class: 'muted' }, 'No sentence of an article states it.'));
    return section;
  }
  section.append(
    h('p', { class: 'hint' }, 'Marked: where each sentence names the two ends of the fact.'),
    ...sentences.map((sentence) => {
      const highlights: Highlight[] = endSpans
        .filter((span) => span.sentence.id === sentence.id)
        .map((span) => ({ start: span.start, end: span.end, aspect: 'end' }));
      return sentenceFigure(sentence, highlights);
    }),
  );
  return section;
}

/** Every stored property, for readers who want the data as the API gives it. */
function rawProperties(properties: Record<string, unknown>): HTMLElement {
  const entries = Object.entries(properties).sort(([a], [b]) => a.localeCompare(b));
  return h(
    'details',
    { class: 'raw' },
    h('summary', {}, `All properties (${entries.length})`),
    h(
      'dl',
      { class: 'facts' },
      entries.map(([key, value]) => [
        h('dt', {}, key),
        h('dd', {}, typeof value === 'string' ? value : JSON.stringify(value)),
      ]),
    ),
  );
}
