import type { ArticleForResolution } from '../../../src/ingest/resolve/resolution';
import { article, type ArticleBuilder } from './build-article';

/** A seeded generator (mulberry32): the same articles on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  'ka',
  'mu',
  'ga',
  'ne',
  'ri',
  'to',
  'sa',
  'bi',
  'lo',
  'ye',
  'ma',
  'hi',
  'ku',
  'de',
  'an',
  'zo',
];
const TITLES = [
  'Minister of Foreign Affairs',
  'Minister of Trade',
  'President',
  'Ambassador',
  'Minister of Agriculture',
];
const SECTORS = ['trade', 'agriculture', 'transport', 'education', 'health', 'energy', 'tourism', 'mining'];

/**
 * Articles shaped like the real ones, about 30 items each, for timing the resolver: countries from a
 * pool of 30, people from a pool of 1,500 (written in full, without the middle name, or with one
 * letter changed), offices, ministries, cities, sectors, events dated over two years, a relation,
 * topics, commitments and statements.
 */
export function syntheticArticles(count: number, seed = 7): ArticleForResolution[] {
  const next = random(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)]!;
  const word = (syllables: number) =>
    Array.from({ length: syllables }, () => pick(SYLLABLES))
      .join('')
      .replace(/^./, (c) => c.toUpperCase());
  const countries = Array.from({ length: 30 }, (_, i) => `${word(3)}${i}`);
  const people = Array.from({ length: 1500 }, () => ({
    given: word(2),
    middle: word(2),
    surname: word(4),
    country: Math.floor(next() * countries.length),
    title: pick(TITLES),
  }));
  const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return Array.from({ length: count }, (_, index) => {
    const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(next() * 730) * 86_400_000);
    const builder: ArticleBuilder = article(`synthetic-${index}`, day.toISOString().slice(0, 10));
    const [a, b] = [Math.floor(next() * countries.length), Math.floor(next() * countries.length)];
    const pair = a === b ? [a, (a + 1) % countries.length] : [a, b];
    const countryIds = pair.map((c) => `country:${slug(countries[c]!)}`);
    pair.forEach((c, i) => builder.country(countryIds[i]!, countries[c]!));
    const named: string[] = [];
    for (let p = 0; p < 6; p += 1) {
      const person = people[Math.floor(next() * people.length)]!;
      const variant = next();
      const surname = variant < 0.1 ? person.surname.slice(0, -1) + 'x' : person.surname;
      const name =
        variant < 0.4 ? `${person.given} ${surname}` : `${person.given} ${person.middle} ${surname}`;
      const id = `person:${slug(name)}`;
      if (named.includes(id)) continue;
      named.push(id);
      builder.person(id, name);
      const country = countryIds[p % 2]!;
      builder.office(
        id,
        `position:${slug(person.title)}-${p % 2}`,
        `${person.title} of ${countries[pair[p % 2]!]}`,
        country,
      );
    }
    builder.organization(`org:ministry-${index % 40}`, `Ministry ${index % 40}`, countryIds[0]);
    builder.place(`place:city-${index % 50}`, `City ${word(2)}`);
    for (const sector of [pick(SECTORS), pick(SECTORS), pick(SECTORS)]) {
      if (!builder.extraction.sectors.some((s) => s.name === sector))
        builder.extraction.sectors.push({
          id: `sector:${sector}`,
          name: sector,
          nameEn: sector,
          mentions: [{ start: 0, end: 1, text: 'x' }],
        });
    }
    for (let e = 0; e < 4; e += 1) {
      const start = new Date(day.getTime() - Math.floor(next() * 20) * 86_400_000).toISOString().slice(0, 10);
      builder.event(`event:${index}-${e}`, {
        kind: pick(['visit', 'meeting', 'working_visit', 'ministerial_meeting'] as const),
        time: [start, 'day'],
        participants: [pick(named), pick(named), ...countryIds],
      });
    }
    builder.relation(countryIds as [string, string]);
    const x = [{ start: 0, end: 1, text: 'x' }];
    for (let t = 0; t < 2; t += 1) {
      const name = word(3).toLowerCase();
      if (!builder.extraction.topics.some((known) => known.name === name))
        builder.extraction.topics.push({ id: `topic:${name}`, name, nameEn: name, mentions: x });
    }
    for (let c = 0; c < 3; c += 1)
      builder.extraction.commitments.push({
        id: `commitment:${index}-${c}`,
        summaryEn: 'To cooperate.',
        by: countryIds,
        about: [],
        evidence: x,
      });
    for (let s = 0; s < 2; s += 1)
      builder.extraction.statements.push({
        id: `statement:${index}-${s}`,
        kind: 'report',
        speaker: named[0]!,
        summaryEn: 'Said so.',
        evidence: x,
        about: [],
      });
    return builder.build();
  });
}
