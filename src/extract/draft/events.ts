import type { Analysis, EventFinding, NameKind } from '../analysis';
import { draftMarks, draftSpan, type DraftExtraction } from './draft-types';
import { slugOf, type IdAllocator } from './ids';
import type { NamedIndex } from './named';

type DraftEvent = DraftExtraction['events'][number];

const ACTORS: readonly NameKind[] = ['Country', 'Person', 'Organization'];
const PLACES: readonly NameKind[] = ['Place', 'Country'];
const SUBJECTS: readonly NameKind[] = ['Sector', 'Topic', 'Initiative'];

const KIND_EN: Record<EventFinding['kind'], string> = {
  visit: 'Visit',
  state_visit: 'State visit',
  working_visit: 'Working visit',
  meeting: 'Meeting',
  ministerial_meeting: 'Ministerial meeting',
  bilateral_talks: 'Talks',
  phone_call: 'Phone call',
  agreement_signing: 'Signing of an agreement',
  credentials_presentation: 'Presentation of credentials',
  joint_statement: 'Joint statement',
  international_conference: 'Conference',
  diplomatic_relations_established: 'Establishment of diplomatic relations',
};

/**
 * Events with their status words, time, participants, places and subjects. Two findings of one
 * kind at the same stated time are one event told twice; their cues become its mentions.
 */
export function draftEvents(analysis: Analysis, named: NamedIndex, ids: IdAllocator): DraftEvent[] {
  const events: { finding: EventFinding; draft: DraftEvent }[] = [];
  const ref = (key: string, kinds: readonly NameKind[]) => {
    const kind = named.kindOf.get(key);
    return kind && kinds.includes(kind) ? named.idOf.get(key) : undefined;
  };
  for (const finding of analysis.events) {
    const same = events.find(
      (event) =>
        event.finding.kind === finding.kind &&
        finding.time !== undefined &&
        event.finding.time?.value === finding.time.value,
    );
    const participants = finding.participants.flatMap((p) => {
      const actor = ref(p.key, ACTORS);
      return actor
        ? [{ actor, role: p.role, ...draftMarks(finding), evidence: [draftSpan(p.evidence, finding)] }]
        : [];
    });
    const places = finding.places.flatMap((p) => {
      const place = ref(p.key, PLACES);
      return place ? [{ place, ...draftMarks(finding), evidence: [draftSpan(p.evidence, finding)] }] : [];
    });
    const topics = finding.topics.flatMap((t) => {
      const topic = ref(t.key, SUBJECTS);
      return topic ? [{ topic, ...draftMarks(finding), evidence: [draftSpan(t.evidence, finding)] }] : [];
    });
    if (same) {
      const draft = same.draft;
      draft.mentions = [...(draft.mentions ?? []), draftSpan(finding.cue, finding)];
      draft.participants = mergeBy(draft.participants ?? [], participants, (p) => `${p.actor}|${p.role}`);
      draft.places = mergeBy(draft.places ?? [], places, (p) => p.place);
      draft.topics = mergeBy(draft.topics ?? [], topics, (t) => t.topic);
      continue;
    }
    const sentence = analysis.sentences[finding.sentence - 1];
    const names = participants.map((p) => p.actor).slice(0, 2);
    const where = places[0]?.place;
    const time = finding.time;
    const draft: DraftEvent = {
      id: ids.allocate('event', [
        time?.value.slice(0, 10) ?? '',
        finding.kind.replace(/_/g, '-'),
        ...names.map(shortSlug),
        where ? slugOf(where) : '',
      ]),
      ...draftMarks(finding),
      kind: finding.kind,
      // The text's own words for it; the English name is a template for the reviewer to correct.
      name: finding.cue.text,
      nameEn: [
        KIND_EN[finding.kind],
        names.length
          ? `— ${names.map((id) => named.nameEnOf.get(keyOf(named, id)) ?? slugOf(id)).join(', ')}`
          : '',
        where ? `in ${named.nameEnOf.get(keyOf(named, where)) ?? slugOf(where)}` : '',
      ]
        .filter(Boolean)
        .join(' '),
      status: finding.status?.value ?? 'unknown',
      ...(finding.status
        ? {
            statusEvidence: [
              draftSpan(finding.status.words, {
                rule: finding.status.rule,
                confidence: finding.status.confidence ?? finding.confidence,
              }),
            ],
          }
        : {}),
      ...(time
        ? {
            time: {
              text: draftSpan(time, time),
              value: time.value,
              precision: time.precision,
              yearInferred: !time.yearStated,
              ...(time.yearStated
                ? {}
                : { inference: time.inference ?? `the year is not written; rule ${time.rule}` }),
            },
          }
        : {}),
      evidence: [draftSpan(sentence ?? finding.cue, finding)],
      mentions: [draftSpan(finding.cue, finding)],
      ...(participants.length ? { participants } : {}),
      ...(places.length ? { places } : {}),
      ...(topics.length ? { topics } : {}),
    };
    events.push({ finding, draft });
  }
  return events.map((event) => event.draft);
}

/** A person by surname, anything else by its slug: ids stay short and readable. */
function shortSlug(id: string): string {
  const slug = slugOf(id);
  return id.startsWith('person:') ? (slug.split('-').at(-1) ?? slug) : slug;
}

function keyOf(named: NamedIndex, id: string): string {
  for (const [key, value] of named.idOf) if (value === id) return key;
  return id;
}

function mergeBy<T>(existing: T[], added: T[], identity: (item: T) => string): T[] {
  const seen = new Set(existing.map(identity));
  return [...existing, ...added.filter((item) => !seen.has(identity(item)))];
}
