import { analyse, slice } from './support';

describe('English statements', () => {
  it('when a quote is followed by `said X`, then X said it and the quote has no marks or trailing comma', () => {
    const text = 'Ama Owusu met Ali Hamad. “Trade will double,” said Owusu.';
    const [statement] = analyse(text).statements;
    expect(statement).toMatchObject({
      kind: 'direct_quote',
      speakerKey: 'person:ama-owusu',
      quote: { text: 'Trade will double' },
      evidence: { text: 'said Owusu' },
      sentence: 2,
      rule: 'en.statement.quote.said-after',
    });
    expect(slice(text, statement!.quote!.start, statement!.quote!.end)).toBe('Trade will double');
  });

  it('when a quote is followed by `X said`, then the evidence runs to the end of the clause', () => {
    const [statement] = analyse(
      'Minister Ama Owusu spoke. “We have waited. Now we act,” Owusu said after the meeting, according to aides.',
    ).statements;
    expect(statement).toMatchObject({
      speakerKey: 'person:ama-owusu',
      quote: { text: 'We have waited. Now we act' },
      evidence: { text: 'Owusu said after the meeting' },
    });
  });

  it('when the speaker comes before a colon and a quote, then the speaker said it', () => {
    const [statement] = analyse('President Amina Kaboré said: “Ghana is a friend.”').statements;
    expect(statement).toMatchObject({
      kind: 'direct_quote',
      speakerKey: 'person:amina-kabore',
      rule: 'en.statement.quote.said-before',
    });
  });

  it('when a quote is attributed to `she`, then it goes to the person named before', () => {
    const [statement] = analyse('Minister Grace Uwera arrived. “It is an honour,” she said.').statements;
    expect(statement).toMatchObject({ speakerKey: 'person:grace-uwera', confidence: 0.7 });
  });

  it('when a person `said that …`, then it is reported speech running to the end of the sentence', () => {
    const [statement] = analyse('Ambassador Ali Hamad said that trade had doubled since 2012.').statements;
    expect(statement).toMatchObject({
      kind: 'reported_speech',
      speakerKey: 'person:ali-hamad',
      evidence: { text: 'Ali Hamad said that trade had doubled since 2012' },
      rule: 'en.statement.reported.head',
    });
  });

  it('when an office is named at the end (`…, the ministry said`), then it is an announcement by the office', () => {
    const [statement] = analyse(
      'Ghana and Qatar signed a trade deal, Qatar’s Ministry of Commerce said on Monday.',
    ).statements;
    expect(statement).toMatchObject({
      kind: 'announcement',
      speakerKey: 'org:qatar-ministry-of-commerce',
      evidence: { text: 'Qatar’s Ministry of Commerce said on Monday' },
      rule: 'en.statement.reported.tail',
    });
  });

  it('when `according to` names an organisation, then it is the source', () => {
    const [statement] = analyse('The talks are ongoing, according to the African Union.').statements;
    expect(statement).toMatchObject({
      kind: 'announcement',
      speakerKey: 'org:african-union',
      evidence: { text: 'according to the African Union' },
      rule: 'en.statement.according-to',
    });
  });

  it('when `officials said` names no one, then there is no statement', () => {
    expect(analyse('Officials said the visit had been postponed.').statements).toEqual([]);
  });

  it('when a titled speaker is set off by commas before `said`, then the speaker is that person', () => {
    const [statement] = analyse(
      'After the meeting, Ghana’s ambassador to Qatar, Kofi Mensah, said the two countries would sign a deal.',
    ).statements;
    expect(statement).toMatchObject({ kind: 'reported_speech', speakerKey: 'person:kofi-mensah' });
  });
});
