import { splitSentences } from '../../../../src/ingest/sentences';
import { tokenize } from '../../../../src/extract/text/tokenize';
import { analyse } from './support';

const TEXT = [
  'Ghana’s Minister of Foreign Affairs, Ama Owusu, will visit Doha on 2 June 2025.',
  '“Qatar is a partner,” Owusu said, according to the ministry.',
].join('\n');

describe('analyseEnglish', () => {
  const analysis = analyse(TEXT, { publishedOn: '2025-05-20' });

  it('when an article is read, then its sentences and tokens are the loader’s', () => {
    expect(analysis.language).toBe('en');
    expect(analysis.sentences).toEqual(splitSentences(TEXT));
    expect(analysis.tokens).toEqual(tokenize(TEXT));
  });

  it('when anything is found, then it carries a dotted English rule and a confidence between 0 and 1', () => {
    const findings = [
      ...analysis.names,
      ...analysis.titles,
      ...analysis.dates,
      ...analysis.events,
      ...analysis.statements,
    ];
    expect(findings.length).toBeGreaterThan(5);
    for (const finding of findings) {
      expect(finding.rule).toMatch(/^en(?:\.[a-z-]+)+$/u);
      expect(finding.confidence).toBeGreaterThan(0);
      expect(finding.confidence).toBeLessThanOrEqual(1);
    }
    for (const event of analysis.events)
      if (event.status) expect(event.status.rule).toMatch(/^en\.status\./u);
  });

  it('when events and statements are found, then their sentence numbers are 1-based positions of the sentence holding them', () => {
    const [visit] = analysis.events;
    expect(visit).toMatchObject({ kind: 'visit', sentence: 1 });
    expect(analysis.statements[0]).toMatchObject({ kind: 'direct_quote', sentence: 2 });
  });

  it('when the text is empty, then nothing is found', () => {
    const empty = analyse('');
    expect([...empty.sentences, ...empty.names, ...empty.events, ...empty.statements]).toEqual([]);
  });
});
