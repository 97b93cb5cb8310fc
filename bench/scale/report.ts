/**
 * The scale benchmark's results as markdown: the machine and run, then per scale the graph, a
 * table of the three contenders per question and concurrency with the ratios, and this API's
 * memory; last, how each contender's latency grows with the graph.
 */
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { checkGoals } from './goals';
import { findCell, medianOf, type RunOptions, type ScaleResult } from './run-scale';
import type { QuestionName } from './questions';
import { QUESTIONS, scaleInvariant } from './questions';

export interface RunInfo {
  started: Date;
  loadAtStart: number[];
  loadAtEnd: number[];
  neo4jVersion: string;
  heapMiB: number;
  pageCacheMiB: number;
  command: string;
  options: RunOptions;
}

const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
const load = (values: number[]) => values.map((value) => value.toFixed(2)).join(' ');

function commit(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { encoding: 'utf8' }).trim() !== '';
    return dirty ? `${head} with uncommitted changes` : head;
  } catch {
    return 'unknown';
  }
}

export function scaleLabel(result: ScaleResult): string {
  return result.graph.relationships === result.graph.articleRelationships
    ? `The article alone (${result.graph.relationships.toLocaleString('en')} relationships)`
    : `${result.graph.relationships.toLocaleString('en')} relationships`;
}

/** Which questions answer differently here than at the first scale (empty: none). */
export function changedAnswers(result: ScaleResult, first: ScaleResult): QuestionName[] {
  return QUESTIONS.filter(
    (question) =>
      scaleInvariant(question, result.answers[question]) !==
      scaleInvariant(question, first.answers[question]),
  );
}

function scaleSection(result: ScaleResult, options: RunOptions, first: ScaleResult): string[] {
  const g = result.graph;
  const changed = changedAnswers(result, first);
  const sameness =
    result === first
      ? ''
      : changed.length === 0
        ? ` The answers are those of the first scale (search scores and edge ids aside).`
        : ` The answers to ${changed.join(', ')} DIFFER from the first scale's.`;
  const lines = [
    `## ${scaleLabel(result)}`,
    '',
    `${g.nodes.toLocaleString('en')} nodes, ${g.relationships.toLocaleString('en')} relationships (the article's ${g.articleRelationships}); article loaded in ${fixed(g.timings.load / 1000)} s, synthetic data written in ${fixed(g.timings.synthetic / 1000)} s.${sameness}`,
    '',
    '| question | connections | this API req/s (p50 / p99 ms) | @neo4j/graphql | raw driver | API ÷ @neo4j/graphql req/s | API p50 ÷ raw p50 | API RSS before → after (MiB) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const question of QUESTIONS) {
    for (const connections of options.connections) {
      const api = medianOf(result, question, connections, 'this API');
      const library = medianOf(result, question, connections, '@neo4j/graphql');
      const raw = medianOf(result, question, connections, 'raw driver');
      const show = (m: typeof api) =>
        m ? `${fixed(m.requestsPerSecond)} (${fixed(m.p50)} / ${fixed(m.p99)})` : '–';
      const rss = result.rss.find(
        (entry) => entry.question === question && entry.connections === connections,
      );
      lines.push(
        `| ${question} | ${connections} | ${show(api)} | ${show(library)} | ${show(raw)} | ${api && library ? fixed(api.requestsPerSecond / library.requestsPerSecond, 2) : '–'} | ${api && raw ? fixed(api.p50 / raw.p50, 2) : '–'} | ${rss ? `${fixed(rss.before)} → ${fixed(rss.after)}` : '–'} |`,
      );
    }
  }
  lines.push('', ...cpuTable(result, options), '');
  return lines;
}

/**
 * Where each request's CPU went, per process: what bounds a contender on shared cores. The raw
 * driver has no server of its own; its work is in the load generator's share.
 */
function cpuTable(result: ScaleResult, options: RunOptions): string[] {
  const ms = (value: number | null) => (value === null ? '–' : value.toFixed(2));
  const lines = [
    'CPU milliseconds per request, medians over rounds: serving process + Neo4j + this process (the load generator; for the raw driver, the driver and its loops).',
    '',
    '| question | connections | this API | @neo4j/graphql | raw driver |',
    '| --- | ---: | ---: | ---: | ---: |',
  ];
  for (const question of QUESTIONS) {
    for (const connections of options.connections) {
      const shares = (['this API', '@neo4j/graphql', 'raw driver'] as const).map((contender) => {
        const cpu = findCell(result, question, connections, contender)?.cpu;
        return cpu ? `${ms(cpu.server)} + ${ms(cpu.neo4j)} + ${ms(cpu.loadGenerator)}` : '–';
      });
      lines.push(`| ${question} | ${connections} | ${shares.join(' | ')} |`);
    }
  }
  return lines;
}

function growthSection(results: ScaleResult[], options: RunOptions): string[] {
  if (results.length < 2) return [];
  const lines = [
    '## Growth with the graph',
    '',
    `p50 in ms at each scale (${results.map((r) => r.graph.relationships.toLocaleString('en')).join(' → ')} relationships), and the last over the first.`,
    '',
    '| question | connections | contender | p50 by scale | last ÷ first |',
    '| --- | ---: | --- | --- | ---: |',
  ];
  for (const question of QUESTIONS) {
    for (const connections of options.connections) {
      for (const contender of ['this API', '@neo4j/graphql', 'raw driver'] as const) {
        const p50s = results.map(
          (result) => medianOf(result, question, connections, contender)?.p50 ?? Number.NaN,
        );
        lines.push(
          `| ${question} | ${connections} | ${contender} | ${p50s.map((p) => fixed(p)).join(' → ')} | ${fixed(p50s.at(-1)! / p50s[0]!, 2)} |`,
        );
      }
    }
  }
  lines.push('');
  return lines;
}

/** Which of the dashboard questions' goals this run met (bench/scale/goals.ts). */
function goalsSection(results: ScaleResult[], options: RunOptions): string[] {
  const checks = checkGoals(results, options.connections);
  if (checks.length === 0) return [];
  const met = checks.filter((check) => check.met).length;
  return [
    '## Goals',
    '',
    `This API on the dashboard questions, from the medians above: ${met} of ${checks.length} checks met. Ratios at the smallest and the largest scale of the run (relationships), growth between them.`,
    '',
    '| goal | question | connections | scale | figure | met |',
    '| --- | --- | ---: | --- | ---: | --- |',
    ...checks.map(
      (check) =>
        `| ${check.goal} | ${check.question} | ${check.connections} | ${check.scale} | ${fixed(check.figure, 2)} | ${check.met ? 'yes' : 'no'} |`,
    ),
    '',
  ];
}

export function renderReport(results: ScaleResult[], info: RunInfo): string {
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  const memoryGiB = (os.totalmem() / 1024 ** 3).toFixed(1);
  const o = info.options;
  return [
    '# Scale benchmark: this API, @neo4j/graphql and the raw driver',
    '',
    `Run ${info.started.toISOString()} with \`${info.command}\` at commit ${commit()}, on ${os.cpus().length} cores (${cpu}), ${memoryGiB} GiB of memory, Node ${process.version}; load average ${load(info.loadAtStart)} at the start and ${load(info.loadAtEnd)} at the end.`,
    `Neo4j ${info.neo4jVersion}, a throwaway local instance (heap cap ${info.heapMiB} MiB, page cache ${info.pageCacheMiB} MiB) on the same machine as the servers and the load generator.`,
    '',
    `Each scale is built from empty: the article of data/articles loaded with the project's loader, then synthetic data shaped like the model (bench/scale/plan.ts: countries, ministries, embassies, people with positions, events with participants, places and subjects, relations, statements, commitments, agreements, articles with sentences, mentions, spans and claims), seeded, up to the relationship count. Hubs (Rwanda, Kazakhstan, the sectors) grow; the Rwanda–Kazakhstan relation and Murat Nurtleu's neighbours do not, so every scale asks about the same answer.`,
    `Three questions (the GraphiQL examples): the bilateral view Rwanda–Kazakhstan, the neighbourhood of depth 2 of Murat Nurtleu (limit 40), and search for "Ububanyi n'Amahanga" (first 5). This API (src/cli/serve.ts) and @neo4j/graphql 7 (graphql-yoga, type definitions in bench/scale/neo4j-graphql-type-defs.ts) each run in their own process as compiled JavaScript under plain Node (tsc into dist/, as \`npm run serve\` runs the API) and are driven over loopback by autocannon; the raw driver runs the project's read functions as the API sends these operations (one auto-commit statement each), in this process, with source-mapped stack traces off like the servers. All three answers are checked equal (canonical form: lists sorted, same fields) before and after the measurements; a difference fails the run.`,
    `${o.rounds} interleaved rounds per scale, the contenders' order rotated each turn, ${o.seconds} s per measurement after a warm-up of Neo4j alone (${o.neo4jWarmupSeconds} s of the three questions through the raw driver, at each scale) and of ${o.warmupSeconds} s per question, concurrency and contender; medians over rounds. Latency is each request's own time (from autocannon's response events for HTTP), so p50 and p99 are exact for all three. RSS is this API's resident memory before and after its measurement (medians over rounds).`,
    '',
    ...results.flatMap((result) => scaleSection(result, o, results[0]!)),
    ...growthSection(results, o),
    ...goalsSection(results, o),
  ].join('\n');
}
