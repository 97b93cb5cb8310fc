import { compatiblePersonNames, isNamePart, personNameKey } from '../../names/person-names';
import { addTo, type Candidate } from './candidates';
import {
  crossPairs,
  representatives,
  sameNamePairs,
  unlessDisagreeing,
  type Represented,
} from './context-pairs';
import { relateContexts, type Context } from './item-context';
import { itemsByName } from './named-rules';
import type { Item, ItemTable } from './resolution-items';
import { spellingPairs } from './spelling-pairs';

export const NAME_PARTS_SCORE = 0.9;

export interface PersonCandidates {
  candidates: Candidate[];
  /** Items left unjoined because their name fits several people: the items it fits. */
  ambiguous: Map<number, Item[]>;
}

/**
 * The name rules for people, on names without titles:
 * - the same name: `same-name`, 1 (a bare surname only when their offices are not in different
 *   countries);
 * - the same surname with given names, middle names or a patronymic left out on one side:
 *   `person.name-parts`, 0.9 — unless their offices are in different countries, and never when
 *   the shorter name fits two people whose given names conflict (`Kagame` beside `Paul Kagame`
 *   and `Jean Kagame` joins neither and is recorded as ambiguous);
 * - a small misspelling, word by word: `spelling` — only when the given names do not conflict and
 *   their offices agree or say nothing.
 * Joins are then checked on whole groups: no two people with conflicting given names in one.
 *
 * Blocking: name-parts compares only names with the same surname, spelling only names in one
 * spelling block (spelling-pairs.ts), and both only one item per name and context; so the work
 * grows with the distinct names sharing a surname, not with the number of articles.
 */
export function personCandidates(table: ItemTable, contextOf: (item: Item) => Context): PersonCandidates {
  const byName = itemsByName(table.byKind.get('Person') ?? [], personNameKey);
  const keys = [...byName.keys()];
  const words = new Map(keys.map((key) => [key, key.split(' ')]));
  const candidates: Candidate[] = [];
  const ambiguous = new Map<number, Item[]>();
  for (const [key, bucket] of byName) {
    // A bare surname is a weak name: two offices in different countries keep it apart.
    const bare = words.get(key)!.length === 1;
    candidates.push(...sameNamePairs(bucket, 'same-name', 1, bare ? contextOf : undefined));
  }

  const represented = new Map<string, Represented[]>();
  const repsOf = (key: string) => {
    let reps = represented.get(key);
    if (!reps) represented.set(key, (reps = representatives(byName.get(key)!, contextOf)));
    return reps;
  };

  const bySurname = new Map<string, string[]>();
  for (const key of keys) addTo(bySurname, words.get(key)!.at(-1)!, key);
  for (const block of bySurname.values()) {
    for (const short of block) {
      const fits = block.filter((long) => isNamePart(words.get(short)!, words.get(long)!));
      if (fits.length === 0) continue;
      for (const rep of repsOf(short)) {
        const matches = fits.flatMap((long) =>
          repsOf(long)
            .filter((other) => unlessDisagreeing(relateContexts(rep.context, other.context)))
            .map((other) => ({ long, other })),
        );
        const longNames = [...new Set(matches.map(({ long }) => long))];
        const conflicting = longNames.some((x, i) =>
          longNames.slice(i + 1).some((y) => !compatiblePersonNames(words.get(x)!, words.get(y)!)),
        );
        if (conflicting) {
          for (const member of rep.members)
            ambiguous.set(
              member.index,
              matches.map(({ other }) => other.item),
            );
          continue;
        }
        candidates.push(
          ...crossPairs(
            [rep],
            matches.map(({ other }) => other),
            'person.name-parts',
            () => NAME_PARTS_SCORE,
          ),
        );
      }
    }
  }

  for (const pair of spellingPairs(keys, 'Person')) {
    const [left, right] = [keys[pair.a]!, keys[pair.b]!];
    if (!compatiblePersonNames(words.get(left)!, words.get(right)!)) continue;
    candidates.push(...crossPairs(repsOf(left), repsOf(right), 'spelling', () => pair.score));
  }
  return { candidates, ambiguous };
}
