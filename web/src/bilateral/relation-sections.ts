import type { BilateralRelation } from '../api/types';
import { button, displayName, h } from '../dom';
import { agreementBadge } from '../labels';

type OnEntity = (id: string) => void;

/** Who took part in the relation's events, in which roles. */
export function peopleTable(people: BilateralRelation['people'], onEntity: OnEntity): HTMLElement {
  if (people.length === 0) return h('p', { class: 'muted' }, 'No people are recorded.');
  return h(
    'table',
    { class: 'people' },
    h('caption', { class: 'visually-hidden' }, 'People and their roles'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ['Person', 'Roles', 'Events'].map((title) => h('th', { scope: 'col' }, title)),
      ),
    ),
    h(
      'tbody',
      {},
      people.map(({ person, roles, events }) =>
        h(
          'tr',
          { 'data-person': person.id },
          h(
            'th',
            { scope: 'row' },
            button(displayName(person), () => onEntity(person.id), { class: 'link' }),
          ),
          h('td', {}, roles.join(', ')),
          h(
            'td',
            {},
            h(
              'ul',
              { class: 'plain' },
              events.map((event) =>
                h(
                  'li',
                  {},
                  button(displayName(event), () => onEntity(event.id), { class: 'link' }),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

/** Agreements both countries are party to, with their state and where they are negotiated. */
export function agreementList(agreements: BilateralRelation['agreements'], onEntity: OnEntity): HTMLElement {
  if (agreements.length === 0) return h('p', { class: 'muted' }, 'No agreements are recorded.');
  return h(
    'ul',
    { class: 'agreements plain' },
    agreements.map((agreement) =>
      h(
        'li',
        { 'data-agreement': agreement.id },
        button(displayName(agreement), () => onEntity(agreement.id), { class: 'link' }),
        ' ',
        agreementBadge(agreement.state),
        h(
          'p',
          { class: 'muted' },
          agreement.negotiationLevels.length > 0
            ? `Negotiated at the level of: ${agreement.negotiationLevels.join(', ')}. `
            : '',
          `Parties: ${agreement.parties.map((party) => displayName(party.node)).join(', ')}.`,
        ),
      ),
    ),
  );
}

/** Since when, in the article's own words, and the event that started it. */
export function sinceLine(relation: BilateralRelation, onEntity: OnEntity): HTMLElement | null {
  const since = relation.since;
  if (!since) return null;
  return h(
    'p',
    { class: 'since' },
    `Relations since ${since.value} `,
    h('q', { lang: 'rw' }, since.text),
    since.establishedBy
      ? [
          ' — ',
          button(displayName(since.establishedBy), () => onEntity(since.establishedBy!.id), {
            class: 'link',
          }),
        ]
      : null,
    '.',
  );
}
