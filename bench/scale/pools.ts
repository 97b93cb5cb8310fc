/**
 * The standing cast of the synthetic graph, written before any synthetic article: countries with
 * their capitals, regions, ministries and embassies; people with their positions; sectors, topics
 * and initiatives. Sizes grow with the relationship budget, so hubs grow with the graph.
 */
import type { GraphNode, GraphRelationship } from '../../src/graph/model';
import { madeUpName, slugOf, type SeededRandom } from './random';
import {
  ARTICLE_HUBS,
  ARTICLE_MINISTRIES,
  entityNode,
  entityRef,
  relationship,
  type SyntheticChunk,
} from './synthetic-graph';

export interface Pools {
  /** Synthetic countries only: every story has one of them on one side. */
  syntheticCountries: string[];
  /** Every country's name by id, the article's included. */
  nameOf: Map<string, string>;
  capitalOf: Map<string, string>;
  ministryOf: Map<string, string>;
  peopleOf: Map<string, string[]>;
  sectors: string[];
  topics: string[];
  initiatives: string[];
  chunk: SyntheticChunk;
}

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(high, Math.round(value)));

/** How big each pool is for a budget of synthetic relationships. */
export function poolSizes(budget: number) {
  return {
    countries: clamp(budget / 4_000, 8, 190),
    regions: 6,
    sectors: clamp(budget / 25_000, 4, 40),
    topics: clamp(budget / 50_000, 3, 20),
    people: clamp(budget / 60, 20, 20_000),
  };
}

const TITLES = [
  'Minister of Foreign Affairs',
  'Deputy Minister of Foreign Affairs',
  'Ambassador',
  'Minister of Trade',
  'Special Envoy',
  'Director of Bilateral Cooperation',
];

/** Real countries take a share of the people, so their hubs grow too. */
const PEOPLE_SHARE: Readonly<Record<string, number>> = {
  'country:rwanda': 0.08,
  'country:kazakhstan': 0.05,
  'country:turkiye': 0.02,
};

export function buildPools(random: SeededRandom, budget: number): Pools {
  const sizes = poolSizes(budget);
  const nodes: GraphNode[] = [];
  const relationships: GraphRelationship[] = [];
  const rel = (...args: Parameters<typeof relationship>) => relationships.push(relationship(...args));

  const regions: string[] = [...ARTICLE_HUBS.Place.filter((id) => id !== 'place:astana')];
  for (let index = 1; index <= sizes.regions; index++) {
    const name = `${madeUpName(random)} Region`;
    const node = entityNode('Place', `${slugOf(name)}-${index}`, { name }, { kind: 'region' });
    nodes.push(node);
    regions.push(node.id);
  }

  const syntheticCountries: string[] = [];
  const nameOf = new Map<string, string>([
    ['country:rwanda', 'Rwanda'],
    ['country:kazakhstan', 'Kazakhstan'],
    ['country:turkiye', 'Türkiye'],
  ]);
  const capitalOf = new Map<string, string>([['country:kazakhstan', 'place:astana']]);
  const ministryOf = new Map<string, string>(Object.entries(ARTICLE_MINISTRIES));
  for (let index = 1; index <= sizes.countries; index++) {
    const name = `${madeUpName(random)}ia`;
    const slug = `${slugOf(name)}-${index}`;
    const country = entityNode('Country', slug, { name });
    const capital = entityNode(
      'Place',
      `${slug}-capital`,
      { name: `${madeUpName(random)} City` },
      { kind: 'city' },
    );
    const ministry = entityNode(
      'Organization',
      `${slug}-ministry-of-foreign-affairs`,
      { name: `Ministry of Foreign Affairs of ${name}` },
      { kind: 'ministry' },
      ['Ministry'],
    );
    nodes.push(country, capital, ministry);
    rel('LOCATED_IN', entityRef(country.id), entityRef(random.pick(regions)));
    rel('LOCATED_IN', entityRef(capital.id), entityRef(country.id));
    rel('BELONGS_TO', entityRef(ministry.id), entityRef(country.id));
    rel('LOCATED_IN', entityRef(ministry.id), entityRef(capital.id));
    syntheticCountries.push(country.id);
    nameOf.set(country.id, name);
    capitalOf.set(country.id, capital.id);
    ministryOf.set(country.id, ministry.id);
  }

  const allCountries = [...ARTICLE_HUBS.Country, ...syntheticCountries];
  // Embassies: each synthetic country has one in a real or synthetic country, covering a third.
  for (const country of syntheticCountries) {
    const host = random.pick(allCountries.filter((id) => id !== country));
    const embassy = entityNode(
      'Organization',
      `${country.slice('country:'.length)}-embassy-${host.slice('country:'.length)}`,
      { name: `Embassy of ${nameOf.get(country)!} in ${nameOf.get(host)!}` },
      { kind: 'embassy' },
      ['Embassy'],
    );
    nodes.push(embassy);
    rel('BELONGS_TO', entityRef(embassy.id), entityRef(country));
    rel('LOCATED_IN', entityRef(embassy.id), entityRef(host));
    rel('ACCREDITED_TO', entityRef(embassy.id), entityRef(random.pick(allCountries)));
  }

  const sectors: string[] = [...ARTICLE_HUBS.Sector];
  for (let index = 1; index <= sizes.sectors; index++) {
    const name = `${madeUpName(random).toLowerCase()} industry`;
    const node = entityNode('Sector', `${slugOf(name)}-${index}`, { name });
    nodes.push(node);
    sectors.push(node.id);
  }
  const topics: string[] = [...ARTICLE_HUBS.Topic];
  for (let index = 1; index <= sizes.topics; index++) {
    const name = `${madeUpName(random).toLowerCase()} question`;
    const node = entityNode('Topic', `${slugOf(name)}-${index}`, { name });
    nodes.push(node);
    topics.push(node.id);
  }
  const initiatives: string[] = [...ARTICLE_HUBS.Initiative];
  syntheticCountries.forEach((country, index) => {
    if (index % 2 !== 0) return;
    const name = `${madeUpName(random)} Digital Programme`;
    const node = entityNode(
      'Initiative',
      `${slugOf(name)}-${index}`,
      { name },
      { kind: 'government_programme' },
    );
    nodes.push(node);
    initiatives.push(node.id);
    rel('BELONGS_TO', entityRef(node.id), entityRef(country));
    rel('LOCATED_IN', entityRef(node.id), entityRef(capitalOf.get(country)!));
  });

  const peopleOf = new Map<string, string[]>(allCountries.map((id) => [id, []]));
  for (let index = 1; index <= sizes.people; index++) {
    // Every country gets someone first; then the real countries take their share.
    const country =
      index <= allCountries.length ? allCountries[index - 1]! : countryForPerson(random, syntheticCountries);
    const name = `${madeUpName(random)} ${madeUpName(random)}`;
    const slug = `${slugOf(name)}-${index}`;
    const title = random.pick(TITLES);
    const person = entityNode('Person', slug, { name, aliases: [name, name.split(' ')[1]!] });
    const position = entityNode('Position', `${slug}-${slugOf(title)}`, {
      name: title,
      nameEn: `${title} of ${nameOf.get(country)!}`,
    });
    position.properties = { ...position.properties, title };
    nodes.push(person, position);
    rel('HOLDS_POSITION', entityRef(person.id), entityRef(position.id));
    rel('POSITION_OF', entityRef(position.id), entityRef(ministryOf.get(country) ?? country));
    peopleOf.get(country)!.push(person.id);
  }
  return {
    syntheticCountries,
    nameOf,
    capitalOf,
    ministryOf,
    peopleOf,
    sectors,
    topics,
    initiatives,
    chunk: { nodes, relationships },
  };
}

function countryForPerson(random: SeededRandom, syntheticCountries: readonly string[]): string {
  let roll = random.next();
  for (const [country, share] of Object.entries(PEOPLE_SHARE)) {
    if (roll < share) return country;
    roll -= share;
  }
  return random.pick(syntheticCountries);
}
