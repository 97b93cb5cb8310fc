import type { EntityKind } from '../../graph/model';
import type { Extraction } from '../extraction-schema';

/**
 * Entity resolution across articles, at load time: which items of different articles are one
 * person, one country, one event. The input is every article the graph holds; the result maps
 * each article's own ids to the graph's ids, and says for each item which rule decided and how
 * sure it was. It is a pure function of its input, whatever the order of the articles.
 */

export interface ArticleForResolution {
  articleId: string;
  /** ISO date, or null when the article does not say (such claims sort first: oldest). */
  publishedOn: string | null;
  /** The validated extraction, drafts already left out or kept as the load asked. */
  extraction: Extraction;
}

/**
 * A reviewed overrides file (data/resolution/overrides.yaml) that always wins. A reference is
 * `<article id>#<local id>` for one article's item, or a bare local id for that id in every
 * article.
 */
export interface ResolutionOverrides {
  same: readonly (readonly [string, string])[];
  different: readonly (readonly [string, string])[];
}

export interface ResolvedItem {
  articleId: string;
  /** The id the article's extraction uses. */
  localId: string;
  kind: EntityKind;
  /** The id in the graph: shared by every item resolved to the same thing. */
  canonicalId: string;
  /**
   * Why it is there: `canonical` for the item whose id the graph uses, otherwise the rule that
   * joined it (`same-id`, `same-name`, `person.name-parts`, `spelling`, `event.same-occasion`,
   * `override.same`…).
   *
   * In full (src/ingest/resolve/): `canonical` (1) is the earliest item carrying the group's id
   * (or its earliest item when none does: a relation named after its countries, an id suffixed
   * `-2` after a `different` split); other items with that local id are `same-id` (1) with it.
   * Any other item has the rule of the join that reached it: `override.same` (1), `same-id` (1),
   * `same-name` (1), `person.name-parts` (0.9), `spelling` (1 − edit distance / length, ≥ 0.85),
   * `position.same-title` (1), `event.same-occasion` (mean agreement of kind, dates,
   * participants and place), `event.relations-established` (1), `relation.same-countries` (1).
   */
  rule: string;
  /** How sure the joining rule was, 0 to 1 (1 for `canonical`, `same-id` and overrides). */
  score: number;
  /** The item it was compared with when it joined, if any (`<article id>#<local id>`). */
  matchedWith?: string;
  /**
   * Things it could be but was not joined to, because its name (a bare surname) or its facts (an
   * undated event) fit several that are not one another: their canonical ids, for a reviewer to
   * settle with an override.
   */
  ambiguousWith?: string[];
}

/** A thing the graph holds once, with the names its articles give it. */
export interface CanonicalEntity {
  id: string;
  kind: EntityKind;
  /** The name most articles use (ties: the earliest article), and its English name. */
  name: string;
  nameEn: string;
}

export interface ResolutionProblem {
  reason: string;
  /** The override references the problem is about, as written in the overrides file. */
  refs?: string[];
}

export interface Resolution {
  items: ResolvedItem[];
  entities: CanonicalEntity[];
  /** Override conflicts (a same and a different that cannot both hold, a same across kinds). */
  problems: ResolutionProblem[];
}

/** `<article id>#<local id>`, the way overrides and decisions name one article's item. */
export function itemRef(articleId: string, localId: string): string {
  return `${articleId}#${localId}`;
}
