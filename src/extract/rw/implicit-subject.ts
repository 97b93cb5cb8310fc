import type { EventFinding } from '../analysis';
import { addOnce, mentionsIn, type Clause, type EventSources } from './event-parts';
import { FAMILY } from './event-merge';

/** Verbs whose subject prefix is singular (`azahura`, `yahuye`): someone already named. */
const SINGULAR_SUBJECT = /^(a|ya|yara|yari)[a-z]/u;
const SUBJECT_FAMILIES = new Set(['meeting', 'talks', 'phone_call', 'signing']);

/**
 * `Biteganyijwe ko azahura na Minisitiri …, Gaspard Ntirenganya`: the one who will meet is not
 * named again; a singular verb with only its object named takes the main person of the event
 * told just before as its subject.
 */
export function addImplicitSubject(
  sources: EventSources,
  finding: EventFinding,
  cue: Clause,
  clause: Clause,
  last: EventFinding,
): void {
  const { doc } = sources;
  if (!SUBJECT_FAMILIES.has(FAMILY[finding.kind]) || !SINGULAR_SUBJECT.test(doc.key(cue.from))) return;
  const people = finding.participants.filter((p) => p.key.startsWith('person:'));
  const namedBefore = mentionsIn(sources, { from: clause.from, to: cue.from }, ['Person']).length > 0;
  if (people.length !== 1 || namedBefore) return;
  const subject =
    last.participants.find((p) => p.role === 'visitor') ??
    last.participants.find((p) => p.role === 'participant');
  if (!subject || subject.key === people[0]!.key || !subject.key.startsWith('person:')) return;
  addOnce(finding.participants, {
    key: subject.key,
    role: 'participant',
    evidence: doc.tokenSpan(cue.from, cue.to),
  });
  finding.confidence = Math.min(finding.confidence, 0.6);
}
