import { messageOf } from '../api/client';
import { button, h } from '../dom';

export interface PathEnd {
  id: string;
  name: string;
}

type FindPath = (from: PathEnd, to: PathEnd) => Promise<string>;

/**
 * The two ends of a shortest path, chosen from the details panel ("Path from here", "Path to
 * here"); once both are set the path is looked up and its description read out.
 */
export class PathBar {
  readonly element = h('div', { class: 'path-bar' });
  private readonly ends = h('span', { class: 'path-ends' });
  private readonly result = h('output', { class: 'path-result', 'aria-live': 'polite' });
  private readonly clearButton: HTMLButtonElement;
  private from: PathEnd | null = null;
  private to: PathEnd | null = null;

  constructor(
    private readonly find: FindPath,
    private readonly onClear: () => void,
  ) {
    this.clearButton = button('Clear path', () => this.clear(), { class: 'small' });
    this.element.append(
      h('span', { class: 'path-label' }, 'Path: '),
      this.ends,
      this.clearButton,
      this.result,
    );
    this.render();
  }

  set(which: 'from' | 'to', end: PathEnd): void {
    if (which === 'from') this.from = end;
    else this.to = end;
    this.render();
    if (this.from && this.to) void this.run(this.from, this.to);
  }

  /** A path found in one drawing means nothing in the next: a complete one is cleared. */
  resetIfComplete(): void {
    if (this.from && this.to) this.clear();
  }

  private async run(from: PathEnd, to: PathEnd): Promise<void> {
    this.result.textContent = 'Looking for a path…';
    try {
      this.result.textContent = await this.find(from, to);
    } catch (error) {
      this.result.textContent = `The path could not be found: ${messageOf(error)}`;
    }
  }

  private clear(): void {
    this.from = null;
    this.to = null;
    this.result.textContent = '';
    this.onClear();
    this.render();
  }

  private render(): void {
    const name = (end: PathEnd | null, missing: string) =>
      end ? h('strong', {}, end.name) : h('span', { class: 'muted' }, missing);
    this.ends.replaceChildren(
      name(this.from, 'choose a start (“Path from here”)'),
      ' → ',
      name(this.to, 'an end (“Path to here”)'),
    );
    this.clearButton.hidden = !this.from && !this.to;
  }
}
