/**
 * Cypher conditions for reading the graph as of a day: what the articles published up to then
 * said. Every one takes the day as the parameter `$asOf` (YYYY-MM-DD). Articles whose publication
 * date is unknown cannot be placed in time, so they never count: a fact stated only by them, an
 * entity only they name and a claim only they make are all left out.
 */

/** A fact relationship at least one source dated on or before the day states. */
export const FACT_AS_OF = (relationship: string) =>
  `any(day IN ${relationship}.sourceDates WHERE day <> '' AND day <= $asOf)`;

/**
 * The conditions joined to a WHERE that has its own, as of a day (` AND …`); nothing without a
 * day, so the statement is the plain one.
 */
export const andAsOf = (asOf: string | null, ...conditions: string[]) =>
  asOf ? ` AND ${conditions.join(' AND ')}` : '';

/** An entity some article published on or before the day names. */
export const REPORTED_AS_OF = (node: string) => `${node}.firstReported <= date($asOf)`;

/** A claim made by an article published on or before the day. */
export const CLAIMED_AS_OF = (claim: string) => `${claim}.publishedOn <= date($asOf)`;

/**
 * Claims in the order their sources are read: unknown publication date first, then by date, then
 * by article id; the last one is the latest word.
 */
export const CLAIM_ORDER = (claim: string) =>
  `coalesce(${claim}.publishedOn, date('0001-01-01')), ${claim}.articleId`;

/**
 * First and last day a time or since claim's value covers, as DATEs (null for status claims): the
 * bounds the loader gives an event's own time, for sorting and ranges only.
 */
export const CLAIM_TIME_START = (claim: string) =>
  `CASE WHEN ${claim}.property IN ['time', 'since'] THEN CASE ${claim}.precision
    WHEN 'year' THEN date(${claim}.value + '-01-01')
    WHEN 'month' THEN date(${claim}.value + '-01')
    ELSE date(split(${claim}.value, '/')[0]) END END`;

export const CLAIM_TIME_END = (claim: string) =>
  `CASE WHEN ${claim}.property IN ['time', 'since'] THEN CASE ${claim}.precision
    WHEN 'year' THEN date(${claim}.value + '-12-31')
    WHEN 'month' THEN date(${claim}.value + '-01') + duration('P1M') - duration('P1D')
    ELSE date(last(split(${claim}.value, '/'))) END END`;

/**
 * A subquery giving, for the entity bound to `subject`, its latest claims made on or before the
 * day, one per property (`statusClaim`, `timeClaim`, `sinceClaim`; null when there is none), and
 * the bounds of that time (`timeStart`, `timeEnd`).
 */
export const LATEST_CLAIMS = (subject: string) =>
  `CALL (${subject}) {
     OPTIONAL MATCH (${subject})<-[:CLAIM_ABOUT]-(claim:Claim)
     WHERE ${CLAIMED_AS_OF('claim')}
     WITH claim ORDER BY claim.publishedOn DESC, claim.articleId DESC
     WITH collect(claim) AS claims
     WITH [c IN claims WHERE c.property = 'status'][0] AS statusClaim,
          [c IN claims WHERE c.property = 'time'][0] AS timeClaim,
          [c IN claims WHERE c.property = 'since'][0] AS sinceClaim
     RETURN statusClaim, timeClaim, sinceClaim,
            ${CLAIM_TIME_START('timeClaim')} AS timeStart,
            ${CLAIM_TIME_END('timeClaim')} AS timeEnd
   }`;

/**
 * How many independent sources dated on or before the day state a fact: the distinct outlets of
 * those articles, one without a known outlet counting alone (as the loader counts them all).
 */
export const CORROBORATION_AS_OF = (relationship: string) =>
  `size(COLLECT {
     UNWIND range(0, size(${relationship}.sources) - 1) AS i
     WITH i WHERE ${relationship}.sourceDates[i] <> '' AND ${relationship}.sourceDates[i] <= $asOf
     MATCH (source:Article {id: ${relationship}.sources[i]})
     RETURN DISTINCT coalesce(source.outlet, 'article:' + source.id) AS outlet
   })`;

/**
 * A conflict's values as of the day: each value with its sources published by then (background
 * knowledge always stands), values no source gives by then left out.
 */
export const CONFLICT_VALUES_AS_OF = (conflict: string) =>
  `[value IN [i IN range(0, size(${conflict}.values) - 1) | {
     value: ${conflict}.values[i],
     sources: [source IN split(${conflict}.valueSources[i], ' ')
       WHERE source = 'background'
          OR EXISTS { MATCH (article:Article {id: source}) WHERE article.publishedOn <= date($asOf) }]
   }] WHERE size(value.sources) > 0]`;
