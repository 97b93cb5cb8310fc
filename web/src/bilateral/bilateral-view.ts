import { graphql, messageOf } from '../api/client';
import { BILATERAL, PAIRS } from '../api/queries';
import type { BilateralRelation, EntityRef } from '../api/types';
import { announce, append, displayName, h } from '../dom';
import { barChart } from './bar-chart';
import { agreementList, peopleTable, sinceLine } from './relation-sections';
import { timeline } from './timeline';

export interface BilateralEvents {
  onEntity(id: string): void;
  navigate(a: string, b: string): void;
}

interface Pairs {
  countries: { edges: { node: EntityRef }[] };
  relations: { edges: { node: EntityRef & { countries?: EntityRef[] } }[] };
}

/** A relation between two chosen countries: timeline, sectors, people and agreements. */
export class BilateralView {
  private readonly first = h('select', { id: 'pair-a', required: true });
  private readonly second = h('select', { id: 'pair-b', required: true });
  private readonly known = h('ul', { class: 'known-pairs plain' });
  private readonly result = h('div', { class: 'relation' });
  private pairs: Promise<void> | null = null;

  constructor(
    root: HTMLElement,
    private readonly events: BilateralEvents,
  ) {
    const form = h(
      'form',
      { class: 'pair-picker' },
      h('label', { for: 'pair-a' }, 'First country'),
      this.first,
      h('label', { for: 'pair-b' }, 'Second country'),
      this.second,
      h('button', { type: 'submit' }, 'Show the relation'),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (this.first.value && this.second.value) events.navigate(this.first.value, this.second.value);
    });
    root.append(
      h('h2', { id: 'pair-heading', tabindex: '-1' }, 'Bilateral view'),
      form,
      h('div', { class: 'known' }, h('span', { class: 'muted' }, 'Relations in the graph: '), this.known),
      this.result,
    );
  }

  async open(a?: string, b?: string): Promise<void> {
    await this.loadPairs();
    if (!a || !b) {
      this.result.replaceChildren();
      return;
    }
    this.first.value = a;
    this.second.value = b;
    this.result.replaceChildren(h('p', { class: 'muted' }, 'Loading the relation…'));
    try {
      const data = await graphql<{ bilateralRelation: BilateralRelation | null }>(BILATERAL, { a, b });
      const relation = data.bilateralRelation;
      if (!relation) {
        this.result.replaceChildren(
          h('p', { role: 'alert' }, 'The graph holds no relation between these two countries.'),
        );
        return;
      }
      this.render(relation);
      announce(`${displayName(relation)}: ${relation.timeline.length} events.`);
    } catch (error) {
      this.result.replaceChildren(
        h('p', { role: 'alert' }, `The relation could not be loaded: ${messageOf(error)}`),
      );
    }
  }

  private render(relation: BilateralRelation): void {
    const onEntity = (id: string) => this.events.onEntity(id);
    const section = (id: string, title: string, ...content: (HTMLElement | null)[]) =>
      h(
        'section',
        { class: `relation-${id}`, 'aria-labelledby': `relation-${id}-heading` },
        h('h4', { id: `relation-${id}-heading` }, title),
        content,
      );
    this.result.replaceChildren();
    append(this.result, [
      h('h3', { id: 'relation-heading' }, displayName(relation)),
      sinceLine(relation, onEntity),
      section(
        'timeline',
        'Timeline',
        timeline(relation.timeline, (event) => onEntity(event.id)),
      ),
      section(
        'subjects',
        'What was discussed',
        barChart('Sectors, by number of events', relation.sectors, onEntity),
        barChart('Initiatives', relation.initiatives, onEntity),
        barChart('Other topics', relation.topics, onEntity),
      ),
      section('people', 'People and their roles', peopleTable(relation.people, onEntity)),
      section('agreements', 'Agreements', agreementList(relation.agreements, onEntity)),
    ]);
  }

  private loadPairs(): Promise<void> {
    this.pairs ??= graphql<Pairs>(PAIRS)
      .then((pairs) => this.renderPairs(pairs))
      .catch((error: unknown) => {
        this.pairs = null;
        this.result.replaceChildren(
          h('p', { role: 'alert' }, `The countries could not be loaded: ${messageOf(error)}`),
        );
      });
    return this.pairs;
  }

  private renderPairs(pairs: Pairs): void {
    const countries = pairs.countries.edges
      .map((edge) => edge.node)
      .sort((x, y) => displayName(x).localeCompare(displayName(y)));
    for (const select of [this.first, this.second]) {
      select.replaceChildren(
        h('option', { value: '' }, 'Choose a country'),
        ...countries.map((country) => h('option', { value: country.id }, displayName(country))),
      );
    }
    this.known.replaceChildren(
      ...pairs.relations.edges.flatMap(({ node }) => {
        const [a, b] = node.countries ?? [];
        if (!a || !b) return [];
        return [
          h(
            'li',
            {},
            h(
              'a',
              { href: `#/pair/${encodeURIComponent(a.id)}/${encodeURIComponent(b.id)}` },
              displayName(node),
            ),
          ),
        ];
      }),
    );
  }
}
