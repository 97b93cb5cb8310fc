import type { NameMention, TitleMention } from '../analysis';
import { nameWords } from '../../names/normalise-name';
import type { EnglishContext } from './context';
import type { TokenRange } from './name-runs';
import { isCapitalised, isPunct } from './token-tests';

/**
 * Gives short mentions the key of the one full name they end, finds the short mentions no other
 * rule read (`Mukankusi thanked…`), and renames the holders of titles to match.
 */
export function linkShortMentions(context: EnglishContext, titles: TitleMention[]): void {
  const { doc, book } = context;
  const people = book.ofKind('Person');
  const endsAnother = (mention: NameMention) => {
    const words = nameWords(mention.text).join(' ');
    return people.some(
      (other) => other.key !== mention.key && nameWords(other.text).join(' ').endsWith(` ${words}`),
    );
  };
  // `Albuquerque Viana` is two words but the end of `Renata Albuquerque Viana`, not a full name.
  const full = people.filter((mention) => nameWords(mention.text).length >= 2 && !endsAnother(mention));
  const byEnding = new Map<string, Set<NameMention>>();
  for (const mention of full) {
    const words = nameWords(mention.text);
    for (let k = 1; k < words.length; k++) {
      const ending = words.slice(k).join(' ');
      const keys = byEnding.get(ending) ?? new Set();
      if (![...keys].some((other) => other.key === mention.key)) keys.add(mention);
      byEnding.set(ending, keys);
    }
  }
  const fullFor = (text: string): NameMention | undefined => {
    const candidates = byEnding.get(nameWords(text).join(' '));
    return candidates?.size === 1 ? [...candidates][0] : undefined;
  };
  const renamed = new Map<string, string>();
  for (const mention of book.ofKind('Person')) {
    const target = fullFor(mention.text);
    if (!target || target.key === mention.key) continue;
    renamed.set(mention.key, target.key);
    Object.assign(mention, { key: target.key, name: target.name, nameEn: target.nameEn });
    // A weak guess that turns out to end a known full name is that person's short mention.
    if (/\.(?:capitalised|compromise(?:\.single)?)$/u.test(mention.rule)) {
      Object.assign(mention, { rule: 'en.name.person.surname', confidence: 0.8 });
    }
  }
  for (const title of titles) {
    if (title.holderKey && renamed.has(title.holderKey)) title.holderKey = renamed.get(title.holderKey);
  }
  const { tokens } = doc;
  // compromise's guesses at places and organisations yield to a known surname (`Albuquerque`).
  const weak = (mention: NameMention) => mention.kind !== 'Person' && mention.rule.endsWith('.compromise');
  const taken = (index: number) =>
    book.overlapping(tokens[index]!.start, tokens[index]!.end).some((mention) => !weak(mention));
  for (let index = 0; index < tokens.length; index++) {
    if (!isCapitalised(tokens[index]) || taken(index)) continue;
    let to = index + 1;
    while (isCapitalised(tokens[to]) && !taken(to)) to++;
    const run: TokenRange = { from: index, to };
    const span = doc.span(tokens[index]!.start, tokens[to - 1]!.end);
    const target = fullFor(span.text);
    if (target) {
      for (const guess of book.overlapping(span.start, span.end).filter(weak)) book.remove(guess);
      book.add({
        ...span,
        kind: 'Person',
        key: target.key,
        name: target.name,
        nameEn: target.nameEn,
        rule: 'en.name.person.surname',
        confidence: 0.8,
      });
    }
    index = run.to - 1;
  }
}

/** `Haruka Yoshida (𠮷田 遥)`: the bracketed name in another script is the same person. */
export function otherScripts(context: EnglishContext): void {
  const { doc, book } = context;
  for (const person of book.ofKind('Person')) {
    const open = doc.tokenFrom(person.end);
    if (!isPunct(doc.tokens[open], '(')) continue;
    let close = open + 1;
    while (close < doc.tokens.length && !isPunct(doc.tokens[close], ')') && close - open < 8) close++;
    if (!isPunct(doc.tokens[close], ')') || close === open + 1) continue;
    const span = doc.span(doc.tokens[open + 1]!.start, doc.tokens[close - 1]!.end);
    if (/\p{Script=Latin}/u.test(span.text) || !/\p{L}/u.test(span.text)) continue;
    book.add({
      ...span,
      kind: 'Person',
      key: person.key,
      name: person.name,
      nameEn: person.nameEn,
      rule: 'en.name.person.other-script',
      confidence: 0.6,
    });
  }
}
