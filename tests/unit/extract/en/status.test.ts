import { analyse } from './support';

const statusOf = (text: string) => {
  const [event] = analyse(text).events;
  return (
    event?.status && { value: event.status.value, words: event.status.words.text, rule: event.status.rule }
  );
};

describe('English event status', () => {
  it('when the verb is future (`will visit`), then the event is planned and `will visit` is kept', () => {
    expect(statusOf('The president will visit Ghana in July 2025.')).toEqual({
      value: 'planned',
      words: 'will visit',
      rule: 'en.status.planned',
    });
  });

  it('when `is expected to`, `plans to` or `agreed to` come before the verb, then the event is planned', () => {
    expect(statusOf('The minister is expected to visit Accra.')).toMatchObject({
      value: 'planned',
      words: 'is expected to visit',
    });
    expect(statusOf('Ghana plans to sign the agreement.')).toMatchObject({
      value: 'planned',
      words: 'plans to sign',
    });
    expect(statusOf('The two ministers agreed to meet again in Doha.')).toMatchObject({
      value: 'planned',
      words: 'agreed to meet',
    });
  });

  it('when the visit is scheduled, then it is planned by the verb it is the subject of', () => {
    expect(statusOf('The visit to Accra is scheduled for 2 June 2025.')).toMatchObject({
      value: 'planned',
      words: 'is scheduled',
    });
  });

  it('when the verb is past (`met`, `signed`), then the event occurred', () => {
    expect(statusOf('Ama Owusu met Ali Hamad in Accra.')).toEqual({
      value: 'occurred',
      words: 'met',
      rule: 'en.status.past-tense',
    });
    expect(statusOf('Ghana and Qatar signed an agreement.')).toMatchObject({
      value: 'occurred',
      words: 'signed',
    });
  });

  it('when a noun cue is the object of a past verb, then the event occurred and the words run to the noun', () => {
    expect(statusOf('Ama Owusu held a phone call with Ali Hamad.')).toMatchObject({
      value: 'occurred',
      words: 'held a phone call',
    });
  });

  it('when a participle follows the noun (`talks held`), then the event occurred', () => {
    expect(statusOf('Ghana and Qatar reviewed ties during talks held in Doha.')).toMatchObject({
      value: 'occurred',
      words: 'talks held',
      rule: 'en.status.past-participle',
    });
  });

  it('when talks `are continuing` or `are being negotiated`, then they are ongoing, even reported in the past', () => {
    expect(statusOf('Talks on a visa waiver are continuing.')).toMatchObject({
      value: 'ongoing',
      words: 'are continuing',
    });
    expect(statusOf('Ama Owusu said talks on trade were continuing.')).toMatchObject({
      value: 'ongoing',
      words: 'were continuing',
    });
    expect(statusOf('A trade agreement is being negotiated.')).toMatchObject({
      value: 'ongoing',
      words: 'is being negotiated',
    });
  });

  it('when a visit was postponed, then it is postponed, and the marking words are kept', () => {
    expect(statusOf('A visit to Doha, planned for May, has been postponed.')).toEqual({
      value: 'postponed',
      words: 'has been postponed',
      rule: 'en.status.postponed',
    });
  });

  it('when a postponed visit is given a new time, then it is planned again', () => {
    expect(
      statusOf('The visit to Doha was postponed, and it will now take place in September 2025.'),
    ).toEqual({
      value: 'planned',
      words: 'will now take place',
      rule: 'en.status.rescheduled',
    });
  });

  it('when a meeting was cancelled, then it is cancelled', () => {
    expect(statusOf('The meeting in Doha was cancelled.')).toMatchObject({
      value: 'cancelled',
      words: 'was cancelled',
    });
  });

  it('when nothing marks the time of a noun cue, then there is no status', () => {
    expect(statusOf('A visit to Doha.')).toBeUndefined();
  });
});
