import { analyse } from './analyse-helper';

const statusOf = (text: string) => {
  const [event] = analyse(text).events;
  return (
    event?.status && { value: event.status.value, words: event.status.words.text, rule: event.status.rule }
  );
};

describe('status from tense and aspect', () => {
  it('when the visit is awaited (`ategerejwe`), then it is planned, with the word that says so', () => {
    expect(statusOf('Umwami wa Maroc ategerejwe mu ruzinduko i Kigali.')).toEqual({
      value: 'planned',
      words: 'ategerejwe',
      rule: 'rw.status.planned.word',
    });
  });

  it('when the verb is in the future (`azagirira`, `biteganyijwe`), then it is planned', () => {
    expect(statusOf('Minisitiri azagirira uruzinduko muri Zambiya.')?.value).toBe('planned');
    expect(statusOf('Biteganyijwe ko bazahura n’abashoramari.')?.value).toBe('planned');
  });

  it('when a regular future form is not listed (`bazaganira`), then the `-za-` pattern still finds it, trusted less', () => {
    const [event] = analyse('Abaminisitiri bazakomereza ibiganiro i Kampala.').events;
    expect(event?.status).toMatchObject({
      value: 'planned',
      words: { text: 'bazakomereza' },
      rule: 'rw.status.planned.pattern',
    });
    expect(event!.status!.confidence).toBeLessThan(0.85);
  });

  it('when the verb is perfective (`yahuye`, `bashyize umukono`), then it occurred', () => {
    expect(statusOf('Perezida yahuye na Minisitiri w’Intebe wa Ethiopia.')).toMatchObject({
      value: 'occurred',
      words: 'yahuye na',
    });
    expect(statusOf('Ibihugu byombi bashyize umukono ku masezerano.')).toMatchObject({
      value: 'occurred',
      words: 'bashyize umukono',
    });
  });

  it('when talks go on (`birakomeje`) or are being held (`ari kuganirwaho`), then they are ongoing', () => {
    expect(statusOf('Ibiganiro ku bucuruzi birakomeje.')).toMatchObject({
      value: 'ongoing',
      words: 'birakomeje',
    });
    expect(statusOf('Ibiganiro ari kuganirwaho n’impande zombi.')).toMatchObject({ value: 'ongoing' });
  });

  it('when the sentence says the visit was postponed, then that wins over the planning words in it', () => {
    expect(statusOf('Uruzinduko Minisitiri yari kugirira i Abuja ku wa 3 Werurwe 2025 rwasubitswe.')).toEqual(
      { value: 'postponed', words: 'rwasubitswe', rule: 'rw.status.postponed.word.sentence' },
    );
  });

  it('when nothing marks the tense, then the status is left out', () => {
    expect(statusOf('Uruzinduko rw’Umwami i Rabat.')).toBeUndefined();
  });
});
