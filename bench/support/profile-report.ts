import fs from 'node:fs';
import path from 'node:path';
import { GRAPHIQL_TABS } from '../../src/api/graphiql-examples';
import { profileTable, type StatementProfile } from './plan-profile';

const tab = (operation: string): string => {
  const found = GRAPHIQL_TABS.find((entry) => entry.query.includes(`query ${operation}`));
  if (!found) throw new Error(`No GraphiQL tab runs ${operation}`);
  return found.query;
};

/** The dashboard operations of the README, GraphiQL and bench:api, as clients send them. */
export const API_SCENARIOS = [
  { name: 'bilateral view (GraphiQL)', query: tab('BilateralView') },
  {
    name: 'bilateral view (README)',
    query: `{ bilateralRelation(countryA: "country:kazakhstan", countryB: "country:rwanda") {
      since { value text } timeline { nameEn status time { value yearInferred } }
      sectors { subject { nameEn } eventCount } agreements { state negotiationLevels } } }`,
  },
  {
    name: 'bilateral view as of a day (README)',
    query: `{ bilateralRelation(countryA: "country:rwanda", countryB: "country:kazakhstan", asOf: "2025-05-29") {
      since { value } conflicts { property kind values { value sources } } } }`,
  },
  {
    name: 'bilateral view (bench:api)',
    query: `{ bilateralRelation(countryA: "country:rwanda", countryB: "country:kazakhstan") {
      since { value text } timeline { id nameEn status time { value precision } }
      sectors { subject { nameEn } eventCount } initiatives { subject { name } eventCount }
      people { person { name } roles } agreements { nameEn state negotiationLevels } } }`,
  },
  { name: 'neighbourhood depth 2 (GraphiQL)', query: tab('Neighborhood') },
  {
    name: 'neighbourhood depth 2 (README)',
    query: `{ neighborhood(id: "person:murat-nurtleu", depth: 2) {
      nodes { id type displayName properties } edges { id type source target properties evidence { basis } } } }`,
  },
  {
    name: 'neighbourhood depth 2 of a country (bench:api)',
    query: `{ neighborhood(id: "country:rwanda", depth: 2, limit: 50) {
      truncated nodes { id type displayName } edges { id type source target } } }`,
  },
  { name: 'search (GraphiQL)', query: tab('Search') },
  { name: 'shortest path (GraphiQL)', query: tab('PathWithEvidence') },
];

/** One profiling run: where and when, the graph's size, and each statement's profile. */
export interface ProfileRun {
  date: string;
  machine: string;
  loadAverage: string;
  nodes: number;
  relationships: number;
  profiles: StatementProfile[];
}

const count = (value: number) => value.toLocaleString('en');

/** Db hits per statement, one column per graph size, in the order of the first run's statements. */
function comparison(runs: readonly ProfileRun[]): string {
  const sources = [...new Set(runs.flatMap((run) => run.profiles.map((profile) => profile.source)))];
  const header = `| statement | ${runs.map((run) => `db hits at ${count(run.relationships)} rels`).join(' | ')} |`;
  const rows = sources.map((source) => {
    const cells = runs.map((run) => {
      const profile = run.profiles.find((entry) => entry.source === source);
      if (!profile) return '–';
      return profile.scans.length > 0 ? `${count(profile.dbHits)} (label scan)` : count(profile.dbHits);
    });
    return `| ${source} | ${cells.join(' | ')} |`;
  });
  return [header, `| --- | ${runs.map(() => '---:').join(' | ')} |`, ...rows].join('\n');
}

/**
 * Keeps the run in profile.json (replacing an earlier run on a graph of the same size) and writes
 * profile.md from every run kept; returns the markdown.
 */
export function writeProfileReport(directory: string, run: ProfileRun): string {
  const store = path.join(directory, 'profile.json');
  const earlier: ProfileRun[] = fs.existsSync(store)
    ? (JSON.parse(fs.readFileSync(store, 'utf8')) as ProfileRun[])
    : [];
  const runs = [...earlier.filter((entry) => entry.relationships !== run.relationships), run].sort(
    (a, b) => a.relationships - b.relationships,
  );
  fs.writeFileSync(store, `${JSON.stringify(runs, null, 2)}\n`);
  const report = [
    '# Read statements under PROFILE',
    '',
    'Made by `npm run bench:profile`: every statement the API sends to Neo4j for the dashboard operations of the README, GraphiQL and `bench:api` (in the order it sends them, `#n`), then every read of `src/graph/read` that takes an id, each run under `PROFILE` on the same graph. An operation asking only the bilateral view, a neighbourhood or search is one auto-commit statement; the transaction of any other operation reads the graph version first and, after more than one read, last (the check that no load committed while it read). Db hits are the sum over the plan; a label scan (`NodeByLabelScan`, `AllNodesScan`) is marked. Lists without a filter (every event, every conflict) scan their label by design and are not here.',
    '',
    '## Db hits by graph size',
    '',
    comparison(runs),
    '',
    ...runs.flatMap((entry) => [
      `## ${count(entry.relationships)} relationships, ${count(entry.nodes)} nodes`,
      '',
      `Run ${entry.date} on ${entry.machine}, load average ${entry.loadAverage}.`,
      '',
      profileTable(entry.profiles),
      '',
    ]),
  ].join('\n');
  fs.writeFileSync(path.join(directory, 'profile.md'), report);
  return report;
}
