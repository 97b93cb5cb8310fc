import type { TitleMention } from '../analysis';
import type { EnglishContext } from './context';
import { readNameRun } from './name-runs';
import { addPerson } from './add-person';
import { countryBefore } from './country-ties';
import { COUNTERPART } from './titles';
import { isCapitalised, isPunct } from './token-tests';

/**
 * `his Japanese counterpart, Haruka Yoshida` / `her counterpart from Qatar X`: a person holding
 * the same office as the one the sentence already named, for another country. The title is that
 * earlier title; the country is only the one the words give (`Japanese`, `from Qatar`).
 */
export function findCounterparts(context: EnglishContext, titles: readonly TitleMention[]): TitleMention[] {
  const { doc } = context;
  const found: TitleMention[] = [];
  doc.tokens.forEach((token, index) => {
    if (token.norm !== 'counterpart') return;
    let next = index + 1;
    let tie = countryBefore(context, index);
    if (!tie && doc.tokens[next]?.norm === 'from' && isCapitalised(doc.tokens[next + 1])) {
      const country = context.book.startingAt(doc.tokens[next + 1]!.start, ['Country']);
      if (country) {
        tie = {
          key: country.key,
          span: doc.span(doc.tokens[next]!.start, country.end),
          from: next,
          to: doc.tokenTo(country.end),
        };
        next = tie.to;
      }
    }
    if (isPunct(doc.tokens[next], ',')) next++;
    const run = readNameRun(context, next);
    if (!run) return;
    const key = addPerson(context, run, 'en.name.person.counterpart');
    const sentence = doc.sentenceOfToken(index);
    const reference = [...titles]
      .reverse()
      .find(
        (title) => title.end <= token.start && doc.sentenceOfToken(doc.tokenFrom(title.start)) <= sentence,
      );
    if (!key) return;
    const first = tie && tie.from < index ? tie.from : index;
    const span = doc.span(doc.tokens[first]!.start, Math.max(token.end, tie?.span.end ?? 0));
    found.push({
      ...span,
      rule: 'en.title.counterpart',
      confidence: 0.65,
      titleId: reference?.titleId ?? COUNTERPART,
      title: token.text,
      titleEn: reference?.titleEn ?? 'counterpart',
      holderKey: key,
      ...(tie ? { countryKey: tie.key, countrySpan: tie.span } : {}),
    });
  });
  return found;
}
