import { article, itemOf, resolve, together, withCountries, type ArticleBuilder } from './build-article';

/** Two ministers and two cities every article can name. */
function cast(id: string, date: string | null): ArticleBuilder {
  return withCountries(article(id, date))
    .person('person:kwabena-asante-mensah', 'Kwabena Asante-Mensah')
    .person('person:yvette-mukankusi', 'Yvette Mukankusi')
    .person('person:jean-paul-habimana', 'Jean-Paul Habimana')
    .place('place:kigali', 'Kigali')
    .place('place:huye', 'Huye');
}
const ministers = [
  'person:kwabena-asante-mensah',
  'person:yvette-mukankusi',
  'country:ghana',
  'country:rwanda',
];

describe('resolving events across articles', () => {
  it('when a visit planned for 28–29 May is later reported as 27–29 May, then it is one event', () => {
    const resolution = resolve([
      cast('a1', '2025-05-25').event('event:2025-05-28-visit', {
        kind: 'visit',
        status: 'planned',
        time: ['2025-05-28/2025-05-29', 'day'],
        participants: ministers,
        places: ['place:kigali'],
      }),
      cast('a2', '2025-05-28').event('event:2025-05-27-visit', {
        kind: 'working_visit',
        time: ['2025-05-27/2025-05-29', 'day'],
        participants: ['person:kwabena-asante-mensah', 'country:ghana', 'country:rwanda'],
        places: ['place:kigali'],
      }),
    ]);
    const later = itemOf(resolution, 'a2#event:2025-05-27-visit');
    expect(later.canonicalId).toBe(itemOf(resolution, 'a1#event:2025-05-28-visit').canonicalId);
    expect(['event.same-occasion', 'canonical']).toContain(later.rule);
    const joined = [later, itemOf(resolution, 'a1#event:2025-05-28-visit')].find(
      (item) => item.rule !== 'canonical',
    )!;
    expect(joined.rule).toBe('event.same-occasion');
    // kind family 0.8, dates overlap 1, participants 3 of 4, same place 1.
    expect(joined.score).toBeCloseTo((0.8 + 1 + 0.75 + 1) / 4, 2);
  });

  it('when the same meeting is placed in Kigali by one article and in Huye by another, then it is one event', () => {
    const resolution = resolve([
      cast('a1', '2025-05-29').event('event:meeting-kigali', {
        time: ['2025-05-28', 'day'],
        participants: ministers,
        places: ['place:kigali'],
      }),
      cast('a2', '2025-05-30').event('event:meeting-huye', {
        kind: 'ministerial_meeting',
        time: ['2025-05-28', 'day'],
        participants: ministers,
        places: ['place:huye'],
      }),
    ]);
    expect(itemOf(resolution, 'a2#event:meeting-huye')).toMatchObject({
      canonicalId: 'event:meeting-huye',
      rule: 'canonical',
    });
    expect(itemOf(resolution, 'a1#event:meeting-kigali')).toMatchObject({
      canonicalId: 'event:meeting-huye',
      rule: 'event.same-occasion',
      score: (0.8 + 1 + 1 + 0) / 4,
    });
  });

  it('when two meetings of the same people are months apart, then they are two events', () => {
    const resolution = resolve([
      cast('a1', '2025-05-29').event('event:may-meeting', {
        time: ['2025-05', 'month'],
        participants: ministers,
      }),
      cast('a2', '2025-07-30').event('event:july-meeting', {
        time: ['2025-07-02', 'day'],
        participants: ministers,
      }),
    ]);
    expect(together(resolution, 'a1#event:may-meeting', 'a2#event:july-meeting')).toBe(false);
  });

  it('when a visitor meets one minister on one day and another the next, then they are two meetings', () => {
    const resolution = resolve([
      cast('a1', '2025-05-29').event('event:meeting-mukankusi', {
        time: ['2025-05-28', 'day'],
        participants: ['person:kwabena-asante-mensah', 'person:yvette-mukankusi'],
      }),
      cast('a2', '2025-05-30').event('event:meeting-habimana', {
        time: ['2025-05-29', 'day'],
        participants: ['person:kwabena-asante-mensah', 'person:jean-paul-habimana'],
      }),
    ]);
    expect(together(resolution, 'a1#event:meeting-mukankusi', 'a2#event:meeting-habimana')).toBe(false);
  });

  it('when a visit and a meeting share people, place and days, then they stay two events', () => {
    const resolution = resolve([
      cast('a1', '2025-05-29').event('event:visit', {
        kind: 'visit',
        time: ['2025-05-28', 'day'],
        participants: ministers,
      }),
      cast('a2', '2025-05-30').event('event:meeting', {
        time: ['2025-05-28', 'day'],
        participants: ministers,
      }),
    ]);
    expect(together(resolution, 'a1#event:visit', 'a2#event:meeting')).toBe(false);
  });

  it('when an undated meeting fits two dated ones months apart, then it joins neither and says so', () => {
    const resolution = resolve([
      cast('a1', '2025-05-29').event('event:may', { time: ['2025-05-28', 'day'], participants: ministers }),
      cast('a2', '2025-09-30').event('event:september', {
        time: ['2025-09-28', 'day'],
        participants: ministers,
      }),
      cast('a3', '2025-10-01').event('event:undated', { participants: ministers }),
    ]);
    const undated = itemOf(resolution, 'a3#event:undated');
    expect(undated.canonicalId).toBe('event:undated');
    expect(undated.ambiguousWith).toEqual(['event:may', 'event:september']);
    expect(together(resolution, 'a1#event:may', 'a2#event:september')).toBe(false);
  });

  it('when diplomatic relations are dated 2009 by one article and 2011 by another, then it is one event', () => {
    const started = (id: string, date: string, eventId: string, year: string) =>
      withCountries(article(id, date))
        .event(eventId, { kind: 'diplomatic_relations_established', time: [year, 'year'] })
        .relation(['country:ghana', 'country:rwanda'], { establishedBy: eventId });
    const resolution = resolve([
      started('a1', '2025-05-25', 'event:2009-relations', '2009'),
      started('a2', '2025-05-30', 'event:2011-relations', '2011'),
    ]);
    expect(itemOf(resolution, 'a2#event:2011-relations')).toMatchObject({
      canonicalId: 'event:2009-relations',
      rule: 'event.relations-established',
      score: 1,
    });
  });
});
