import type { DraftEventKind } from '../../analysis';

/**
 * The words that announce an event, with the kind each announces. A visit is `state_visit` or
 * `working_visit` only when those words are written. Longer cues win over shorter ones they
 * contain (`working visit` over `visit`, `held talks` over `talks`).
 */
export interface EventCue {
  rule: string;
  kind: DraftEventKind;
  pattern: RegExp;
  confidence: number;
  /**
   * Whether the cue is a verb (`met`, `signed`: its own tense gives the status), a noun (`talks`,
   * `a working visit`: the verb around it does) or either (`visit`, `signing`: a determiner before
   * it makes it a noun).
   */
  pos: 'verb' | 'noun' | 'either';
  /** Visits by verb (`visited`, `will visit`) need a place or country right after them. */
  needsDestination?: boolean;
  /** Signing needs an agreement word in the sentence (`signed an agreement`, `the MoU was signed`). */
  needsAgreement?: boolean;
  /** `hosted`, `received` make a meeting only with a person or country right after them. */
  needsCounterpart?: boolean;
}

const cue = (
  rule: string,
  kind: DraftEventKind,
  pos: EventCue['pos'],
  confidence: number,
  pattern: RegExp,
  extra: Partial<EventCue> = {},
): EventCue => ({ rule, kind, pos, confidence, pattern, ...extra });

export const EVENT_CUES: readonly EventCue[] = [
  cue('en.event.visit.state', 'state_visit', 'noun', 0.85, /\bstate visits?\b/giu),
  cue('en.event.visit.working', 'working_visit', 'noun', 0.85, /\bworking visits?\b/giu),
  cue('en.event.visit.arrival', 'visit', 'verb', 0.7, /\barriv(?:ed|es|ing|e) in\b/giu),
  cue('en.event.visit.trip', 'visit', 'noun', 0.7, /\b(?:trip|tour) to\b/giu),
  cue('en.event.visit', 'visit', 'either', 0.75, /\bvisit(?:s|ed|ing)?\b/giu, { needsDestination: true }),
  cue(
    'en.event.phone-call',
    'phone_call',
    'noun',
    0.85,
    /\b(?:tele)?phone (?:call|conversation|talks)s?\b|\bvideo call\b/giu,
  ),
  cue(
    'en.event.phone-call.spoke',
    'phone_call',
    'verb',
    0.85,
    /\bspoke (?:by|on the|over the) (?:tele)?phone\b/giu,
  ),
  cue('en.event.meeting.talks', 'bilateral_talks', 'verb', 0.8, /\b(?:held|hold|holds|holding) talks\b/giu),
  cue('en.event.meeting', 'meeting', 'verb', 0.75, /\b(?:met|meet|meets)\b/giu),
  cue('en.event.meeting.host', 'meeting', 'verb', 0.55, /\b(?:host|hosts|hosted|received|receives)\b/giu, {
    needsCounterpart: true,
  }),
  cue('en.event.meeting.noun', 'meeting', 'noun', 0.75, /\bmeetings?\b/giu),
  cue('en.event.talks', 'bilateral_talks', 'noun', 0.7, /\btalks\b/giu),
  cue('en.event.talks.negotiation', 'bilateral_talks', 'verb', 0.65, /\bnegotiat(?:e|es|ed|ing)\b/giu),
  cue('en.event.talks.negotiations', 'bilateral_talks', 'noun', 0.65, /\bnegotiations\b/giu),
  cue('en.event.signing', 'agreement_signing', 'either', 0.75, /\bsign(?:s|ed|ing)?\b/giu, {
    needsAgreement: true,
  }),
  cue(
    'en.event.credentials',
    'credentials_presentation',
    'verb',
    0.85,
    /\bpresent(?:s|ed|ing)? (?:(?:his|her|their|the) )?(?:letters of credence|(?:letters of )?credentials)\b/giu,
  ),
  cue(
    'en.event.credentials.noun',
    'credentials_presentation',
    'noun',
    0.75,
    /\bletters of credence\b|\bcredentials\b/giu,
  ),
  cue(
    'en.event.joint-statement',
    'joint_statement',
    'noun',
    0.85,
    /\bjoint (?:statement|communiqu[eé]|declaration|press release)(?!\p{L})/giu,
  ),
  cue(
    'en.event.relations-established',
    'diplomatic_relations_established',
    'verb',
    0.8,
    /\bestablish(?:ed|es|ing)? (?:full )?diplomatic (?:relations|ties)\b/giu,
  ),
  cue('en.event.conference', 'international_conference', 'noun', 0.5, /\b(?:summit|conference|forum)\b/giu),
];

/** Words that make `sign` a signing of an agreement. */
export const AGREEMENT_WORDS =
  /\b(?:agreements?|memorand(?:um|a)|mou|deals?|accords?|treat(?:y|ies)|protocols?|conventions?|contracts?|declarations?|charters?)\b/iu;

/** Events referred back to by `the visit`, `this meeting`: one family each. */
export const EVENT_FAMILY: Record<DraftEventKind, string> = {
  visit: 'visit',
  state_visit: 'visit',
  working_visit: 'visit',
  meeting: 'meeting',
  ministerial_meeting: 'meeting',
  bilateral_talks: 'meeting',
  phone_call: 'phone_call',
  agreement_signing: 'signing',
  credentials_presentation: 'credentials',
  joint_statement: 'statement',
  international_conference: 'conference',
  diplomatic_relations_established: 'relations',
};
