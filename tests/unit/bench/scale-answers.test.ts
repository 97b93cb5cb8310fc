import { median, percentile } from '../../../bench/scale/measure';
import {
  canonicalSearch,
  canonicalSubgraph,
  fromApi,
  fromNeo4jGraphQL,
  stableJson,
} from '../../../bench/scale/questions';

const apiBilateral = {
  bilateralRelation: {
    nameEn: 'Kazakhstan–Rwanda relations',
    since: { value: '2012', text: 'mu mwaka wa 2012', establishedBy: { nameEn: 'Establishment' } },
    timeline: [
      { nameEn: 'Talks', status: 'ONGOING', time: null, cameo: { code: '046', label: 'Negotiate' } },
      {
        nameEn: 'Visit',
        status: 'PLANNED',
        time: {
          text: '28–29 Gicurasi',
          value: '2025-05-28/2025-05-29',
          precision: 'day',
          yearInferred: true,
        },
        cameo: null,
      },
    ],
    sectors: [{ subject: { nameEn: 'trade' }, eventCount: 2 }],
    initiatives: [],
    people: [
      {
        person: { name: 'Paul Kagame', positions: [{ position: { nameEn: 'President' } }] },
        roles: ['visitor', 'participant'],
      },
    ],
    agreements: [
      { nameEn: 'Agreements', state: 'UNDER_NEGOTIATION', negotiationLevels: ['ministry', 'embassy'] },
    ],
  },
};

const libraryBilateral = {
  bilateralRelations: [
    {
      nameEn: 'Kazakhstan–Rwanda relations',
      since: '2012',
      sinceText: 'mu mwaka wa 2012',
      establishedBy: [{ nameEn: 'Establishment' }],
      timeline: [
        {
          nameEn: 'Visit',
          status: 'planned',
          timeText: '28–29 Gicurasi',
          timeValue: '2025-05-28/2025-05-29',
          timePrecision: 'day',
          yearInferred: true,
          cameoCode: null,
          cameoLabel: null,
        },
        {
          nameEn: 'Talks',
          status: 'ongoing',
          timeText: null,
          timeValue: null,
          timePrecision: null,
          yearInferred: null,
          cameoCode: '046',
          cameoLabel: 'Negotiate',
        },
      ],
      sectors: [{ subject: { nameEn: 'trade' }, eventCount: 2 }],
      initiatives: [],
      people: [{ name: 'Paul Kagame', positions: ['President'], roles: ['participant', 'visitor'] }],
    },
  ],
  countries: [
    {
      agreements: [
        { nameEn: 'Agreements', state: 'under_negotiation', negotiationLevels: ['embassy', 'ministry'] },
      ],
    },
  ],
};

describe('the answers of the scale benchmark in canonical form', () => {
  it('when the API and @neo4j/graphql give the same view in their own shapes and orders, then the canonical forms are equal', () => {
    expect(stableJson(fromApi('bilateral view', apiBilateral))).toBe(
      stableJson(fromNeo4jGraphQL('bilateral view', libraryBilateral)),
    );
  });

  it('when one event has another status, then the canonical forms differ', () => {
    const changed = structuredClone(libraryBilateral);
    changed.bilateralRelations[0]!.timeline[0]!.status = 'occurred';
    expect(stableJson(fromApi('bilateral view', apiBilateral))).not.toBe(
      stableJson(fromNeo4jGraphQL('bilateral view', changed)),
    );
  });

  it('when edges come in another order with the basis in another case, then the subgraphs are equal', () => {
    const edge = (id: string, basis: string) => ({ id, type: 'ABOUT', source: 'a', target: id, basis });
    const nodes = [{ id: 'a', type: 'Person', displayName: 'A' }];
    expect(
      stableJson(
        canonicalSubgraph({
          truncated: false,
          nodes,
          edges: [edge('x', 'ARTICLE'), edge('y', 'BACKGROUND')],
        }),
      ),
    ).toBe(
      stableJson(
        canonicalSubgraph({
          truncated: false,
          nodes,
          edges: [edge('y', 'background'), edge('x', 'article')],
        }),
      ),
    );
  });

  it('when hits tie on score, then they are ordered by id and scores are rounded', () => {
    const hit = (id: string, score: number) => ({ id, name: id, nameEn: null, aliases: [], score });
    expect(canonicalSearch([hit('b', 1.000001), hit('a', 1), hit('c', 2)]).map((h) => h.id)).toEqual([
      'c',
      'a',
      'b',
    ]);
  });

  it('when latencies are summarised, then the nearest-rank percentile and the median are taken', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(percentile(values, 0.5)).toBe(5);
    expect(percentile(values, 0.99)).toBe(10);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });
});
