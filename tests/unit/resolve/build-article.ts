import type { ExtractedEvent, Extraction, Span } from '../../../src/ingest/extraction-schema';
import { resolveArticles } from '../../../src/ingest/resolve/resolve-articles';
import type {
  ArticleForResolution,
  Resolution,
  ResolutionOverrides,
  ResolvedItem,
} from '../../../src/ingest/resolve/resolution';

/**
 * Small extractions written in code for the resolver's tests: only what resolution reads, with
 * placeholder spans (the resolver never looks at offsets).
 */
const span = (text = 'x'): Span => ({ start: 0, end: text.length, text });
const spans = (text?: string) => [span(text)];

export function emptyExtraction(article: string): Extraction {
  return {
    article,
    countries: [],
    people: [],
    organizations: [],
    places: [],
    initiatives: [],
    sectors: [],
    topics: [],
    positions: [],
    events: [],
    agreements: [],
    commitments: [],
    statements: [],
    relations: [],
    facts: [],
  };
}

interface EventSpec {
  kind?: ExtractedEvent['kind'];
  status?: ExtractedEvent['status'];
  /** `[value, precision]`, as in extraction.yaml. */
  time?: [string, 'day' | 'month' | 'year'];
  participants?: string[];
  places?: string[];
  name?: string;
}

export class ArticleBuilder {
  readonly extraction: Extraction;

  constructor(
    readonly articleId: string,
    readonly publishedOn: string | null,
  ) {
    this.extraction = emptyExtraction(articleId);
  }

  country(id: string, name: string, nameEn = name): this {
    this.extraction.countries.push({ id, name, nameEn, mentions: spans(name) });
    return this;
  }

  person(id: string, name: string, nameEn = name): this {
    this.extraction.people.push({ id, name, nameEn, mentions: spans(name) });
    return this;
  }

  place(id: string, name: string): this {
    this.extraction.places.push({ id, kind: 'city', name, nameEn: name, mentions: spans(name) });
    return this;
  }

  organization(id: string, name: string, belongsTo?: string): this {
    this.extraction.organizations.push({ id, kind: 'ministry', name, nameEn: name, mentions: spans(name) });
    if (belongsTo) this.fact('BELONGS_TO', id, belongsTo);
    return this;
  }

  /** A position, its holder (HOLDS_POSITION) and whose office it is (POSITION_OF). */
  office(holder: string, id: string, titleEn: string, of?: string, title = titleEn): this {
    if (!this.extraction.positions.some((position) => position.id === id))
      this.extraction.positions.push({ id, title, titleEn, evidence: spans(title) });
    this.fact('HOLDS_POSITION', holder, id);
    if (of) this.fact('POSITION_OF', id, of);
    return this;
  }

  event(id: string, spec: EventSpec): this {
    const status = spec.status ?? 'occurred';
    this.extraction.events.push({
      id,
      kind: spec.kind ?? 'meeting',
      name: spec.name ?? id,
      nameEn: spec.name ?? id,
      status,
      ...(status === 'unknown' ? {} : { statusEvidence: spans() }),
      ...(spec.time
        ? { time: { text: span(), value: spec.time[0], precision: spec.time[1], yearInferred: false } }
        : {}),
      evidence: spans(),
      participants: (spec.participants ?? []).map((actor) => ({
        actor,
        role: 'participant' as const,
        evidence: spans(),
      })),
      places: (spec.places ?? []).map((place) => ({ place, evidence: spans() })),
    });
    return this;
  }

  relation(countries: [string, string], options: { id?: string; establishedBy?: string } = {}): this {
    const slugs = countries.map((country) => country.split(':')[1]).sort();
    this.extraction.relations.push({
      id: options.id ?? `relation:${slugs.join('--')}`,
      countries,
      name: `${slugs.join('–')} relations`,
      nameEn: `${slugs.join('–')} relations`,
      ...(options.establishedBy ? { establishedBy: options.establishedBy } : {}),
      evidence: spans(),
      events: [],
    });
    return this;
  }

  fact(type: Extraction['facts'][number]['type'], from: string, to: string): this {
    this.extraction.facts.push({ type, from, to, basis: 'article', evidence: spans() });
    return this;
  }

  build(): ArticleForResolution {
    return { articleId: this.articleId, publishedOn: this.publishedOn, extraction: this.extraction };
  }
}

export function article(id: string, publishedOn: string | null = null): ArticleBuilder {
  return new ArticleBuilder(id, publishedOn);
}

export const NO_OVERRIDES: ResolutionOverrides = { same: [], different: [] };

export function resolve(
  builders: readonly (ArticleBuilder | ArticleForResolution)[],
  overrides: ResolutionOverrides = NO_OVERRIDES,
): Resolution {
  const articles = builders.map((b) => (b instanceof ArticleBuilder ? b.build() : b));
  return resolveArticles({ articles, overrides });
}

/** The resolved item `<article id>#<local id>`; fails the test when there is none. */
export function itemOf(resolution: Resolution, ref: string): ResolvedItem {
  const found = resolution.items.find((item) => `${item.articleId}#${item.localId}` === ref);
  if (!found) throw new Error(`no resolved item ${ref}`);
  return found;
}

/** Whether two items were resolved to one thing. */
export function together(resolution: Resolution, a: string, b: string): boolean {
  return itemOf(resolution, a).canonicalId === itemOf(resolution, b).canonicalId;
}

/** A country pair every test article can share. */
export function withCountries(builder: ArticleBuilder): ArticleBuilder {
  return builder.country('country:rwanda', 'Rwanda').country('country:ghana', 'Ghana');
}

/** Every order of the values. */
export function permutations<T>(values: readonly T[]): T[][] {
  if (values.length <= 1) return [[...values]];
  return values.flatMap((value, index) =>
    permutations([...values.slice(0, index), ...values.slice(index + 1)]).map((rest) => [value, ...rest]),
  );
}
