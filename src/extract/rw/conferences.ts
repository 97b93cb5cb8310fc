import type { EventFinding } from '../analysis';
import type { EventSources } from './event-parts';
import { statusAt, type StatusMarker } from './status';

const CONFERENCE_NAME = /^\p{Lu}{2,}|^\p{Lu}\S*\d/u;

/**
 * `inama ya COP29`: a conference named by its capitalised name. Its date is not taken from the
 * sentence, which dates what happened at it rather than the conference itself.
 */
export function namedConferences(sources: EventSources, markers: readonly StatusMarker[]): EventFinding[] {
  const { doc, names } = sources;
  const found: EventFinding[] = [];
  for (let index = 0; index + 2 < doc.tokens.length; index++) {
    if (doc.key(index) !== 'inama' || !['ya', 'y’'].includes(doc.key(index + 1))) continue;
    const nameAt = index + 2;
    // A conference's name is an acronym or carries its number (COP29, CHOGM); other capitalised
    // words after `inama ya` name whoever holds the meeting (`inama ya Komisiyo`).
    if (!CONFERENCE_NAME.test(doc.tokens[nameAt]!.text) || names.at(nameAt)) continue;
    const status = statusAt(doc, markers, index, nameAt + 1);
    found.push({
      kind: 'international_conference',
      cue: doc.tokenSpan(index, nameAt + 1),
      sentence: doc.sentenceOf[index]!,
      ...(status ? { status } : {}),
      participants: [],
      places: [],
      topics: [],
      rule: 'rw.event.international_conference.named',
      confidence: 0.6,
    });
  }
  return found;
}
