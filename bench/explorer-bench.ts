/**
 * npm run bench:explorer — the explorer in Debian's Chromium (headless, no GPU, as in CI):
 * first paint of the page on localhost, the time until a neighbourhood is drawn, the size of the
 * bundle, and frame times while a person pans a drawing of the seed neighbourhood and of a
 * synthetic one of 500 nodes. Starts its own throwaway Neo4j (tests/support/global-setup.ts),
 * or uses TEST_NEO4J_URI. Results are written to bench/results/explorer.md.
 *
 * Options: --runs <n> page loads for first paint (default 5), --pan <ms> per drawing (default 4000).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { PROJECT_ROOT } from '../src/project-root';
import globalSetup from '../tests/support/global-setup';
import globalTeardown from '../tests/support/global-teardown';
import { CHROMIUM_PATH, launchChromium, watchedPage } from '../tests/browser/support/chromium';
import {
  drawnCounts,
  pageTimings,
  waitForNode,
  waitForNodeCount,
} from '../tests/browser/support/explorer-page';
import { startExplorerServer, type ExplorerServer } from '../tests/browser/support/explorer-server';
import { panAndMeasure, type FrameStats } from '../tests/browser/support/frames';
import { SYNTHETIC_FOCUS, serveSyntheticNeighbourhood } from '../tests/browser/support/synthetic-graph';
import type { Browser } from 'playwright-core';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const ms = (value: number) => value.toFixed(0);

interface Load {
  firstPaint: number;
  firstContentfulPaint: number;
  domContentLoaded: number;
  neighbourhoodDrawn: number;
}

/** One cold load in a fresh context (empty cache): paint times, then Nurtleu's drawing. */
async function coldLoad(browser: Browser, server: ExplorerServer): Promise<Load> {
  const { context, page } = await watchedPage(browser, server.url);
  await page.goto('/#/graph/person%3Amurat-nurtleu');
  await waitForNode(page, 'event:2025-05-26-foreign-ministers-meeting-astana');
  const { now, ...timing } = await pageTimings(page);
  await context.close();
  return { ...timing, neighbourhoodDrawn: now };
}

async function panDrawing(browser: Browser, server: ExplorerServer, size: number | null, panMs: number) {
  const { context, page } = await watchedPage(browser, server.url);
  if (size !== null) await serveSyntheticNeighbourhood(page, size);
  const id = size === null ? 'person:murat-nurtleu' : SYNTHETIC_FOCUS;
  // When the neighbourhood's answer arrives, so the drawing's own time can be told from the API's.
  const answer = () =>
    page
      .waitForResponse((response) => (response.request().postData() ?? '').includes('ExplorerNeighbourhood'))
      .then(() => Date.now());
  let began = Date.now();
  let answered = answer();
  await page.goto(`/#/graph/${encodeURIComponent(id)}`);
  if (size === null) {
    // Timed from the change of depth: the query and the drawing of the larger neighbourhood.
    await waitForNode(page, 'event:2025-05-26-foreign-ministers-meeting-astana');
    await answered;
    began = Date.now();
    answered = answer();
    await page.selectOption('#graph-depth', '3');
  }
  await waitForNodeCount(page, size ?? 40);
  const drawn = Date.now();
  const drawMs = drawn - began;
  const afterAnswerMs = drawn - (await answered);
  const { nodes, edges } = await drawnCounts(page);
  const stats = await panAndMeasure(page, panMs);
  await context.close();
  if (stats.panned < 50)
    throw new Error(`The drag moved the drawing by ${stats.panned} px only: it did not pan.`);
  return { nodes, edges, drawMs, afterAnswerMs, stats };
}

function bundleSizes(root: string): { file: string; bytes: number; gzip: number }[] {
  const files = [
    path.join(root, 'index.html'),
    ...fs.readdirSync(path.join(root, 'assets')).map((f) => path.join(root, 'assets', f)),
  ];
  return files.map((file) => {
    const content = fs.readFileSync(file);
    return { file: path.relative(root, file), bytes: content.length, gzip: zlib.gzipSync(content).length };
  });
}

interface Panned {
  nodes: number;
  edges: number;
  drawMs: number;
  afterAnswerMs: number;
  stats: FrameStats;
}

function frameRow(name: string, { nodes, edges, drawMs, afterAnswerMs, stats }: Panned): string {
  return `| ${name} | ${nodes} / ${edges} | ${drawMs} | ${afterAnswerMs} | ${stats.moves} / ${stats.renders} | ${stats.fps.toFixed(0)} | ${ms(stats.p50)} | ${ms(stats.p95)} | ${ms(stats.max)} | ${stats.over50} of ${stats.frames} |`;
}

async function main(): Promise<void> {
  const runs = option('runs', 5);
  const panMs = option('pan', 4000);
  await globalSetup();
  const server = await startExplorerServer();
  const browser = await launchChromium();
  try {
    await coldLoad(browser, server); // warms the API's and Neo4j's caches, not the page's
    const loads: Load[] = [];
    for (let run = 0; run < runs; run += 1) loads.push(await coldLoad(browser, server));
    const seed = await panDrawing(browser, server, null, panMs);
    const large = await panDrawing(browser, server, 500, panMs);
    const sizes = bundleSizes(server.explorerRoot);
    const total = sizes.reduce(
      (sum, size) => ({ bytes: sum.bytes + size.bytes, gzip: sum.gzip + size.gzip }),
      { bytes: 0, gzip: 0 },
    );
    const lines = [
      '# Explorer benchmark',
      '',
      `Run ${new Date().toISOString()} with \`npm run bench:explorer\`: Chromium ${browser.version()} (Debian's \`${CHROMIUM_PATH}\`,`,
      'headless, no GPU: drawn in software), driven by playwright-core, against the API and the explorer on',
      `loopback over a throwaway Neo4j holding the seed article, on ${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), Node ${process.version}.`,
      'Browser, API and Neo4j share the machine.',
      '',
      `## Loading (median of ${runs} cold loads, fresh context and empty cache each)`,
      '',
      '| measure | ms |',
      '| --- | ---: |',
      `| first paint | ${ms(median(loads.map((load) => load.firstPaint)))} |`,
      `| first contentful paint | ${ms(median(loads.map((load) => load.firstContentfulPaint)))} |`,
      `| DOMContentLoaded | ${ms(median(loads.map((load) => load.domContentLoaded)))} |`,
      `| Murat Nurtleu's neighbourhood drawn (from navigation start, API round trip included) | ${ms(median(loads.map((load) => load.neighbourhoodDrawn)))} |`,
      '',
      '## Bundle (`npm run build:web`)',
      '',
      '| file | bytes | gzip bytes |',
      '| --- | ---: | ---: |',
      ...sizes.map(
        (size) => `| ${size.file.replace(/-[\w-]{8}\./, '-[hash].')} | ${size.bytes} | ${size.gzip} |`,
      ),
      `| total | ${total.bytes} | ${total.gzip} |`,
      '',
      'The server sends files uncompressed; the gzip column is what a compressing proxy would send.',
      '',
      `## Panning (${panMs / 1000} s of dragging, pointer moves as fast as the page takes them)`,
      '',
      '"ms to draw" runs from the request (the change of depth, or the navigation with the page load for',
      'the synthetic one) to the nodes being drawn; "after the answer" from the API\'s answer arriving.',
      'Frame times are the gaps between animation frames while the drawing is dragged. The 500-node',
      'neighbourhood is synthetic (the seed article has 54 entities): the benchmark answers the',
      "explorer's neighbourhood query for it in the browser, and every other request goes to the API.",
      '',
      '| drawing | nodes / edges | ms to draw | of which after the answer | pointer moves / redraws | frames/s | p50 frame ms | p95 frame ms | max frame ms | frames over 50 ms |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      frameRow("Murat Nurtleu's neighbourhood, depth 3", seed),
      frameRow('synthetic neighbourhood', large),
      '',
    ];
    const out = path.join(PROJECT_ROOT, 'bench', 'results', 'explorer.md');
    fs.writeFileSync(out, lines.join('\n'));
    console.log(lines.join('\n'));
    console.log(`Written to ${path.relative(PROJECT_ROOT, out)}`);
  } finally {
    await browser.close();
    await server.close();
    await globalTeardown();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
