import type { NameMention } from '../analysis';

/**
 * The countries an article is about: those it names most, first mention breaking ties. What
 * `ibihugu byombi` (both countries) and `impande zombi` (both sides) point to.
 */
export function mainCountries(names: readonly NameMention[], count = 2): string[] {
  const tally = new Map<string, { mentions: number; first: number }>();
  for (const name of names) {
    if (name.kind !== 'Country') continue;
    const entry = tally.get(name.key) ?? { mentions: 0, first: name.start };
    entry.mentions++;
    tally.set(name.key, entry);
  }
  return [...tally.entries()]
    .sort(([, a], [, b]) => b.mentions - a.mentions || a.first - b.first)
    .slice(0, count)
    .map(([key]) => key);
}
