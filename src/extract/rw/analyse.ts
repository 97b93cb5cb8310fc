import type { Analysis, NameMention } from '../analysis';
import type { Gazetteer } from '../lexicon/gazetteer';
import { readRwCues } from './cues';
import { findDates } from './dates';
import { RwDocument } from './document';
import { findEvents } from './events';
import { findGazetteerNames } from './gazetteer-names';
import { mainCountries } from './main-countries';
import { NameIndex } from './name-index';
import { findNamedBodies } from './named-bodies';
import { findOrganizations } from './organizations';
import { findPeople } from './people';
import { findStatements } from './statements';
import { findStatusMarkers, statusAt } from './status';
import { findTitles } from './titles';
import { dateMentions } from './year-inference';

export interface AnalyseOptions {
  /** Publication date (YYYY-MM-DD): what a date written without its year is read against. */
  publishedOn?: string;
}

/**
 * What the Kinyarwanda rules find in an article. Each family of rules lives in its own file;
 * the order here is the order they need each other in: names before the titles tied to them,
 * titles before the people they introduce, everything before the events built from it.
 */
export function analyseKinyarwanda(
  text: string,
  gazetteer: Gazetteer,
  options: AnalyseOptions = {},
): Analysis {
  const doc = new RwDocument(text, gazetteer, readRwCues());
  const listed = findGazetteerNames(doc);
  const names = new NameIndex(doc, listed.names);
  const countries = mainCountries(listed.names);
  findOrganizations(doc, names, countries);
  findNamedBodies(doc, names);
  const titles = findTitles(doc, listed.titles, names);
  for (const person of findPeople(doc, titles, names)) names.add(person);

  const taken = new Array<boolean>(doc.tokens.length).fill(false);
  for (const name of names.all()) {
    const { from, to } = names.rangeOf(name);
    for (let at = from; at < to; at++) taken[at] = true;
  }
  const written = findDates(doc, taken);
  const markers = findStatusMarkers(doc);
  const dated = dateMentions(
    doc,
    written,
    (date) => {
      const status = statusAt(doc, markers, date.from, date.to);
      return status ? { value: status.value, words: status.words.text } : undefined;
    },
    options.publishedOn,
  );
  const dates = written.flatMap((date) => {
    const mention = dated.get(date);
    return mention ? [{ mention, from: date.from, to: date.to }] : [];
  });

  const statements = findStatements(doc, names, titles);
  const events = findEvents({ doc, names, titles, dates, mainCountries: countries }, markers, statements);
  return {
    language: 'rw',
    sentences: doc.sentences,
    tokens: doc.tokens,
    names: withoutInnerRepeats(names.all()),
    titles: titles.map((hit) => hit.mention),
    dates: dates.map((date) => date.mention),
    events,
    statements,
  };
}

/**
 * A mention inside a longer mention of the same thing is one mention (`Smart Rwanda` inside
 * `Umushinga wa Smart Rwanda`); mentions of different things may nest (`u Rwanda` in
 * `Ambasade y’u Rwanda muri Türkiye`).
 */
function withoutInnerRepeats(names: readonly NameMention[]): NameMention[] {
  const byKey = new Map<string, NameMention[]>();
  for (const name of names) byKey.set(name.key, [...(byKey.get(name.key) ?? []), name]);
  const kept = [...byKey.values()].flatMap((same) => {
    // Longest first, so an exact repeat keeps its first copy and an inner one is dropped.
    const ordered = [...same].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const chosen: NameMention[] = [];
    for (const name of ordered) {
      if (!chosen.some((other) => other.start <= name.start && other.end >= name.end)) chosen.push(name);
    }
    return chosen;
  });
  return kept.sort((a, b) => a.start - b.start || b.end - a.end);
}
