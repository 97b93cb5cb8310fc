import type { GraphNode, NodeDetails, Span } from '../api/types';
import { h, type Children } from '../dom';
import { kindOf } from '../graph/kinds';
import { agreementBadge, statusBadge, timeLabel } from '../labels';
import { bySentence, draftMark, sentenceFigure } from './evidence';
import { aspectLabel } from './highlight';

/** The node's name, marks, facts and evidence, as the details panel shows them. */
export function nodeDetails(node: NodeDetails, drawn: GraphNode | undefined): HTMLElement[] {
  const kind = kindOf(node.__typename);
  const name = node.nameEn ?? node.name;
  const review = drawn?.properties['review'];
  return [
    h(
      'header',
      { class: 'details-title' },
      h('span', { class: 'kind-tag', 'data-kind': node.__typename }, kind.label),
      h('h3', {}, name),
      node.nameEn && node.name !== node.nameEn
        ? h('p', { class: 'as-written' }, 'As written: ', h('span', { lang: 'rw' }, node.name))
        : null,
    ),
    review === 'draft'
      ? draftMark(
          numberOrNull(drawn?.properties['confidence']),
          stringOrNull(drawn?.properties['rule']),
          'Drafted, not reviewed',
        )
      : null,
    facts(node),
    evidence(node),
  ].filter((element): element is HTMLElement => element !== null);
}

function facts(node: NodeDetails): HTMLElement {
  const rows: [string, Children][] = [];
  const add = (term: string, value: Children | undefined) => {
    if (value !== undefined && value !== null && value !== '') rows.push([term, value]);
  };
  const kind = node.eventKind ?? node.statementKind ?? node.orgKind ?? node.placeKind ?? node.initiativeKind;
  add('Kind', kind?.replace(/_/g, ' '));
  add('Status', node.status ? statusBadge(node.status) : null);
  if (node.__typename === 'Event') {
    const time = node.time ?? null;
    add('When', [
      timeLabel(time),
      time ? h('q', { class: 'as-written', lang: 'rw' }, time.text) : null,
      time?.inference
        ? h(
            'details',
            { class: 'inference' },
            h('summary', {}, 'How the year was inferred'),
            h('p', {}, time.inference),
          )
        : null,
    ]);
  }
  add('State', node.state ? agreementBadge(node.state) : null);
  add('Negotiated at', node.negotiationLevels?.join(', '));
  add('Title', node.title);
  add('Summary', node.summaryEn);
  add('Quote', node.quote ? h('q', { lang: 'rw' }, node.quote) : null);
  add('Speaker', node.speaker ? (node.speaker.nameEn ?? node.speaker.name) : null);
  add('Description', node.descriptionEn ?? node.description);
  add('Note', node.note);
  add('Also called', node.aliases.filter((alias) => alias !== node.name && alias !== node.nameEn).join(', '));
  add('Id', h('code', {}, node.id));
  return h(
    'dl',
    { class: 'facts' },
    rows.map(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]),
  );
}

function evidence(node: NodeDetails): HTMLElement {
  const stated = [
    ...node.statedIn,
    ...(node.statusWords ?? []).map((span) => ({ ...span, aspect: 'status' })),
  ];
  const section = h('section', { class: 'evidence', 'aria-labelledby': 'evidence-heading' });
  section.append(h('h4', { id: 'evidence-heading' }, 'Evidence'));
  if (stated.length === 0 && node.mentions.length === 0) {
    section.append(h('p', { class: 'muted' }, 'No sentence of an article names or states it.'));
    return section;
  }
  if (stated.length > 0) {
    section.append(
      h('h5', {}, 'Stated in'),
      aspectKey(stated),
      ...figures(stated, (span) => span.aspect ?? 'event'),
    );
  }
  if (node.mentions.length > 0) {
    section.append(h('h5', {}, 'Named in'), ...figures(node.mentions, () => 'mention'));
  }
  return section;
}

function figures(spans: Span[], aspectOf: (span: Span) => string): HTMLElement[] {
  return [...bySentence(spans, aspectOf).values()].map(([sentence, highlights]) =>
    sentenceFigure(sentence, highlights),
  );
}

/** What each kind of highlight means, for the aspects present. */
function aspectKey(spans: Span[]): HTMLElement {
  const aspects = [...new Set(spans.map((span) => span.aspect ?? 'event'))];
  return h(
    'ul',
    { class: 'aspect-key' },
    aspects.map((aspect) =>
      h('li', {}, h('mark', { class: `hl hl-${aspect}` }, aspect), ' ', aspectLabel(aspect)),
    ),
  );
}

function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' ? value : null;
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}
