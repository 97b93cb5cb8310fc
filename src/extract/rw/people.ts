import type { NameMention } from '../analysis';
import { nameWords } from '../../names/normalise-name';
import type { RwDocument } from './document';
import { keyFor } from './keys';
import type { NameIndex } from './name-index';
import { LINKERS, type TitleHit } from './titles';

/** Lower-case particles that can sit inside a person's name (Ould, de, van, bin). */
const NAME_PARTICLES = new Set([
  'de',
  'da',
  'du',
  'van',
  'von',
  'der',
  'bin',
  'ben',
  'ould',
  'el',
  'al',
  'dos',
]);
const MAX_NAME_WORDS = 5;

/**
 * People, from the titles that introduce them and from their names repeated later:
 * - a capitalised run right after a title, or after the title, its country and a comma
 *   (`Perezida Paul Kagame`, `Minisitiri w’… wa Kazakhstan, Murat Nurtleu,`) is a person;
 * - a country right after that name ties the title to it (`Perezida … Tokayev wa Kazakhstan`);
 * - a counterpart (`mugenzi we wa Ghana`) holds the post of the person it is the counterpart of;
 * - a later short form (`Nurtleu`, `Perezida Kagame`) is the person whose full name ends with it;
 * - a run of two or more capitalised words no other rule explains is probably a person.
 */
export function findPeople(doc: RwDocument, titles: TitleHit[], names: NameIndex): NameMention[] {
  const taken = takenTokens(doc, names);
  const notNames = new Set(doc.cues.notNames.map((word) => word.toLowerCase()));
  const isNameWord = (index: number): boolean =>
    doc.isCapitalised(index) && !taken[index] && !notNames.has(doc.key(index)) && !isCalendarWord(doc, index);
  const people: NameMention[] = [];
  const fullNames: { words: string[]; key: string; name: string }[] = [];

  const runAt = (from: number): number => {
    let to = from;
    while (to < doc.tokens.length && to - from < MAX_NAME_WORDS) {
      if (isNameWord(to)) to++;
      else if (to > from && NAME_PARTICLES.has(doc.key(to)) && isNameWord(to + 1)) to += 2;
      else break;
    }
    return to;
  };

  // 1. Names introduced by titles.
  const introduced: { from: number; to: number; hit: TitleHit }[] = [];
  for (const hit of titles) {
    if (hit.chainedTo) continue; // the name follows the last title of a chain
    let from = hit.to;
    if (doc.isPunct(from, ',')) from++;
    const to = runAt(from);
    if (to === from) continue;
    introduced.push({ from, to, hit });
    for (let at = from; at < to; at++) taken[at] = true;
    const words = nameWords(doc.tokenSpan(from, to).text);
    if (words.length >= 2) {
      const name = doc.tokenSpan(from, to).text;
      fullNames.push({ words, key: keyFor('Person', name), name });
    }
  }
  const resolve = (from: number, to: number): { key: string; name: string } | undefined => {
    const words = nameWords(doc.tokenSpan(from, to).text);
    return fullNames.find((candidate) => isTail(words, candidate.words));
  };

  for (const { from, to, hit } of introduced) {
    const span = doc.tokenSpan(from, to);
    const known = resolve(from, to);
    const key = known?.key ?? keyFor('Person', span.text);
    const counterpart = hit.mention.titleId === 'title:counterpart';
    people.push({
      ...span,
      kind: 'Person',
      key,
      name: known?.name ?? span.text,
      rule: counterpart
        ? 'rw.person.counterpart'
        : hit.to > hit.titleTo || from > hit.to
          ? 'rw.person.apposition'
          : 'rw.person.after-title',
      // One word that no full name explains (`Perezida Kagame` alone) may be half a name.
      confidence: known || to - from >= 2 ? 0.85 : 0.7,
    });
    for (let title: TitleHit | undefined = hit; title; title = title.chainedFrom)
      title.mention.holderKey = key;
    tieCountryAfterName(doc, hit, to, names);
    if (counterpart) copyCounterpartTitle(doc, titles, hit);
  }

  // 2. Later short forms and unexplained capitalised runs.
  for (let index = 0; index < doc.tokens.length;) {
    if (!isNameWord(index)) {
      index++;
      continue;
    }
    const to = runAt(index);
    const known = resolve(index, to);
    // A sentence opens with a capital whatever its first word is (`Asimbuye Jean Bosco …`):
    // an unexplained run there leaves its first word out, and needs two words after it.
    const from = !known && doc.sentenceTokens[doc.sentenceOf[index]!]!.from === index ? index + 1 : index;
    const span = doc.tokenSpan(from, to);
    if (known) {
      people.push({
        ...span,
        kind: 'Person',
        key: known.key,
        name: known.name,
        rule: 'rw.person.short-form',
        confidence: 0.8,
      });
    } else if (to - from >= 2) {
      const key = keyFor('Person', span.text);
      fullNames.push({ words: nameWords(span.text), key, name: span.text });
      people.push({
        ...span,
        kind: 'Person',
        key,
        name: span.text,
        rule: 'rw.person.capitalised-run',
        confidence: 0.45,
      });
    }
    index = to;
  }
  return people.sort((a, b) => a.start - b.start);
}

/** `Tokayev` is the tail of `Kassym-Jomart Tokayev`; so is `Jomart Tokayev`. */
function isTail(words: string[], full: string[]): boolean {
  if (words.length === 0 || words.length >= full.length) return false;
  return words.every((word, at) => full[full.length - words.length + at] === word);
}

/** Tokens inside a gazetteer name, so `Smart Rwanda` or `Astana Hub` is never a person. */
function takenTokens(doc: RwDocument, names: NameIndex): boolean[] {
  const taken = new Array<boolean>(doc.tokens.length).fill(false);
  for (const name of names.all()) {
    const { from, to } = names.rangeOf(name);
    for (let at = from; at < to; at++) taken[at] = true;
  }
  return taken;
}

function isCalendarWord(doc: RwDocument, index: number): boolean {
  const key = doc.key(index);
  return doc.cues.months.some((month) => month.forms.some((form) => form.toLowerCase() === key));
}

/** `Perezida Kassym-Jomart Tokayev wa Kazakhstan`: the country after the name is the title's. */
function tieCountryAfterName(doc: RwDocument, hit: TitleHit, nameTo: number, names: NameIndex): void {
  if (hit.mention.countryKey || !LINKERS.has(doc.key(nameTo))) return;
  const country = names.at(nameTo + 1, ['Country']);
  if (!country) return;
  const countryTo = names.rangeOf(country).to;
  const whole = doc.tokenSpan(hit.from, countryTo);
  Object.assign(hit.mention, {
    ...whole,
    countryKey: country.key,
    countrySpan: doc.tokenSpan(nameTo, countryTo),
    rule: 'rw.title.country-after-name',
    confidence: 0.8,
  });
}

/**
 * `yahuye na mugenzi we wa Ghana`: the counterpart holds the post the other person in the
 * sentence holds; the nearest title before it in the same sentence is that post.
 */
function copyCounterpartTitle(doc: RwDocument, titles: TitleHit[], counterpart: TitleHit): void {
  const sentence = doc.sentenceOf[counterpart.from];
  const before = titles
    .filter(
      (hit) =>
        hit.from < counterpart.from &&
        doc.sentenceOf[hit.from] === sentence &&
        hit.mention.titleId !== 'title:counterpart',
    )
    .at(-1);
  if (!before) return;
  counterpart.mention.titleId = before.mention.titleId;
  counterpart.mention.titleEn = before.mention.titleEn;
  counterpart.mention.rule = 'rw.title.counterpart';
  counterpart.mention.confidence = 0.65;
}
