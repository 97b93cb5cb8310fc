/** Readable ids for drafted items: `person:murat-nurtleu`, `event:2025-05-26-meeting-astana`. */

/** Letters that carry no combining mark to strip, spelt in ASCII. */
const ASCII_SPELLING: Record<string, string> = {
  ı: 'i',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  đ: 'd',
  ł: 'l',
  þ: 'th',
};

/** A slug of at most 60 characters, cut at a word boundary where it has to be cut. */
export function slugify(text: string): string {
  const slug = text
    .toLowerCase()
    .replace(/[ıøæœßđłþ]/g, (letter) => ASCII_SPELLING[letter] ?? letter)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.length <= 60
    ? slug
    : slug.slice(0, slug.lastIndexOf('-', 60) > 20 ? slug.lastIndexOf('-', 60) : 60);
}

/** The slug part of an id (`country:rwanda` → `rwanda`). */
export function slugOf(id: string): string {
  return id.slice(id.indexOf(':') + 1);
}

/** Hands out ids, adding -2, -3… when a readable id is already taken. */
export class IdAllocator {
  private readonly taken = new Set<string>();

  reserve(id: string): void {
    this.taken.add(id);
  }

  allocate(prefix: string, words: readonly string[]): string {
    const base = `${prefix}:${slugify(words.filter(Boolean).join(' ')) || 'unnamed'}`;
    let id = base;
    for (let counter = 2; this.taken.has(id); counter++) id = `${base}-${counter}`;
    this.taken.add(id);
    return id;
  }
}
