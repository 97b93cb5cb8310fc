import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../../../../src/project-root';
import { analyse, textAt } from './analyse-helper';

const SEED = path.join(PROJECT_ROOT, 'data', 'articles', 'rw-kz-2025-kagame-visit');
const text = fs.readFileSync(path.join(SEED, 'article.rw.txt'), 'utf8');
const gold = parse(fs.readFileSync(path.join(SEED, 'extraction.yaml'), 'utf8'));
const analysis = analyse(text);

/** `key@start-end` for every mention in a gold section. */
function goldSpans(section: { id: string; mentions: { start: number; end: number }[] }[]): string[] {
  return section.flatMap((item) => item.mentions.map((m) => `${item.id}@${m.start}-${m.end}`)).sort();
}
function foundSpans(kind: string): string[] {
  return analysis.names
    .filter((name) => name.kind === kind)
    .map((name) => `${name.key}@${name.start}-${name.end}`)
    .sort();
}

describe('the seed article, analysed', () => {
  it('when its countries are found, then they are exactly the curated mentions of Rwanda, Kazakhstan and Türkiye', () => {
    expect(foundSpans('Country')).toEqual(goldSpans(gold.countries));
  });

  it('when its people are found, then they are the four curated people with every curated mention', () => {
    expect(foundSpans('Person')).toEqual(goldSpans(gold.people));
  });

  it('when its places are found, then Astana is among them, as a city', () => {
    expect(analysis.names.find((name) => name.key === 'place:astana')).toMatchObject({
      text: 'Astana',
      subKind: 'city',
    });
  });

  it('when its dates are read, then the undated May days get 2025 as an inference and the others their stated year', () => {
    expect(analysis.dates.map((date) => [date.value, date.precision, date.yearStated])).toEqual([
      ['2025-05-28/2025-05-29', 'day', false],
      ['2025-05-26', 'day', false],
      ['2012', 'year', true],
      ['2023-06', 'month', true],
      ['2024-12', 'month', true],
    ]);
    for (const date of analysis.dates.filter((d) => !d.yearStated))
      expect(date.inference).toMatch(/December 2024/);
  });

  it('when its events are read, then the visit is planned, the meetings occurred and the talks go on', () => {
    const summary = analysis.events.map((event) => [
      event.kind,
      event.status?.value,
      event.status?.words.text,
    ]);
    expect(summary).toEqual(
      expect.arrayContaining([
        ['visit', 'planned', 'ategerejwe'],
        ['ministerial_meeting', 'occurred', 'yahuye na'],
        ['bilateral_talks', 'ongoing', 'birakomeje'],
        ['meeting', 'occurred', 'yahuye na'],
        ['diplomatic_relations_established', 'occurred', 'watangiye'],
      ]),
    );
    const visit = analysis.events.find((event) => event.kind === 'visit')!;
    expect(visit.participants.map((p) => [p.role, p.key])).toEqual(
      expect.arrayContaining([
        ['visitor', 'person:paul-kagame'],
        ['host', 'country:kazakhstan'],
      ]),
    );
    // The text says `uruzinduko` only: not a state visit, whatever the curator knows.
    expect(analysis.events.some((event) => event.kind === 'state_visit')).toBe(false);
  });

  it('when the Astana meeting is read, then it has both ministers, Astana, 26 May and the talks’ sectors', () => {
    const meeting = analysis.events.find((event) => event.kind === 'ministerial_meeting')!;
    expect(meeting.participants.filter((p) => p.role === 'participant').map((p) => p.key)).toEqual([
      'person:olivier-nduhungirehe',
      'person:murat-nurtleu',
    ]);
    expect(meeting.places.map((p) => p.evidence.text)).toEqual(['i Astana']);
    expect(meeting.time?.value).toBe('2025-05-26');
    expect(meeting.topics.map((t) => t.key)).toEqual(
      expect.arrayContaining(['sector:politics', 'sector:trade', 'sector:transport', 'sector:technology']),
    );
  });

  it('when its statements are read, then Nurtleu’s quote is whole and his announcement names him', () => {
    const quote = analysis.statements.find((s) => s.kind === 'direct_quote')!;
    const goldQuote = gold.statements.find((s: { kind: string }) => s.kind === 'direct_quote').quote;
    expect(quote.speakerKey).toBe('person:murat-nurtleu');
    expect([quote.quote!.start, quote.quote!.end]).toEqual([goldQuote.start, goldQuote.end]);
    expect(analysis.statements.find((s) => s.kind === 'announcement')?.speakerKey).toBe(
      'person:murat-nurtleu',
    );
  });

  it('when any span is read back, then it is the text at its offsets', () => {
    for (const span of [...analysis.names, ...analysis.titles, ...analysis.dates]) {
      expect(textAt(text, span)).toBe(span.text);
    }
  });
});
