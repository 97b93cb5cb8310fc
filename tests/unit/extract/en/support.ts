import { analyseEnglish, type EnglishOptions } from '../../../../src/extract/en/analyse';
import type { Analysis } from '../../../../src/extract/analysis';
import { Gazetteer, type GazetteerEntry } from '../../../../src/extract/lexicon/gazetteer';
import { tokenize } from '../../../../src/extract/text/tokenize';

/**
 * A small gazetteer of its own, so the rule tests do not move when the shared gazetteer files
 * grow. The fixture tests use the real files.
 */
const entry = (id: string, kind: GazetteerEntry['kind'], en: string[], extra: Partial<GazetteerEntry> = {}) =>
  ({ id, kind, nameEn: en[0]!, rw: [], en, ...extra }) as GazetteerEntry;

export const testGazetteer = new Gazetteer(
  [
    entry('country:rwanda', 'Country', ['Rwanda']),
    entry('country:kazakhstan', 'Country', ['Kazakhstan']),
    entry('country:japan', 'Country', ['Japan']),
    entry('country:ghana', 'Country', ['Ghana']),
    entry('country:qatar', 'Country', ['Qatar']),
    entry('country:turkiye', 'Country', ['Türkiye', 'Turkey']),
    entry('country:germany', 'Country', ['Germany']),
    entry('country:chad', 'Country', ['Chad']),
    entry('country:united-states', 'Country', ['United States', 'USA']),
    entry('country:ethiopia', 'Country', ['Ethiopia']),
    entry('place:kigali', 'Place', ['Kigali'], { subKind: 'city', country: 'country:rwanda' }),
    entry('place:astana', 'Place', ['Astana'], { subKind: 'city', country: 'country:kazakhstan' }),
    entry('place:ankara', 'Place', ['Ankara'], { subKind: 'city', country: 'country:turkiye' }),
    entry('place:accra', 'Place', ['Accra'], { subKind: 'city', country: 'country:ghana' }),
    entry('place:doha', 'Place', ['Doha'], { subKind: 'city', country: 'country:qatar' }),
    entry('org:african-union', 'Organization', ['African Union', 'AU'], {
      subKind: 'international_organization',
    }),
    entry('sector:trade', 'Sector', ['trade']),
    entry('sector:energy', 'Sector', ['energy', 'solar energy']),
    entry('sector:education', 'Sector', ['education']),
    entry('topic:visas', 'Topic', ['visas', 'visa waiver']),
    entry('title:president', 'Title', ['President']),
    entry('title:minister', 'Title', ['Minister']),
    entry('title:ambassador', 'Title', ['Ambassador']),
    entry('title:counterpart', 'Title', ['counterpart']),
    entry('title:minister-of-foreign-affairs', 'Title', [
      'Minister of Foreign Affairs',
      'Foreign Minister',
      'Secretary of State',
    ]),
    entry('title:prime-minister', 'Title', ['Prime Minister']),
  ],
  tokenize,
);

export function analyse(text: string, options: EnglishOptions = {}): Analysis {
  return analyseEnglish(text, testGazetteer, options);
}

/** The first mention whose text is exactly `text`. */
export function nameOf(analysis: Analysis, text: string) {
  return analysis.names.find((mention) => mention.text === text);
}

/** Text at code point offsets, to check spans. */
export function slice(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}
