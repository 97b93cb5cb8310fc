import type { Driver, ProfiledPlan } from 'neo4j-driver';
import type { SpiedStatement } from '../../tests/support/statement-spy';

/** What PROFILE says of one statement. */
export interface StatementProfile {
  /** Where the statement comes from: a GraphQL operation and its order there, or a read function. */
  source: string;
  /** The first line that matches or calls, to tell statements apart in the table. */
  summary: string;
  dbHits: number;
  rows: number;
  /** Operators that read every node of a label, or every node: `NodeByLabelScan(e:Event)`. */
  scans: string[];
  /** Index seeks and scans, to show where a lookup starts. */
  seeks: string[];
}

const SCAN = /^(NodeByLabelScan|AllNodesScan|UnionNodeByLabelsScan|IntersectionNodeByLabelsScan)/;
const SEEK = /Index(Seek|Scan|ContainsScan|EndsWithScan)|NodeByIdSeek/;

function walk(plan: ProfiledPlan, visit: (plan: ProfiledPlan) => void): void {
  visit(plan);
  for (const child of plan.children) walk(child, visit);
}

/** The operator name without the runtime suffix (`NodeByLabelScan@neo4j`), with its details. */
function describe(plan: ProfiledPlan): string {
  const operator = plan.operatorType.split('@')[0] ?? plan.operatorType;
  const details = plan.arguments['Details'];
  return typeof details === 'string' && details !== '' ? `${operator}(${details})` : operator;
}

function summaryOf(cypher: string): string {
  const lines = cypher
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const first = lines.find((line) => /^(OPTIONAL MATCH|MATCH|CALL db|UNWIND)/.test(line)) ?? lines[0] ?? '';
  const anchor = lines.find((line) => /^(OPTIONAL MATCH|MATCH)/.test(line));
  const text = first.startsWith('UNWIND') && anchor ? `${first} ${anchor}` : first;
  return text.length > 110 ? `${text.slice(0, 107)}…` : text;
}

/** Runs the statement under PROFILE in a read transaction and sums its plan. */
export async function profileStatement(
  driver: Driver,
  database: string,
  source: string,
  statement: SpiedStatement,
): Promise<StatementProfile> {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    const result = await session.executeRead((tx) =>
      tx.run(`PROFILE ${statement.cypher}`, statement.parameters),
    );
    const plan = result.summary.profile;
    if (!plan) throw new Error(`Neo4j returned no profile for ${summaryOf(statement.cypher)}`);
    let dbHits = 0;
    const scans: string[] = [];
    const seeks: string[] = [];
    walk(plan, (operator) => {
      dbHits += operator.dbHits;
      if (SCAN.test(operator.operatorType)) scans.push(describe(operator));
      else if (SEEK.test(operator.operatorType)) seeks.push(describe(operator));
    });
    return { source, summary: summaryOf(statement.cypher), dbHits, rows: plan.rows, scans, seeks };
  } finally {
    await session.close();
  }
}

/** One markdown table of profiles; a label scan is marked so it stands out. */
export function profileTable(profiles: readonly StatementProfile[]): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  const rows = profiles.map(
    (profile) =>
      `| ${cell(profile.source)} | \`${cell(profile.summary)}\` | ${profile.dbHits.toLocaleString('en')} | ${profile.rows.toLocaleString('en')} | ${
        profile.scans.length > 0 ? `**${cell(profile.scans.join(', '))}**` : 'none'
      } | ${cell([...new Set(profile.seeks)].join(', ')) || '–'} |`,
  );
  return [
    '| statement | starts with | db hits | rows | label scans | index lookups |',
    '| --- | --- | ---: | ---: | --- | --- |',
    ...rows,
  ].join('\n');
}
