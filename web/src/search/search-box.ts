import { graphql, isAbort, messageOf } from '../api/client';
import { SEARCH } from '../api/queries';
import type { EntityRef } from '../api/types';
import { announce, displayName, h } from '../dom';
import { kindOf } from '../graph/kinds';
import { NameIndex } from './name-index';

const MAX_RESULTS = 20;
const DEBOUNCE_MS = 150;

/**
 * The search combobox (WAI-ARIA combobox with a listbox popup): results grouped by kind, arrow
 * keys move the active option, Enter opens it, Escape closes the list or clears the text.
 */
export class SearchBox {
  private results: EntityRef[] = [];
  private active = -1;
  private timer: number | undefined;
  private request: AbortController | null = null;
  private readonly index = new NameIndex();
  private readonly empty = h('p', { class: 'search-empty', hidden: true });

  constructor(
    private readonly input: HTMLInputElement,
    private readonly list: HTMLElement,
    private readonly onPick: (entity: EntityRef) => void,
  ) {
    list.after(this.empty);
    input.addEventListener('input', () => this.schedule());
    input.addEventListener('keydown', (event) => this.onKey(event));
    input.addEventListener('blur', () => window.setTimeout(() => this.close(), 150));
    // Keeps the focus in the input while an option is clicked.
    list.addEventListener('mousedown', (event) => event.preventDefault());
  }

  private schedule(): void {
    window.clearTimeout(this.timer);
    const text = this.input.value.trim();
    if (text.length < 2) {
      this.request?.abort();
      this.show([], '');
      return;
    }
    this.timer = window.setTimeout(() => void this.run(text), DEBOUNCE_MS);
  }

  private async run(text: string): Promise<void> {
    this.request?.abort();
    const request = (this.request = new AbortController());
    try {
      const [found, prefixed] = await Promise.all([
        graphql<{ search: { node: EntityRef }[] }>(SEARCH, { text }, request.signal),
        this.index.match(text, MAX_RESULTS),
      ]);
      if (request.signal.aborted) return;
      const seen = new Set<string>();
      const merged = [...found.search.map((hit) => hit.node), ...prefixed].filter((entity) => {
        if (seen.has(entity.id)) return false;
        seen.add(entity.id);
        return true;
      });
      this.show(merged.slice(0, MAX_RESULTS), text);
    } catch (error) {
      if (isAbort(error)) return;
      this.show([], text, `The search failed: ${messageOf(error)}`);
    }
  }

  private show(found: EntityRef[], text: string, failure?: string): void {
    // Grouped by kind, best group first; the arrow keys follow this order, as the eye does.
    const groups = new Map<string, EntityRef[]>();
    for (const entity of found) {
      const type = entity.__typename ?? 'Other';
      groups.set(type, [...(groups.get(type) ?? []), entity]);
    }
    const results = (this.results = [...groups.values()].flat());
    this.active = -1;
    let index = 0;
    this.list.replaceChildren(
      ...[...groups].map(([type, members]) =>
        h(
          'div',
          { role: 'group', 'aria-labelledby': `search-group-${type}` },
          h(
            'div',
            { id: `search-group-${type}`, class: 'group-label', role: 'presentation' },
            kindOf(type).plural,
          ),
          members.map((entity) => this.option(entity, index++)),
        ),
      ),
    );
    const open = results.length > 0;
    this.list.hidden = !open;
    this.input.setAttribute('aria-expanded', String(open));
    this.input.removeAttribute('aria-activedescendant');
    const message = failure ?? (text && !open ? `Nothing matches “${text}”.` : '');
    this.empty.textContent = message;
    this.empty.hidden = message === '';
    if (text) announce(failure ?? `${results.length} result${results.length === 1 ? '' : 's'}.`);
  }

  private option(entity: EntityRef, index: number): HTMLElement {
    const option = h(
      'div',
      { id: `search-option-${index}`, role: 'option', 'aria-selected': 'false', class: 'option' },
      h('span', { class: 'option-name' }, displayName(entity)),
      entity.nameEn && entity.name !== entity.nameEn
        ? h('span', { class: 'option-alt', lang: 'rw' }, entity.name)
        : null,
    );
    option.addEventListener('click', () => this.pick(index));
    return option;
  }

  private onKey(event: KeyboardEvent): void {
    const open = !this.list.hidden;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (this.results.length === 0) return;
        event.preventDefault();
        if (!open) this.show(this.results, this.input.value.trim());
        const step = event.key === 'ArrowDown' ? 1 : -1;
        this.activate((this.active + step + this.results.length) % this.results.length);
        return;
      }
      case 'Enter':
        if (open && this.results.length > 0) {
          event.preventDefault();
          this.pick(Math.max(this.active, 0));
        }
        return;
      case 'Escape':
        event.preventDefault();
        if (open) this.close();
        else this.input.value = '';
        return;
      default:
        return;
    }
  }

  private activate(index: number): void {
    this.list.querySelector('[aria-selected="true"]')?.setAttribute('aria-selected', 'false');
    this.active = index;
    const option = this.list.querySelector<HTMLElement>(`#search-option-${index}`);
    if (!option) return;
    option.setAttribute('aria-selected', 'true');
    option.scrollIntoView({ block: 'nearest' });
    this.input.setAttribute('aria-activedescendant', option.id);
  }

  private pick(index: number): void {
    const entity = this.results[index];
    if (!entity) return;
    this.close();
    this.input.value = '';
    this.results = [];
    this.onPick(entity);
  }

  private close(): void {
    this.list.hidden = true;
    this.empty.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }
}
