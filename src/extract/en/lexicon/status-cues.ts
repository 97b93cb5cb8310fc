import type { DraftEventStatus } from '../../analysis';

/**
 * Words that mark an event's status, strongest first: a postponement or cancellation outweighs
 * the plan it changed, a continuing process outweighs the past tense it is reported in
 * (`talks were continuing`), a plan outweighs the past tense of the verb that made it
 * (`agreed to meet`).
 */
export const STATUS_MARKERS: readonly { value: DraftEventStatus; rule: string; pattern: RegExp }[] = [
  {
    value: 'postponed',
    rule: 'en.status.postponed',
    pattern:
      /\b(?:(?:was|were|has been|have been|had been|is|are|been|be) )?(?:postponed|put off|deferred|delayed|rescheduled)\b/giu,
  },
  {
    value: 'cancelled',
    rule: 'en.status.cancelled',
    pattern: /\b(?:(?:was|were|has been|have been|had been|is|are) )?(?:cancell?ed|called off)\b/giu,
  },
  {
    value: 'ongoing',
    rule: 'en.status.ongoing',
    pattern:
      /\b(?:(?:is|are|was|were|remain|remains) (?:still |also )?)?(?:continuing|ongoing|under way|underway|in progress|being negotiated)\b|\b(?:is|are|was|were) (?:still |also )?(?:negotiating|holding talks)\b|\bcontinues\b/giu,
  },
  {
    value: 'planned',
    rule: 'en.status.planned',
    pattern:
      /\b(?:will|shall)(?: (?:also|soon|now))?(?: \w+)?\b|\b(?:is|are|was|were) (?:expected|scheduled|set|due|slated) to\b|\b(?:is|are|was|were) (?:expected|scheduled)\b|\bplan(?:s|ned)? to\b|\bplanned for\b|\bagreed to\b|\bupcoming\b|\bforthcoming\b|\bshould (?:now )?take place\b|\bwould(?: \w+)?\b/giu,
  },
];

/** Verbs a cue noun can be the object of without the verb saying anything about time. */
export const NEUTRAL_VERBS =
  /^(?:said|says|say|told|tell|added|according|noted|stated|announced|discussed)$/iu;

/** Past participles after a cue noun that report it done (`talks held`, `statement issued`). */
export const DONE_PARTICIPLES =
  /^(?:held|issued|signed|concluded|conducted|made|paid|released|adopted|hosted|organised|organized)$/iu;

/** After a postponement, the words that set it again (`should now take place in September`). */
export const RESCHEDULED =
  /\b(?:should|will|would|is to|is expected to)(?: now)? (?:take place|be held)\b|\brescheduled (?:for|to)\b|\b(?:postponed|moved|pushed back) (?:to|until) (?=\d|[A-Z])/gu;
