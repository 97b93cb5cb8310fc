import { createInterface } from 'node:readline/promises';
import { readConfig } from '../config';
import { countAllNodes } from '../graph/read/articles';
import { deleteWholeGraph } from '../graph/write/reset';
import { exitOnError, UsageError } from './fail';
import { withDatabase } from './with-database';

/** npm run db:reset [-- --yes]: deletes every node and relationship; constraints and indexes stay. */
async function main(args: string[]): Promise<void> {
  const config = readConfig();
  if (!args.includes('--yes') && !(await confirm(config.neo4j.uri, config.neo4j.database))) {
    console.log('Nothing was deleted.');
    return;
  }
  const deleted = await withDatabase(config, async (database) => {
    const counted = await database.read({ name: 'count-before-reset' }, countAllNodes);
    await database.write({ name: 'db-reset' }, deleteWholeGraph);
    return counted;
  });
  console.log(
    `Deleted ${deleted} nodes and their relationships from ${config.neo4j.database} at ${config.neo4j.uri}.`,
  );
}

async function confirm(uri: string, database: string): Promise<boolean> {
  if (!process.stdin.isTTY) {
    throw new UsageError(
      'db:reset asks for confirmation; without a terminal, pass --yes: npm run db:reset -- --yes',
    );
  }
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const answer = await prompt.question(
      `Delete ALL data in database ${database} at ${uri}? Type "yes" to confirm: `,
    );
    return answer.trim().toLowerCase() === 'yes';
  } finally {
    prompt.close();
  }
}

main(process.argv.slice(2)).catch(exitOnError);
