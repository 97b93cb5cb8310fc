import type { AgreementState, EventStatus, EventTime } from './api/types';
import { h } from './dom';

/** Each status has a word and a symbol as well as a colour, so none rests on colour alone. */
const STATUSES: Record<EventStatus, { label: string; symbol: string }> = {
  OCCURRED: { label: 'Occurred', symbol: '●' },
  PLANNED: { label: 'Planned', symbol: '○' },
  ONGOING: { label: 'Ongoing', symbol: '◐' },
  POSTPONED: { label: 'Postponed', symbol: '⏸' },
  CANCELLED: { label: 'Cancelled', symbol: '✕' },
  UNKNOWN: { label: 'Status unknown', symbol: '?' },
};

export function statusBadge(status: EventStatus): HTMLElement {
  const { label, symbol } = STATUSES[status] ?? STATUSES.UNKNOWN;
  return h(
    'span',
    { class: `status status-${status.toLowerCase()}`, 'data-status': status },
    h('span', { 'aria-hidden': 'true' }, `${symbol} `),
    label,
  );
}

const AGREEMENT_STATES: Record<AgreementState, string> = {
  UNDER_NEGOTIATION: 'Under negotiation',
  SIGNED: 'Signed',
  IN_FORCE: 'In force',
};

export function agreementBadge(state: AgreementState): HTMLElement {
  return h(
    'span',
    { class: `state state-${state.toLowerCase().replace(/_/g, '-')}`, 'data-state': state },
    AGREEMENT_STATES[state] ?? state,
  );
}

/** English month names, January first. */
const MONTHS = Array.from({ length: 12 }, (_, month) =>
  new Date(Date.UTC(2025, month, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' }),
);

/** An ISO value at its own precision, in words: 2012, December 2024, 28–29 May 2025. */
export function formatTimeValue(value: string): string {
  const [from = '', to] = value.split('/');
  if (!to) return formatDate(from);
  const [fy, fm, fd] = from.split('-');
  const [ty, tm, td] = to.split('-');
  if (fy === ty && fm === tm && fd && td) return `${Number(fd)}–${Number(td)} ${monthName(fm)} ${fy}`;
  return `${formatDate(from)} – ${formatDate(to)}`;
}

function formatDate(date: string): string {
  const [year, month, day] = date.split('-');
  if (day) return `${Number(day)} ${monthName(month)} ${year}`;
  if (month) return `${monthName(month)} ${year}`;
  return year ?? date;
}

function monthName(month: string | undefined): string {
  return MONTHS[Number(month) - 1] ?? month ?? '';
}

/** The time in words, its own words in the article, and a visible mark when the year was inferred. */
export function timeLabel(time: EventTime | null): HTMLElement {
  if (!time) return h('span', { class: 'time undated' }, 'undated');
  return h(
    'span',
    { class: 'time' },
    h('time', { datetime: time.value.split('/')[0] }, formatTimeValue(time.value)),
    time.yearInferred ? h('span', { class: 'inferred', 'data-inferred': 'year' }, 'year inferred') : null,
  );
}
