/**
 * One scale of the benchmark: the graph built to a relationship count, the three contenders
 * started against it, their answers checked equal, then interleaved rounds (the contenders'
 * order rotated each round) of every question at every concurrency.
 */
import { startContenders, type Contender, type ContenderName } from './contenders';
import { emptyGraph, generateScaleGraph, type GenerateResult } from './generate';
import { median, type Measurement } from './measure';
import { startCpuCount, type CpuPerRequest } from '../support/process-cpu';
import { QUESTIONS, stableJson, type QuestionName } from './questions';
import type { ScaleNeo4j } from './throwaway';

export interface RunOptions {
  rounds: number;
  seconds: number;
  connections: readonly number[];
  warmupSeconds: number;
  /** Seconds of load on Neo4j alone (the raw driver, every question) before any warm-up of a contender. */
  neo4jWarmupSeconds: number;
  seed?: number;
}

export interface CellResult {
  question: QuestionName;
  connections: number;
  contender: ContenderName;
  perRound: Measurement[];
  median: Measurement;
  /** CPU milliseconds per request of each process involved, medians over rounds. */
  cpu: CpuPerRequest;
}

export interface RssReading {
  question: QuestionName;
  connections: number;
  /** This API's resident memory (MiB) before and after its turn, medians over rounds. */
  before: number;
  after: number;
}

export interface ScaleResult {
  target: number;
  graph: GenerateResult;
  cells: CellResult[];
  rss: RssReading[];
  /** Each question's canonical answer, the same from all three contenders. */
  answers: Record<QuestionName, unknown>;
}

/** One question at one concurrency by one contender, at this scale, if the run measured it. */
export function findCell(
  result: ScaleResult,
  question: QuestionName,
  connections: number,
  contender: ContenderName,
): CellResult | undefined {
  return result.cells.find(
    (cell) => cell.question === question && cell.connections === connections && cell.contender === contender,
  );
}

/** The median of one question at one concurrency by one contender, if the run measured it. */
export function medianOf(
  result: ScaleResult,
  question: QuestionName,
  connections: number,
  contender: ContenderName,
): Measurement | undefined {
  return findCell(result, question, connections, contender)?.median;
}

export async function runScale(
  neo: ScaleNeo4j,
  target: number,
  options: RunOptions,
  log: (line: string) => void,
): Promise<ScaleResult> {
  log(
    target === 0
      ? 'Building the article graph...'
      : `Building a graph of ${target.toLocaleString('en')} relationships...`,
  );
  await emptyGraph(neo.database);
  const graph = await generateScaleGraph(neo.database, { relationships: target, seed: options.seed, log });
  log(
    `  ${graph.nodes.toLocaleString('en')} nodes, ${graph.relationships.toLocaleString('en')} relationships (article ${(graph.timings.load / 1000).toFixed(1)} s, synthetic ${(graph.timings.synthetic / 1000).toFixed(1)} s)`,
  );
  const contenders = await startContenders(neo.uri, neo.password);
  try {
    await firstAnswers(contenders, log);
    const answers = await checkAnswers(contenders);
    // Neo4j's JIT needs tens of seconds of load after a start or a bulk write: measured on the
    // bilateral view, its CPU per request fell from 3.9 to 0.44 ms over the first 25 s. Warmed
    // here first, through the raw driver (the cheapest client), so no contender's turn pays for it.
    const raw = contenders.find((contender) => contender.name === 'raw driver');
    const share = options.neo4jWarmupSeconds / QUESTIONS.length;
    if (raw && share >= 1)
      for (const question of QUESTIONS)
        await raw.measure(question, Math.max(...options.connections), Math.round(share));
    // Warm at every concurrency: plans, JIT and connection pools, of the servers and of this process.
    for (const question of QUESTIONS)
      for (const connections of options.connections)
        for (const contender of contenders)
          await contender.measure(question, connections, options.warmupSeconds);

    const perRound = new Map<string, Measurement[]>();
    const cpuPerRound = new Map<string, CpuPerRequest[]>();
    const rssBefore = new Map<string, number[]>();
    const rssAfter = new Map<string, number[]>();
    const push = <T>(map: Map<string, T[]>, key: string, value: T) =>
      map.set(key, [...(map.get(key) ?? []), value]);
    for (let round = 0; round < options.rounds; round++) {
      let turn = 0;
      for (const question of QUESTIONS) {
        for (const connections of options.connections) {
          // Rotated each turn, so no contender always runs first (after a pause) or last.
          const shift = (round + turn++) % contenders.length;
          const order = [...contenders.slice(shift), ...contenders.slice(0, shift)];
          for (const contender of order) {
            const key = `${question}|${connections}|${contender.name}`;
            const before = contender.rssMiB();
            const countCpu = startCpuCount({ server: contender.pid, neo4j: neo.pid });
            const measured = await contender.measure(question, connections, options.seconds);
            const cpu = countCpu(measured.requests);
            const after = contender.rssMiB();
            push(perRound, key, measured);
            push(cpuPerRound, key, cpu);
            if (contender.name === 'this API' && before !== null && after !== null) {
              push(rssBefore, `${question}|${connections}`, before);
              push(rssAfter, `${question}|${connections}`, after);
            }
            log(
              `  round ${round + 1} ${question} ×${connections} ${contender.name}: ${measured.requestsPerSecond.toFixed(1)} req/s, p50 ${measured.p50.toFixed(1)} ms`,
            );
          }
        }
      }
    }
    // The answers again: a server that broke under load must not pass unnoticed.
    const after = await checkAnswers(contenders);
    if (stableJson(after) !== stableJson(answers))
      throw new Error('The answers changed during the measurement');

    const cells: CellResult[] = [...perRound].map(([key, rounds]) => {
      const [question, connections, contender] = key.split('|') as [QuestionName, string, ContenderName];
      return {
        question,
        connections: Number(connections),
        contender,
        perRound: rounds,
        median: {
          requestsPerSecond: median(rounds.map((m) => m.requestsPerSecond)),
          p50: median(rounds.map((m) => m.p50)),
          p99: median(rounds.map((m) => m.p99)),
          requests: rounds.reduce((sum, m) => sum + m.requests, 0),
        },
        cpu: medianCpu(cpuPerRound.get(key)!),
      };
    });
    const rss = [...rssBefore].map(([key, before]) => {
      const [question, connections] = key.split('|') as [QuestionName, string];
      return {
        question,
        connections: Number(connections),
        before: median(before),
        after: median(rssAfter.get(key)!),
      };
    });
    return { target, graph, cells, rss, answers };
  } finally {
    await Promise.all(contenders.map((contender) => contender.stop()));
  }
}

/** Each process's median over rounds; null when a round could not read it. */
function medianCpu(rounds: readonly CpuPerRequest[]): CpuPerRequest {
  const of = (key: keyof CpuPerRequest) => {
    const values = rounds.map((round) => round[key]);
    return values.every((value): value is number => value !== null) ? median(values) : null;
  };
  return { server: of('server'), neo4j: of('neo4j'), loadGenerator: of('loadGenerator') };
}

/**
 * The first request of a fresh server on a fresh graph compiles its plans and warms the JVM; on a
 * busy machine it may run past the API's read timeout. A few tries are allowed here, none later.
 */
async function firstAnswers(contenders: readonly Contender[], log: (line: string) => void): Promise<void> {
  for (const question of QUESTIONS) {
    for (const contender of contenders) {
      for (let attempt = 1; ; attempt++) {
        try {
          await contender.ask(question);
          break;
        } catch (error) {
          if (attempt === 3) throw error;
          log(
            `  ${contender.name} failed a first "${question}" (${String(error).slice(0, 120)}); asking again`,
          );
        }
      }
    }
  }
}

/** Asks every question of every contender once; a difference fails the benchmark. */
export async function checkAnswers(contenders: readonly Contender[]): Promise<Record<QuestionName, unknown>> {
  const answers = {} as Record<QuestionName, unknown>;
  for (const question of QUESTIONS) {
    const given: (readonly [string, unknown])[] = [];
    // One at a time: the first, cold request of each server gets the machine to itself.
    for (const contender of contenders) given.push([contender.name, await contender.ask(question)]);
    const [first, ...others] = given;
    for (const [name, answer] of others) {
      if (stableJson(answer) !== stableJson(first![1])) {
        throw new Error(
          `ANSWERS DIFFER for "${question}": ${first![0]} and ${name} disagree.\n${first![0]}: ${stableJson(first![1])}\n${name}: ${stableJson(answer)}`,
        );
      }
    }
    answers[question] = first![1];
  }
  return answers;
}
