import type { SubjectCount } from '../api/types';
import { button, displayName, h } from '../dom';

/**
 * A horizontal bar chart drawn as a table: screen readers read the names and counts as a table,
 * everyone else sees bars whose lengths compare the counts.
 */
export function barChart(
  caption: string,
  counts: SubjectCount[],
  onSubject: (id: string) => void,
): HTMLElement {
  if (counts.length === 0) return h('p', { class: 'muted' }, `${caption}: none recorded.`);
  const most = Math.max(...counts.map((count) => count.eventCount));
  return h(
    'table',
    { class: 'bars' },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Subject'), h('th', { scope: 'col' }, 'Events'))),
    h(
      'tbody',
      {},
      counts.map(({ subject, eventCount }) =>
        h(
          'tr',
          { 'data-subject': subject.id },
          h(
            'th',
            { scope: 'row' },
            button(displayName(subject), () => onSubject(subject.id), { class: 'link' }),
          ),
          h(
            'td',
            {},
            h(
              'span',
              { class: 'bar-track' },
              h('span', {
                class: 'bar',
                style: `width:${(eventCount / most) * 100}%`,
                'aria-hidden': 'true',
              }),
            ),
            h('span', { class: 'bar-value' }, String(eventCount)),
          ),
        ),
      ),
    ),
  );
}
