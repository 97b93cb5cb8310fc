import { article, itemOf, resolve, together } from './build-article';

describe('reviewed overrides', () => {
  it('when a same override names two unrelated names, then they join with rule override.same', () => {
    const resolution = resolve(
      [article('a1').person('person:x', 'Marie Uwimana'), article('a2').person('person:y', 'Mary Wimana')],
      { same: [['a1#person:x', 'a2#person:y']], different: [] },
    );
    expect(itemOf(resolution, 'a2#person:y')).toMatchObject({
      canonicalId: 'person:x',
      rule: 'override.same',
      score: 1,
      matchedWith: 'a1#person:x',
    });
    expect(resolution.problems).toEqual([]);
  });

  it('when a different override names a pair the rules would join, then they stay apart', () => {
    const resolution = resolve(
      [
        article('a1').person('person:kagame', 'Paul Kagame'),
        article('a2').person('person:kagame', 'Paul Kagame'),
      ],
      { same: [], different: [['a1#person:kagame', 'a2#person:kagame']] },
    );
    expect(together(resolution, 'a1#person:kagame', 'a2#person:kagame')).toBe(false);
    expect(itemOf(resolution, 'a2#person:kagame').canonicalId).toBe('person:kagame-2');
    expect(resolution.problems).toEqual([]);
  });

  it('when other items would bridge a different pair, then the whole groups are kept apart', () => {
    // a1 and a3 are different; a2 matches both by name, so it can join only one of them.
    const resolution = resolve(
      [
        article('a1').person('person:a', 'Paul Kagame'),
        article('a2').person('person:b', 'Paul Kagame'),
        article('a3').person('person:c', 'Paul Kagame'),
      ],
      { same: [], different: [['a1#person:a', 'a3#person:c']] },
    );
    expect(together(resolution, 'a1#person:a', 'a3#person:c')).toBe(false);
    expect(together(resolution, 'a1#person:a', 'a2#person:b')).toBe(true);
  });

  it('when a bare local id is given, then it means that id in every article', () => {
    const resolution = resolve(
      [
        article('a1').person('person:x', 'Alpha One'),
        article('a2').person('person:x', 'Alpha One'),
        article('a3').person('person:y', 'Beta Two'),
      ],
      { same: [['person:x', 'person:y']], different: [] },
    );
    expect(new Set(resolution.items.map((item) => item.canonicalId))).toEqual(new Set(['person:x']));
  });

  it('when a same and a different cannot both hold, then it is a problem naming them', () => {
    const resolution = resolve(
      [
        article('a1').person('person:x', 'A B'),
        article('a2').person('person:y', 'C D'),
        article('a3').person('person:z', 'E F'),
      ],
      {
        same: [
          ['a1#person:x', 'a2#person:y'],
          ['a2#person:y', 'a3#person:z'],
        ],
        different: [['a1#person:x', 'a3#person:z']],
      },
    );
    expect(resolution.problems).toHaveLength(1);
    expect(resolution.problems[0]!.reason).toContain('different [a1#person:x, a3#person:z] cannot hold');
    expect(resolution.problems[0]!.reason).toContain('[a1#person:x, a2#person:y]');
    expect(resolution.problems[0]!.reason).toContain('[a2#person:y, a3#person:z]');
  });

  it('when an override names an unknown item or joins two kinds, then each is a problem', () => {
    const resolution = resolve(
      [article('a1').person('person:x', 'A B').country('country:rwanda', 'Rwanda')],
      {
        same: [
          ['a1#person:x', 'a9#person:x'],
          ['person:x', 'country:rwanda'],
        ],
        different: [['person:nobody', 'person:x']],
      },
    );
    const reasons = resolution.problems.map((problem) => problem.reason);
    expect(reasons).toEqual([
      'override same [a1#person:x, a9#person:x]: a9#person:x names no item of any article',
      'override same [person:x, country:rwanda] joins items of different kinds (person and country)',
      'override different [person:nobody, person:x]: person:nobody names no item of any article',
    ]);
    expect(together(resolution, 'a1#person:x', 'a1#country:rwanda')).toBe(false);
  });
});
