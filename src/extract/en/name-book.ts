import type { NameKind, NameMention } from '../analysis';

/**
 * The names found so far in one article, which later rules consult (is this span already a
 * country? which person has this surname?). Mentions may nest — a country inside an embassy's
 * name — but two mentions of the same kind never overlap.
 */
export class NameBook {
  private readonly list: NameMention[] = [];

  get mentions(): readonly NameMention[] {
    return this.list;
  }

  /**
   * Adds a mention unless one of the same kind already overlaps it (the same words may name two
   * things: `the two governments`); says whether it was added.
   */
  add(mention: NameMention): boolean {
    const clash = (other: NameMention) =>
      other.kind === mention.kind &&
      overlaps(other, mention) &&
      (other.key === mention.key || other.start !== mention.start || other.end !== mention.end);
    if (this.list.some(clash)) return false;
    this.list.push(mention);
    return true;
  }

  remove(mention: NameMention): void {
    const index = this.list.indexOf(mention);
    if (index !== -1) this.list.splice(index, 1);
  }

  /** Mentions overlapping [start, end), optionally of some kinds only. */
  overlapping(start: number, end: number, kinds?: readonly NameKind[]): NameMention[] {
    return this.list.filter(
      (mention) => overlaps(mention, { start, end }) && (!kinds || kinds.includes(mention.kind)),
    );
  }

  /** The mention starting exactly at an offset, preferring the longest. */
  startingAt(start: number, kinds?: readonly NameKind[]): NameMention | undefined {
    return this.list
      .filter((mention) => mention.start === start && (!kinds || kinds.includes(mention.kind)))
      .sort((a, b) => b.end - a.end)[0];
  }

  /** Mentions lying within [start, end), in text order. */
  within(start: number, end: number, kinds?: readonly NameKind[]): NameMention[] {
    return this.list
      .filter(
        (mention) => mention.start >= start && mention.end <= end && (!kinds || kinds.includes(mention.kind)),
      )
      .sort((a, b) => a.start - b.start);
  }

  ofKind(kind: NameKind): NameMention[] {
    return this.list.filter((mention) => mention.kind === kind);
  }

  sorted(): NameMention[] {
    return [...this.list].sort((a, b) => a.start - b.start || b.end - a.end || a.kind.localeCompare(b.kind));
  }
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
