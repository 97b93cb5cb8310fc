import type { EntityKind } from '../../graph/model';
import { personNameWords } from '../../names/person-names';
import { applyOverrides } from './apply-overrides';
import { nameGroups } from './canonical';
import { bucketPairs, runCandidates } from './candidates';
import { eventDays, RELATIONS_ESTABLISHED } from './event-facts';
import { eventCandidates } from './event-rule';
import { Groups } from './groups';
import { Contexts } from './item-context';
import { namedCandidates } from './named-rules';
import { personCandidates } from './person-rules';
import { positionCandidates } from './position-rule';
import { relationCandidates, relationCountries } from './relation-rule';
import type { ArticleForResolution, Resolution, ResolutionOverrides, ResolutionProblem } from './resolution';
import { collectItems, localItem, type Item, type ItemTable } from './resolution-items';

/** Kinds resolved by name alone (after countries, whose groups their context refers to). */
const NAMED_KINDS: readonly EntityKind[] = ['Place', 'Sector', 'Topic'];
/** Kinds whose article may say which country they belong to, which keeps namesakes apart. */
const BELONGING_KINDS: readonly EntityKind[] = ['Organization', 'Initiative'];

/**
 * Which items of different articles are one thing (see resolution.ts for the contract). Steps, each
 * one's joins tried strongest first and every join checked on whole groups (groups.ts):
 * 1. overrides: `same` joined, `different` forbidden, contradictions reported;
 * 2. the same local id (`same-id`, 1);
 * 3. names: countries, then places, sectors, topics, organizations and initiatives, then people
 *    (whose context is the countries of their offices);
 * 4. positions (the same title of the same holder), 5. events (after people, countries and places),
 * 6. relations (the same two countries). Agreements, commitments and statements join by id only.
 * No rule joins two items of one article: the article itself says they are two things.
 *
 * Cost: sorting the items and candidate pairs, O(n log n) for n items, plus the comparisons inside
 * blocks (same name key, surname, spelling block, event participant and date window, title and
 * holder); no step compares all pairs of the corpus. 1,000 synthetic articles of 30 items each
 * resolve in about half a second, 3,000 in under two (tests/unit/resolve/speed.test.ts).
 */
export function resolveArticles(input: {
  articles: readonly ArticleForResolution[];
  overrides: ResolutionOverrides;
}): Resolution {
  const table = collectItems(input.articles);
  const problems: ResolutionProblem[] = duplicateArticles(input.articles);
  const groups = new Groups(table.items.map((item) => item.article));
  seedGroupFacts(table, groups);
  problems.push(...applyOverrides(table, groups, input.overrides));
  for (const sameId of table.byLocalId.values())
    runCandidates(groups, bucketPairs(sameId, 'same-id', 1), 'same-id');

  const contexts = new Contexts(table, groups);
  runCandidates(groups, namedCandidates(table, 'Country'));
  for (const kind of NAMED_KINDS) runCandidates(groups, namedCandidates(table, kind));
  for (const kind of BELONGING_KINDS)
    runCandidates(
      groups,
      namedCandidates(table, kind, (item) => contexts.organization(item)),
    );
  const people = personCandidates(table, (item) => contexts.person(item));
  runCandidates(groups, people.candidates);
  runCandidates(groups, positionCandidates(table, contexts));
  const events = eventCandidates(table, groups);
  runCandidates(groups, events.candidates);
  runCandidates(groups, relationCandidates(table, groups));

  const ambiguous = new Map<number, readonly Item[]>([...people.ambiguous, ...events.ambiguous]);
  const named = nameGroups(table, groups, (item) => relationCountries(table, groups, item), ambiguous);
  return { ...named, problems };
}

/** What groups must stay consistent with: people's names, events' dates (groups.ts). */
function seedGroupFacts(table: ItemTable, groups: Groups): void {
  for (const item of table.byKind.get('Person') ?? []) {
    const names = [personNameWords(item.name), personNameWords(item.nameEn)].filter(
      (words) => words.length > 0,
    );
    const distinct = names.filter(
      (words, index) => names.findIndex((w) => w.join(' ') === words.join(' ')) === index,
    );
    groups.setFacts(item.index, { personNames: distinct });
  }
  table.articles.forEach((article, order) => {
    for (const event of article.extraction.events) {
      const days = event.kind === RELATIONS_ESTABLISHED ? undefined : eventDays(event);
      const item = localItem(table, order, event.id);
      if (item && days)
        groups.setFacts(item.index, { dates: { latestStart: days.start, earliestEnd: days.end } });
    }
  });
}

function duplicateArticles(articles: readonly ArticleForResolution[]): ResolutionProblem[] {
  const seen = new Set<string>();
  const problems: ResolutionProblem[] = [];
  for (const { articleId } of articles) {
    if (seen.has(articleId)) problems.push({ reason: `article ${articleId} is given twice` });
    seen.add(articleId);
  }
  return problems;
}
