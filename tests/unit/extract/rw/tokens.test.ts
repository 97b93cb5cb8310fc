import { splitSentences } from '../../../../src/ingest/sentences';
import { tokenize } from '../../../../src/extract/text/tokenize';
import { analyse, textAt } from './analyse-helper';

describe('Kinyarwanda tokens and offsets', () => {
  it('when a word carries an elision, then the elided particle is its own token and the name stays whole', () => {
    const tokens = tokenize('Ambasade y’u Burundi n’Ubuhinde');
    expect(tokens.map((token) => [token.text, token.type])).toEqual([
      ['Ambasade', 'word'],
      ['y’', 'elision'],
      ['u', 'word'],
      ['Burundi', 'word'],
      ['n’', 'elision'],
      ['Ubuhinde', 'word'],
    ]);
  });

  it('when the apostrophe is typed straight, then the elision is still recognised and normalised', () => {
    const tokens = tokenize("cy'ubufatanye");
    expect(tokens[0]).toMatchObject({ text: "cy'", type: 'elision', norm: 'cy’' });
  });

  it('when a character outside the BMP comes before a name, then offsets count it as one code point', () => {
    const text = '🇷🇼 𠮷 Perezida Amani Kayitare yasuye u Bufaransa.';
    const analysis = analyse(text);
    const france = analysis.names.find((name) => name.key === 'country:france')!;
    const person = analysis.names.find((name) => name.kind === 'Person')!;
    expect(france.text).toBe('u Bufaransa');
    expect(textAt(text, france)).toBe('u Bufaransa');
    expect(textAt(text, person)).toBe('Amani Kayitare');
    // The two regional indicators of the flag and 𠮷 are three code points but six UTF-16 units.
    expect(person.start).toBe(text.indexOf('Amani') - 3);
  });

  it('when every span is read back from the text, then it matches, in an article with typographic marks', () => {
    const text =
      'Ku wa 3 Werurwe 2025, Minisitiri w’Ubuzima w’u Rwanda, Aline Gatera, yahuye na mugenzi we wa Kenya, ' +
      'Peter Odhiambo, i Nairobi. Gatera yagize ati “Tuzakomeza gufatanya mu buvuzi.”';
    const analysis = analyse(text);
    const spans = [
      ...analysis.names,
      ...analysis.titles,
      ...analysis.dates,
      ...analysis.events.map((event) => event.cue),
      ...analysis.statements.map((statement) => statement.evidence),
    ];
    expect(spans.length).toBeGreaterThan(8);
    for (const span of spans) expect(textAt(text, span)).toBe(span.text);
    expect(analysis.sentences).toEqual(splitSentences(text));
  });
});
