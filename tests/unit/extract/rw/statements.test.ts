import { analyse } from './analyse-helper';

const said = (text: string) =>
  analyse(text).statements.map(({ kind, speakerKey, evidence, quote, rule }) => ({
    kind,
    speakerKey,
    evidence: evidence.text,
    ...(quote ? { quote: quote.text } : {}),
    rule,
  }));

describe('statements and quotes', () => {
  it('when someone named `yagize ati “…”`, then it is a direct quote by them, marks left out', () => {
    expect(said('Minisitiri Awa Diop yagize ati “Turashaka ubufatanye burambye.”')).toEqual([
      {
        kind: 'direct_quote',
        speakerKey: 'person:awa-diop',
        evidence: 'Awa Diop yagize ati',
        quote: 'Turashaka ubufatanye burambye.',
        rule: 'rw.statement.quote.named-speaker',
      },
    ]);
  });

  it('when the quote opens with `Ati` alone, then the speaker is the last person named before it', () => {
    const [quote] = said('Perezida Kofi Mensah yashimiye abaturage. Ati “Tuzakomeza gukorana.”');
    expect(quote).toMatchObject({
      kind: 'direct_quote',
      speakerKey: 'person:kofi-mensah',
      rule: 'rw.statement.quote.last-person',
    });
  });

  it('when a quote runs over two sentences, then the quote is whole', () => {
    const [quote] = said(
      'Minisitiri Awa Diop yagize ati “Twishimiye iyi ntambwe. Izadufasha twese.” Yahise agenda.',
    );
    expect(quote!.quote).toBe('Twishimiye iyi ntambwe. Izadufasha twese.');
  });

  it('when someone `yavuze ko …`, then it is reported speech to the end of the sentence', () => {
    expect(said('Ambasaderi Ravi Menon yavuze ko ubucuruzi buziyongera.')).toEqual([
      {
        kind: 'reported_speech',
        speakerKey: 'person:ravi-menon',
        evidence: 'yavuze ko ubucuruzi buziyongera',
        rule: 'rw.statement.reported.same-sentence',
      },
    ]);
  });

  it('when the news is `nk’uko byatangajwe na` a titled person, then the announcement is theirs', () => {
    const [announcement] = said(
      'Inama izabera i Arusha, nk’uko byatangajwe na Minisitiri w’Ububanyi n’Amahanga wa Tanzaniya, Juma Mussa.',
    );
    expect(announcement).toEqual({
      kind: 'announcement',
      speakerKey: 'person:juma-mussa',
      evidence: 'nk’uko byatangajwe na Minisitiri w’Ububanyi n’Amahanga wa Tanzaniya, Juma Mussa',
      rule: 'rw.statement.announced-by',
    });
  });

  it('when the news is `Nk’uko X ibitangaza`, then X is its source', () => {
    const [announcement] = said('Nk’uko Ambasade y’u Rwanda mu Buholandi ibitangaza, ibiganiro birakomeje.');
    expect(announcement).toMatchObject({
      kind: 'announcement',
      speakerKey: 'org:rwanda-embassy-netherlands',
      evidence: 'Nk’uko Ambasade y’u Rwanda mu Buholandi ibitangaza',
      rule: 'rw.statement.according-to',
    });
  });
});
