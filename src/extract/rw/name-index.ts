import type { NameKind, NameMention } from '../analysis';
import type { RwDocument } from './document';

/**
 * Name mentions by the token they start at, so rules can ask "is there a country right here?"
 * in constant time. Several mentions may start at one token (a ministry and the country in it
 * do not, but `Minisiteri z’… zombi` stands for two ministries).
 */
export class NameIndex {
  private readonly byStart = new Map<number, NameMention[]>();
  private readonly ranges = new Map<NameMention, { from: number; to: number }>();

  constructor(
    private readonly doc: RwDocument,
    names: readonly NameMention[] = [],
  ) {
    for (const name of names) this.add(name);
  }

  add(name: NameMention): void {
    const range = this.doc.tokenRange(name);
    if (!range) return;
    this.ranges.set(name, range);
    const list = this.byStart.get(range.from) ?? [];
    list.push(name);
    this.byStart.set(range.from, list);
  }

  /** A mention of one of `kinds` starting at token `index`. */
  at(index: number, kinds?: readonly NameKind[]): NameMention | undefined {
    return this.byStart.get(index)?.find((name) => !kinds || kinds.includes(name.kind));
  }

  rangeOf(name: NameMention): { from: number; to: number } {
    return this.ranges.get(name) ?? { from: -1, to: -1 };
  }

  all(): NameMention[] {
    return [...this.ranges.keys()];
  }
}
