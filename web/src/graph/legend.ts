import { h } from '../dom';
import { EDGE_GROUPS, NODE_KINDS } from './kinds';

/** The key to the drawing: one swatch per kind of node and per group of fact types. */
export function legend(): HTMLDetailsElement {
  const kinds = Object.values(NODE_KINDS).map((kind) =>
    h(
      'li',
      {},
      h('span', {
        class: `swatch shape-${kind.shape}`,
        style: `background:${kind.color}`,
        'aria-hidden': 'true',
      }),
      kind.label,
    ),
  );
  const groups = EDGE_GROUPS.map((group) =>
    h(
      'li',
      {},
      h('span', { class: 'line', style: `border-color:${group.color}`, 'aria-hidden': 'true' }),
      group.label,
    ),
  );
  return h(
    'details',
    { class: 'legend' },
    h('summary', {}, 'Legend'),
    h('div', { class: 'legend-columns' }, [
      h('div', {}, h('h3', {}, 'Kinds'), h('ul', {}, kinds)),
      h('div', {}, h('h3', {}, 'Facts'), h('ul', {}, groups)),
      h(
        'div',
        {},
        h('h3', {}, 'Basis'),
        h(
          'ul',
          {},
          h('li', {}, h('span', { class: 'line', 'aria-hidden': 'true' }), 'stated in the article'),
          h('li', {}, h('span', { class: 'line dashed', 'aria-hidden': 'true' }), 'background knowledge'),
          h('li', {}, h('span', { class: 'line dotted', 'aria-hidden': 'true' }), 'extracted, not reviewed'),
          h('li', {}, h('span', { class: 'swatch draft', 'aria-hidden': 'true' }), 'drafted entity'),
        ),
      ),
    ]),
  );
}
