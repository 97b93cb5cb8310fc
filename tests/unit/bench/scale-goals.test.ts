import { checkGoals, GOALS } from '../../../bench/scale/goals';
import type { ContenderName } from '../../../bench/scale/contenders';
import type { ScaleResult } from '../../../bench/scale/run-scale';
import type { QuestionName } from '../../../bench/scale/questions';

type Figures = Partial<Record<ContenderName, { requestsPerSecond: number; p50: number }>>;

/** A scale whose every dashboard question and concurrency measured the given figures. */
function scale(relationships: number, figures: Figures, question?: QuestionName): ScaleResult {
  const questions: QuestionName[] = question ? [question] : ['bilateral view', 'neighbourhood'];
  const cells = questions.flatMap((q) =>
    [1, 16].flatMap((connections) =>
      Object.entries(figures).map(([contender, median]) => ({
        question: q,
        connections,
        contender,
        median: { ...median, p99: median.p50 * 3, requests: 100 },
      })),
    ),
  );
  return { graph: { relationships }, cells } as unknown as ScaleResult;
}

const find = (checks: ReturnType<typeof checkGoals>, goal: string, scaleLabel: string) =>
  checks.filter((check) => check.goal.startsWith(goal) && check.scale === scaleLabel);

describe('the scale benchmark checks its goals', () => {
  const article = scale(323, {
    'this API': { requestsPerSecond: 1000, p50: 12 },
    '@neo4j/graphql': { requestsPerSecond: 800, p50: 18 },
    'raw driver': { requestsPerSecond: 1500, p50: 10 },
  });
  const million = scale(1_000_047, {
    'this API': { requestsPerSecond: 900, p50: 19 },
    '@neo4j/graphql': { requestsPerSecond: 400, p50: 40 },
    'raw driver': { requestsPerSecond: 1100, p50: 15 },
  });

  it('divides the medians and says which goal each ratio meets', () => {
    const checks = checkGoals([article, million], [1, 16]);
    const overLibraryArticle = find(checks, 'req/s', '323');
    expect(overLibraryArticle).toHaveLength(4); // two questions at two concurrencies
    for (const check of overLibraryArticle) {
      expect(check.figure).toBeCloseTo(1.25);
      expect(check.met).toBe(false);
    }
    for (const check of find(checks, 'req/s', '1,000,047')) {
      expect(check.figure).toBeCloseTo(2.25);
      expect(check.met).toBe(true);
    }
    for (const check of find(checks, 'p50 at most', '323')) {
      expect(check.figure).toBeCloseTo(1.2);
      expect(check.met).toBe(true);
    }
    for (const check of find(checks, 'p50 at most', '1,000,047')) {
      expect(check.figure).toBeCloseTo(19 / 15);
      expect(check.met).toBe(true);
    }
    const growth = find(checks, 'p50 grows', '323 → 1,000,047');
    expect(growth).toHaveLength(4);
    for (const check of growth) {
      expect(check.figure).toBeCloseTo(19 / 12);
      expect(check.met).toBe(false);
    }
  });

  it('counts a ratio exactly at its bound as met', () => {
    const atBound = scale(323, {
      'this API': { requestsPerSecond: GOALS.minOverLibrary * 100, p50: GOALS.maxOverRaw * 10 },
      '@neo4j/graphql': { requestsPerSecond: 100, p50: 20 },
      'raw driver': { requestsPerSecond: 300, p50: 10 },
    });
    const checks = checkGoals([atBound], [16]);
    expect(checks.length).toBeGreaterThan(0);
    expect(checks.every((check) => check.met)).toBe(true);
  });

  it('checks no growth for one scale, and skips what was not measured', () => {
    const onlyRaw = scale(323, { 'this API': { requestsPerSecond: 1000, p50: 12 } }, 'neighbourhood');
    expect(checkGoals([onlyRaw], [1, 16])).toEqual([]);
    const one = checkGoals([article], [16]);
    expect(one.some((check) => check.goal.startsWith('p50 grows'))).toBe(false);
    expect(one.every((check) => check.connections === 16)).toBe(true);
    expect(checkGoals([], [16])).toEqual([]);
  });
});
