import { nameWords, normaliseName } from '../../names/normalise-name';
import type { Extraction } from '../extraction-schema';
import { addTo } from './candidates';
import type { Groups } from './groups';
import { localItem, type Item, type ItemTable } from './resolution-items';

/**
 * What an article says around an item, as resolved groups: the countries a person holds office
 * for and the titles of those offices, the countries an organization belongs to. Rules use it to
 * tell apart two people who share a name, and to find one office across articles.
 */
export interface Context {
  /** Roots of the country groups. */
  countries: ReadonlySet<number>;
  /** Title keys (see `titleKeys`). */
  titles: ReadonlySet<string>;
}

export type ContextRelation = 'agrees' | 'disagrees' | 'silent';

/** Different countries of office disagree; a shared country or title agrees; otherwise silent. */
export function relateContexts(a: Context, b: Context): ContextRelation {
  const shares = <T>(x: ReadonlySet<T>, y: ReadonlySet<T>) => [...x].some((value) => y.has(value));
  if (a.countries.size > 0 && b.countries.size > 0 && !shares(a.countries, b.countries)) return 'disagrees';
  return shares(a.countries, b.countries) || shares(a.titles, b.titles) ? 'agrees' : 'silent';
}

export function contextKey(context: Context): string {
  return `${[...context.countries].sort((a, b) => a - b).join(',')}|${[...context.titles].sort().join(',')}`;
}

interface ArticleFacts {
  positionsOf: Map<string, string[]>;
  holdersOf: Map<string, string[]>;
  countriesOf: Map<string, string[]>;
  countryWords: Set<string>;
}

const TITLE_STOPWORDS = new Set(['of', 'the', 'and', 'for', 'to', 'in', 'on', 'at', 's', 'a', 'an']);

export class Contexts {
  private readonly cache = new Map<number, ArticleFacts>();

  constructor(
    private readonly table: ItemTable,
    private readonly groups: Groups,
  ) {}

  /** A person's offices in their article: the countries they serve and the titles. */
  person(item: Item): Context {
    const facts = this.facts(item.article);
    const countries = new Set<number>();
    const titles = new Set<string>();
    for (const position of facts.positionsOf.get(item.localId) ?? []) {
      const positionItem = localItem(this.table, item.article, position);
      if (!positionItem) continue;
      this.officeCountries(positionItem).forEach((root) => countries.add(root));
      this.titleKeys(positionItem).forEach((key) => titles.add(key));
    }
    return { countries, titles };
  }

  /** The countries an organization or initiative belongs to. */
  organization(item: Item): Context {
    return {
      countries: this.roots(item.article, this.facts(item.article).countriesOf.get(item.localId)),
      titles: new Set(),
    };
  }

  /** Whose office a position is: its countries and organizations, and the organizations' countries. */
  positionHolders(item: Item): Set<number> {
    const holders = this.roots(item.article, this.facts(item.article).holdersOf.get(item.localId));
    this.officeCountries(item).forEach((root) => holders.add(root));
    return holders;
  }

  /**
   * A title as written (normalised), and its English title without the names of the article's
   * countries and small words: `Minister of Foreign Affairs of Ghana` and `Ghana’s Minister of
   * Foreign Affairs` are both `minister foreign affairs`.
   */
  titleKeys(item: Item): string[] {
    const facts = this.facts(item.article);
    const english = nameWords(item.nameEn)
      .filter((word) => !TITLE_STOPWORDS.has(word) && !facts.countryWords.has(word))
      .join(' ');
    const keys = [`title:${normaliseName(item.name)}`];
    if (english) keys.push(`en:${english}`);
    return keys;
  }

  /** Countries a position is of: directly, or through the organization it is of. */
  private officeCountries(position: Item): Set<number> {
    const facts = this.facts(position.article);
    const countries = new Set<number>();
    for (const holder of facts.holdersOf.get(position.localId) ?? []) {
      const holderItem = localItem(this.table, position.article, holder);
      if (holderItem?.kind === 'Country') countries.add(this.groups.find(holderItem.index));
      for (const root of this.roots(position.article, facts.countriesOf.get(holder))) countries.add(root);
    }
    return countries;
  }

  private roots(article: number, localIds: readonly string[] | undefined): Set<number> {
    const roots = new Set<number>();
    for (const localId of localIds ?? []) {
      const found = localItem(this.table, article, localId);
      if (found) roots.add(this.groups.find(found.index));
    }
    return roots;
  }

  private facts(article: number): ArticleFacts {
    let facts = this.cache.get(article);
    if (!facts) {
      facts = indexFacts(this.table.articles[article]!.extraction);
      this.cache.set(article, facts);
    }
    return facts;
  }
}

function indexFacts(extraction: Extraction): ArticleFacts {
  const facts: ArticleFacts = {
    positionsOf: new Map(),
    holdersOf: new Map(),
    countriesOf: new Map(),
    countryWords: new Set(),
  };
  const countries = new Set(extraction.countries.map((country) => country.id));
  for (const fact of extraction.facts) {
    if (fact.type === 'HOLDS_POSITION') addTo(facts.positionsOf, fact.from, fact.to);
    if (fact.type === 'POSITION_OF') addTo(facts.holdersOf, fact.from, fact.to);
    if (fact.type === 'BELONGS_TO' && countries.has(fact.to)) addTo(facts.countriesOf, fact.from, fact.to);
  }
  for (const country of extraction.countries)
    for (const word of [...nameWords(country.name), ...nameWords(country.nameEn)])
      facts.countryWords.add(word);
  return facts;
}
