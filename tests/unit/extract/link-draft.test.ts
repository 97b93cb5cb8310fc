import type { DraftExtraction } from '../../../src/extract/draft/draft-types';
import type { KnownEntity } from '../../../src/extract/link/known-entities';
import { linkDraft } from '../../../src/extract/link/link-draft';
import { scoreName } from '../../../src/names/match-names';

const known: KnownEntity[] = [
  { id: 'country:rwanda', kind: 'Country', names: ['Rwanda', 'u Rwanda'] },
  { id: 'person:paul-kagame', kind: 'Person', names: ['Paul Kagame', 'Kagame'] },
  { id: 'person:murat-nurtleu', kind: 'Person', names: ['Murat Nurtleu'] },
  { id: 'person:kassym-jomart-tokayev', kind: 'Person', names: ['Kassym-Jomart Tokayev'] },
  { id: 'person:jean-kagame', kind: 'Person', names: ['Jean Kagame'] },
];

const person = (id: string, name: string) => ({
  id,
  name,
  nameEn: name,
  mentions: [{ start: 0, end: name.length, text: name }],
  review: 'draft' as const,
  rule: 'test',
  confidence: 0.7,
});

function draftWith(
  people: ReturnType<typeof person>[],
  countries: ReturnType<typeof person>[] = [],
): DraftExtraction {
  return {
    article: 'test',
    countries,
    people,
    organizations: [],
    places: [],
    initiatives: [],
    sectors: [],
    positions: [],
    events: [
      {
        id: 'event:meeting',
        kind: 'meeting',
        name: 'yahuye na',
        nameEn: 'Meeting',
        status: 'occurred',
        statusEvidence: [{ start: 0, end: 4, text: 'met.' }],
        evidence: [{ start: 0, end: 4, text: 'met.' }],
        participants: people.map((p) => ({
          actor: p.id,
          role: 'participant' as const,
          evidence: [p.mentions[0]!],
        })),
      },
    ],
  };
}

describe('linking drafted names to the graph', () => {
  it('when a name matches once particles and diacritics are set aside, then it links with score 1', () => {
    const linked = linkDraft(draftWith([], [person('country:u-rwanda', 'y’u Rwanda')]), known);
    expect(linked.countries[0]).toMatchObject({
      id: 'country:rwanda',
      link: { decision: 'existing', candidate: 'country:rwanda', score: 1, rule: 'link.same-name' },
    });
  });

  it('when a person appears with fewer given names, then the surname and name parts link them, and references follow', () => {
    const linked = linkDraft(draftWith([person('person:tokayev', 'Tokayev')]), known);
    expect(linked.people[0]).toMatchObject({
      id: 'person:kassym-jomart-tokayev',
      link: { decision: 'existing', score: 0.9 },
    });
    expect(linked.events[0]!.participants![0]!.actor).toBe('person:kassym-jomart-tokayev');
  });

  it('when a name is misspelt by one letter, then it links by spelling with a score below 1', () => {
    const match = scoreName(['Murat Nurtlew'], known[2]!);
    expect(match?.rule).toBe('link.spelling');
    expect(match!.score).toBeGreaterThan(0.9);
    expect(match!.score).toBeLessThan(1);
  });

  it('when two known people share a surname, then a different given name does not merge them', () => {
    const linked = linkDraft(draftWith([person('person:marie-kagame', 'Marie Kagame')]), known);
    expect(linked.people[0]!.id).toBe('person:marie-kagame');
    expect(linked.people[0]!.link?.decision).toBe('new');
    expect(linked.people[0]!.link?.score).toBeLessThan(0.8);
  });

  it('when nothing is close, then the name is new and says so', () => {
    const linked = linkDraft(draftWith([person('person:amina-diallo', 'Amina Diallo')]), known);
    expect(linked.people[0]!.link?.decision).toBe('new');
  });

  it('when two drafted items match the same known entity, then only the first links to it', () => {
    const linked = linkDraft(
      draftWith([person('person:kagame', 'Kagame'), person('person:paul-kagame-2', 'Paul Kagame')]),
      known,
    );
    expect(linked.people.map((p) => p.link?.decision)).toEqual(['existing', 'new']);
  });
});

describe('linking when a surname alone cannot decide', () => {
  it('when a bare surname fits two known people equally, then neither is taken and the draft names both', () => {
    const twoAmbassadors: KnownEntity[] = [
      { id: 'person:alice-uwase', kind: 'Person', names: ['Alice Uwase'] },
      { id: 'person:bella-uwase', kind: 'Person', names: ['Bella Uwase'] },
    ];
    const linked = linkDraft(draftWith([person('person:uwase', 'Uwase')]), twoAmbassadors);
    expect(linked.people[0]).toMatchObject({
      id: 'person:uwase',
      link: { decision: 'new', rule: 'link.ambiguous:person:alice-uwase|person:bella-uwase' },
    });
  });
});
