import type { TimelineEvent } from '../api/types';
import { button, displayName, h } from '../dom';
import { statusBadge, timeLabel } from '../labels';

/**
 * The events of a relation in order, oldest first and undated last, as the API gives them. Each
 * status has its own marker on the rail (filled, hollow, half, paused, crossed) and its word, and
 * an inferred year is marked on the date itself, with how it was inferred one click away.
 */
export function timeline(events: TimelineEvent[], onEvent: (event: TimelineEvent) => void): HTMLElement {
  if (events.length === 0) return h('p', { class: 'muted' }, 'No events are recorded for this relation.');
  return h(
    'ol',
    { class: 'timeline' },
    events.map((event) =>
      h(
        'li',
        {
          class: `timeline-event event-${event.status.toLowerCase()}`,
          'data-event': event.id,
          'data-status': event.status,
        },
        h('span', { class: 'rail', 'aria-hidden': 'true' }),
        h(
          'div',
          { class: 'timeline-when' },
          timeLabel(event.time),
          event.time ? h('q', { class: 'as-written', lang: 'rw' }, event.time.text) : null,
        ),
        h(
          'div',
          { class: 'timeline-what' },
          button(displayName(event), () => onEvent(event), { class: 'link event-name' }),
          h(
            'div',
            { class: 'timeline-meta' },
            statusBadge(event.status),
            h('span', { class: 'muted' }, readable(event.kind)),
          ),
          event.time?.yearInferred && event.time.inference
            ? h(
                'details',
                { class: 'inference' },
                h('summary', {}, 'How the year was inferred'),
                h('p', {}, event.time.inference),
              )
            : null,
        ),
      ),
    ),
  );
}

function readable(kind: string): string {
  return kind.replace(/_/g, ' ');
}
