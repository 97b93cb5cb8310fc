import {
  Gazetteer,
  readGazetteerEntries,
  type GazetteerEntry,
} from '../../../../src/extract/lexicon/gazetteer';
import { tokenize } from '../../../../src/extract/text/tokenize';

const entries = readGazetteerEntries();
const gazetteer = new Gazetteer(entries, tokenize);
const ofKind = (kind: GazetteerEntry['kind']) =>
  [...gazetteer.entries.values()].filter((e) => e.kind === kind);

describe('the gazetteer data files', () => {
  it('when read, then every file passes its schema and ids are unique within a file set', () => {
    const ids = entries.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('when countries are counted, then there are at least sixty, each with English and Kinyarwanda forms', () => {
    const countries = ofKind('Country');
    expect(countries.length).toBeGreaterThanOrEqual(60);
    for (const country of countries) {
      expect([country.id, country.rw.length > 0 && country.en.length > 0]).toEqual([country.id, true]);
    }
  });

  it('when a place, organisation or initiative names its country, then that country is listed', () => {
    for (const entry of gazetteer.entries.values()) {
      if (entry.country)
        expect([entry.id, gazetteer.byId(entry.country)?.kind]).toEqual([entry.id, 'Country']);
    }
  });

  it('when one form is listed for two entries of one kind, then that is a mistake the matcher cannot resolve', () => {
    for (const language of ['rw', 'en'] as const) {
      const seen = new Map<string, string>();
      for (const entry of gazetteer.entries.values()) {
        for (const form of entry[language]) {
          const key = `${entry.kind}|${form.toLowerCase()}`;
          const other = seen.get(key);
          expect([form, other ?? entry.id]).toEqual([form, entry.id]);
          seen.set(key, entry.id);
        }
      }
    }
  });

  it('when Kinyarwanda country names are matched, then the longest form wins and the augment-less stem is known', () => {
    const tokens = tokenize('Leta Zunze Ubumwe za Amerika na Amerika, mu Budage no mu Bushinwa');
    expect(gazetteer.find(tokens, 'rw', ['Country']).map((match) => match.entry.id)).toEqual([
      'country:united-states',
      'country:united-states',
      'country:germany',
      'country:china',
    ]);
  });

  it('when a sector comes after `mu` without its augment, then both forms are the sector', () => {
    const tokens = tokenize('ubucuruzi mu bucuruzi ubwikorezi mu bwikorezi ikoranabuhanga');
    expect(gazetteer.find(tokens, 'rw', ['Sector']).map((match) => match.entry.id)).toEqual([
      'sector:trade',
      'sector:trade',
      'sector:transport',
      'sector:transport',
      'sector:technology',
    ]);
  });

  it('when English titles are matched, then the most specific title wins', () => {
    const tokens = tokenize('Minister of Foreign Affairs and International Cooperation');
    expect(gazetteer.find(tokens, 'en', ['Title'])[0]?.entry.id).toBe(
      'title:minister-of-foreign-affairs-and-international-cooperation',
    );
  });
});
