import { ENTITY_KINDS, NAMED_KINDS, type EntityKind } from '../../graph/model';
import type { DraftExtraction } from '../draft/draft-types';
import { round } from '../draft/draft-types';
import { slugOf } from '../draft/ids';
import type { KnownEntity } from './known-entities';
import { LINK_THRESHOLD, scoreName, type NameMatch } from '../../names/match-names';

type NamedItem = DraftExtraction['countries'][number];

/**
 * Decides, for each drafted name, whether it is an entity the graph knows (then the draft uses
 * that entity's id) or a new one, and writes the decision, the best candidate and its score into
 * the draft for the reviewer. Only entities of the same kind are compared.
 */
export function linkDraft(draft: DraftExtraction, known: readonly KnownEntity[]): DraftExtraction {
  const renames = new Map<string, string>();
  const claimed = new Set<string>();
  const linked = structuredClone(draft);
  for (const kind of NAMED_KINDS) {
    const items = (linked[ENTITY_KINDS[kind].section as keyof DraftExtraction] ?? []) as NamedItem[];
    const candidates = known.filter((entity) => entity.kind === (kind as EntityKind));
    for (const item of items) {
      const names = [item.name, item.nameEn, ...item.mentions.map((mention) => mention.text)];
      const best = bestMatch(names, candidates);
      const linkable =
        best && !best.ambiguous && best.score >= LINK_THRESHOLD && !claimed.has(best.candidate.id);
      if (linkable) {
        claimed.add(best.candidate.id);
        if (best.candidate.id !== item.id) renames.set(item.id, best.candidate.id);
      }
      item.link = {
        decision: linkable ? 'existing' : 'new',
        ...(best ? { candidate: best.candidate.id } : {}),
        score: round(best?.score ?? 0),
        rule: best?.rule ?? 'link.no-candidate',
      };
    }
  }
  return renameIds(linked, renames);
}

/**
 * The best-scoring known entity. When two tie at the top (two people sharing a surname, a bare
 * surname in the draft), neither is taken: the draft says which were tied, for the reviewer.
 */
function bestMatch(
  names: readonly string[],
  candidates: readonly KnownEntity[],
): NameMatch<KnownEntity> | undefined {
  const matches = candidates
    .map((candidate) => scoreName(names, candidate))
    .filter((match): match is NameMatch<KnownEntity> => match !== undefined)
    .sort((a, b) => b.score - a.score);
  const [best, second] = matches;
  if (best && second && second.score === best.score && best.score >= LINK_THRESHOLD) {
    return {
      ...best,
      score: best.score,
      rule: `link.ambiguous:${best.candidate.id}|${second.candidate.id}`,
      ambiguous: true,
    };
  }
  return best;
}

/** Replaces every use of a renamed id, and rebuilds relation ids from their countries. */
function renameIds(draft: DraftExtraction, renames: ReadonlyMap<string, string>): DraftExtraction {
  if (renames.size === 0) return draft;
  const replace = (value: unknown, key?: string): unknown => {
    if (typeof value === 'string') return key === 'text' ? value : (renames.get(value) ?? value);
    if (Array.isArray(value)) return value.map((item) => replace(item));
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value).map(([name, child]) => [name, name === 'link' ? child : replace(child, name)]),
      );
    }
    return value;
  };
  const renamed = replace(draft) as DraftExtraction;
  for (const relation of renamed.relations ?? []) {
    relation.id = `relation:${relation.countries.map(slugOf).sort().join('--')}`;
  }
  return renamed;
}
