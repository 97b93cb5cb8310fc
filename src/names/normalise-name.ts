/**
 * Names compared across articles and spellings: case, diacritics and apostrophes do not count,
 * Kinyarwanda's augment and linking particles before a name do not count (`u Rwanda`,
 * `y’u Rwanda`, `w’u Rwanda` are all Rwanda), and hyphens are spaces (Kassym-Jomart).
 */
const PARTICLES = /^(?:(?:[a-z]{1,3}’\s*)?(?:u|i|mu|muri|ku|kwa|na|wa|ya|za|ba|ka|y|w|z)\s+)+(?=\S)/u;

export function normaliseName(name: string): string {
  const folded = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'‘`]/g, '’')
    .replace(/[-‐–]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // A particle is only dropped when a capitalised name follows it in the original. Each particle
  // ends at an apostrophe or a space, so the pattern cannot backtrack through a long word.
  const stripped = /^(?:\p{Ll}{1,4}(?:’\s*|\s+))+\p{Lu}/u.test(name.trim().replace(/[’'‘`]/g, '’'))
    ? folded.replace(PARTICLES, '')
    : folded;
  return stripped.replace(/’/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The words of a normalised name, for given-name / surname comparisons. */
export function nameWords(name: string): string[] {
  return normaliseName(name).split(' ').filter(Boolean);
}
