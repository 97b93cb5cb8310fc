import { cameoLabel } from '../../graph/model/cameo';
import { CalendarDate } from '../../graph/model';
import type { Extraction } from '../extraction-schema';
import { parseTimeValue } from '../time-value';
import { aliasesOf, definedOnly, type GraphBuilder } from './graph-builder';

/** Events with their time, status words, participants, places, subjects and summits. */
export function mapEvents(builder: GraphBuilder, events: Extraction['events']): void {
  for (const event of events) {
    const time = event.time;
    const bounds = time ? parseTimeValue(time.value, time.precision) : undefined;
    if (bounds && 'error' in bounds) throw new Error(`${event.id}: ${bounds.error}`);
    builder.addEntity(
      event.id,
      [],
      definedOnly({
        name: event.name,
        nameEn: event.nameEn,
        kind: event.kind,
        status: event.status,
        cameoCode: event.cameo,
        cameoLabel: event.cameo ? cameoLabel(event.cameo) : undefined,
        timeText: time?.text.text,
        timeValue: time?.value,
        timePrecision: time?.precision,
        timeStart: bounds ? new CalendarDate(bounds.start) : undefined,
        timeEnd: bounds ? new CalendarDate(bounds.end) : undefined,
        yearInferred: time?.yearInferred,
        yearInference: time?.inference,
      }),
      event.mentions ? aliasesOf(event.mentions) : undefined,
      event,
    );
    builder.spanLinks('STATED_IN', event.id, event.evidence, 'event');
    builder.spanLinks('STATED_IN', event.id, event.statusEvidence ?? [], 'status');
    if (time) builder.spanLinks('STATED_IN', event.id, [time.text], 'time');
    if (event.mentions) builder.spanLinks('MENTIONED_IN', event.id, event.mentions);
    for (const participant of event.participants ?? []) {
      builder.fact('PARTICIPANT_IN', participant.actor, event.id, participant.evidence, {
        key: { role: participant.role },
        drafts: [participant, event],
        ...(participant.implied ? { extra: { implied: true } } : {}),
      });
    }
    for (const place of event.places ?? []) {
      builder.fact('HELD_IN', event.id, place.place, place.evidence, { drafts: [place, event] });
    }
    for (const topic of event.topics ?? []) {
      // The role keys the relationship: one subject can be both discussed and focused on.
      builder.fact('DISCUSSED', event.id, topic.topic, topic.evidence, {
        key: { role: topic.role },
        drafts: [topic, event],
      });
    }
    for (const summit of event.sidelinesOf ?? []) {
      builder.fact('ON_SIDELINES_OF', event.id, summit.event, summit.evidence, { drafts: [summit, event] });
    }
  }
}
