import {
  englishFixtures,
  eventScore,
  mentionScore,
  peopleKeys,
  precision,
  quoteScore,
  recall,
  timeScore,
  titleScore,
} from './gold';

/**
 * The English gold fixtures: what the analyser finds against the hand-made extractions. The
 * thresholds leave room for the differences the gold files explain (a subject filed as a topic in
 * one place and a sector in another, `health sector` against `health`).
 */
describe('English analyser on the gold fixtures', () => {
  const fixtures = englishFixtures();

  it('when the fixtures are read, then there is at least one English gold file', () => {
    expect(fixtures.length).toBeGreaterThan(0);
  });

  describe.each(fixtures.map((fixture) => [fixture.id, fixture] as const))('%s', (_id, fixture) => {
    it('when names are found, then nearly all gold mentions are found with their kind, and few others', () => {
      const score = mentionScore(fixture);
      expect(recall(score)).toBeGreaterThanOrEqual(0.95);
      expect(precision(score)).toBeGreaterThanOrEqual(0.9);
    });

    it('when people are found, then their keys are the gold ids, short mentions included', () => {
      const { gold, found } = peopleKeys(fixture);
      expect(found).toEqual(gold);
    });

    it('when titles are found, then every gold position is read with its country', () => {
      const score = titleScore(fixture);
      expect(score.matched).toBe(score.gold);
    });

    it('when dates are found, then every gold event time is found with its words and value', () => {
      const score = timeScore(fixture);
      expect(score.matched).toBe(score.gold);
    });

    it('when events are found, then each gold event has one, with the same status', () => {
      const score = eventScore(fixture);
      expect(score.matched).toBe(score.gold);
      expect(score.statusAgrees).toBe(score.gold);
    });

    it('when quotes are found, then each gold quote has exactly its words', () => {
      const score = quoteScore(fixture);
      expect(score.matched).toBe(score.gold);
    });

    it('when offsets are given, then every span’s text is the article’s text there', () => {
      const points = Array.from(fixture.text);
      const spans = [
        ...fixture.analysis.names,
        ...fixture.analysis.titles,
        ...fixture.analysis.dates,
        ...fixture.analysis.events.map((event) => event.cue),
        ...fixture.analysis.statements.map((statement) => statement.evidence),
      ];
      for (const span of spans) expect(points.slice(span.start, span.end).join('')).toBe(span.text);
    });
  });
});
