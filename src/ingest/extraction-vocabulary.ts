/** The closed vocabularies of extraction.yaml: kinds, statuses, roles, states, levels. */

// `unspecified`: the text names the thing but does not say what kind it is; a draft says so
// rather than guess.
export const organizationKinds = [
  'unspecified',
  'ministry',
  'embassy',
  'government',
  'company',
  'international_organization',
] as const;
export const initiativeKinds = [
  'unspecified',
  'technology_park',
  'government_programme',
  'digital_government',
] as const;
export const placeKinds = ['unspecified', 'city', 'continent', 'region'] as const;
export const eventKinds = [
  // A visit is a state or working visit only when the text says so; otherwise just a visit.
  'visit',
  'state_visit',
  'working_visit',
  'meeting',
  'phone_call',
  'agreement_signing',
  'credentials_presentation',
  'joint_statement',
  'ministerial_meeting',
  'summit_sideline_meeting',
  'international_conference',
  'diplomatic_relations_established',
  'cooperation_exploration_started',
  'bilateral_talks',
] as const;
/** `unknown`: no words in the text mark whether it is planned, done or going on. */
export const eventStatuses = ['planned', 'occurred', 'ongoing', 'postponed', 'cancelled', 'unknown'] as const;
export const participantRoles = ['visitor', 'host', 'participant', 'party', 'speaker', 'source'] as const;
/**
 * What a subject is to an event: what it discussed (`subject`), what the talks focused on
 * (`focus`, byibanze ku), what the cooperation builds on (`basis`, bashingiye ku), or the
 * channel it goes through (`channel`, binyuze muri).
 */
export const discussionRoles = ['subject', 'focus', 'basis', 'channel'] as const;
export const agreementStates = ['under_negotiation', 'signed', 'in_force'] as const;
export const negotiationLevels = ['embassy', 'ministry', 'head_of_state'] as const;
export const statementKinds = ['announcement', 'reported_speech', 'direct_quote', 'report'] as const;
export const timePrecisions = ['day', 'month', 'year'] as const;
