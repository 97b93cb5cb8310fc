/**
 * The dashboard questions' speed goals, checked against one run's medians, so each report says
 * which hold instead of leaving the reader to divide: faster than @neo4j/graphql, close to the
 * raw driver, and flat as the graph grows. Search is left out: its goal is against its own past.
 */
import type { Measurement } from './measure';
import type { QuestionName } from './questions';
import { medianOf, type ScaleResult } from './run-scale';

/** The questions a dashboard polls, whose speed the goals are about. */
export const DASHBOARD_QUESTIONS: readonly QuestionName[] = ['bilateral view', 'neighbourhood'];

export const GOALS = {
  /** This API's requests/s over @neo4j/graphql's, at least. */
  minOverLibrary: 1.5,
  /** This API's p50 over the raw driver's, at most. */
  maxOverRaw: 1.3,
  /** This API's p50 at the largest scale over its p50 at the smallest, at most. */
  maxGrowth: 1.5,
} as const;

export interface GoalCheck {
  goal: string;
  question: QuestionName;
  connections: number;
  /** Which scale or scales the figure is from, e.g. "323" or "323 → 1,000,047" (relationships). */
  scale: string;
  figure: number;
  met: boolean;
}

const relationships = (result: ScaleResult) => result.graph.relationships.toLocaleString('en');

/**
 * Every goal at every concurrency: the two ratios at the smallest and the largest scale (both
 * ends of what the run covered), the growth between them when the run has more than one scale.
 * A cell the run did not measure is skipped.
 */
export function checkGoals(results: readonly ScaleResult[], connections: readonly number[]): GoalCheck[] {
  const first = results[0];
  const last = results.at(-1);
  if (!first || !last) return [];
  const ends = first === last ? [first] : [first, last];
  const checks: GoalCheck[] = [];
  const ratio = (a: Measurement | undefined, b: Measurement | undefined, of: keyof Measurement) =>
    a && b ? a[of] / b[of] : undefined;
  for (const question of DASHBOARD_QUESTIONS) {
    for (const concurrency of connections) {
      for (const result of ends) {
        const api = medianOf(result, question, concurrency, 'this API');
        const overLibrary = ratio(
          api,
          medianOf(result, question, concurrency, '@neo4j/graphql'),
          'requestsPerSecond',
        );
        if (overLibrary !== undefined)
          checks.push({
            goal: `req/s at least ${GOALS.minOverLibrary}× @neo4j/graphql's`,
            question,
            connections: concurrency,
            scale: relationships(result),
            figure: overLibrary,
            met: overLibrary >= GOALS.minOverLibrary,
          });
        const overRaw = ratio(api, medianOf(result, question, concurrency, 'raw driver'), 'p50');
        if (overRaw !== undefined)
          checks.push({
            goal: `p50 at most ${GOALS.maxOverRaw}× the raw driver's`,
            question,
            connections: concurrency,
            scale: relationships(result),
            figure: overRaw,
            met: overRaw <= GOALS.maxOverRaw,
          });
      }
      const growth =
        first === last
          ? undefined
          : ratio(
              medianOf(last, question, concurrency, 'this API'),
              medianOf(first, question, concurrency, 'this API'),
              'p50',
            );
      if (growth !== undefined)
        checks.push({
          goal: `p50 grows at most ${GOALS.maxGrowth}× with the graph`,
          question,
          connections: concurrency,
          scale: `${relationships(first)} → ${relationships(last)}`,
          figure: growth,
          met: growth <= GOALS.maxGrowth,
        });
    }
  }
  return checks;
}
