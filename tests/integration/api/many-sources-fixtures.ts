import fs from 'node:fs';
import path from 'node:path';
import { loadArticles } from '../../../src/ingest/load-articles';
import { PROJECT_ROOT } from '../../../src/project-root';
import {
  countingTestDatabase,
  dataOf,
  testApi,
  type CountingDatabase,
  type TestApi,
} from '../../support/api';
import { emptyDatabase } from '../../support/graph';

/** The six articles of tests/fixtures/many-sources, and the ids the API tests read them by. */

const FIXTURES = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'many-sources');
export const MANY_SOURCES_FOLDERS = fs
  .readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => path.join(FIXTURES, entry.name));

export const A25 = 'rw-gh-2025-05-25-visit-expected';
export const A28 = 'rw-gh-2025-05-28-minister-arrived';
export const A29 = 'en-rw-gh-2025-05-29-visit-kigali';
export const A30_HUYE = 'rw-gh-2025-05-30-ministers-meeting-huye';
export const A30_AGRICULTURE = 'rw-gh-2025-05-30-agriculture-meeting';
export const A0603 = 'en-rw-gh-2025-06-03-air-services-talks';

// Resolution's choice of ids for the merged things (each article named them its own way).
export const VISIT = 'event:2025-05-27-asante-mensah-visit-kigali';
export const MINISTERS_MEETING = 'event:2025-05-28-foreign-ministers-meeting-huye';
export const HABIMANA_MEETING = 'event:2025-05-29-asante-mensah-habimana-meeting';
export const RELATION = 'relation:ghana--rwanda';

export interface ManySourcesApi {
  database: CountingDatabase;
  api: TestApi;
  /** The data of an operation that must have no errors. */
  query(text: string, variables?: Record<string, unknown>): Promise<Record<string, any>>;
}

/** An empty database with the six articles loaded together, and the API over it. */
export async function loadManySources(): Promise<ManySourcesApi> {
  if (MANY_SOURCES_FOLDERS.length !== 6) throw new Error(`expected six fixture folders in ${FIXTURES}`);
  const database = countingTestDatabase();
  await emptyDatabase(database);
  await loadArticles(database, MANY_SOURCES_FOLDERS);
  const api = testApi(database);
  return {
    database,
    api,
    query: async (text, variables = {}) => dataOf(await api.query(text, variables)),
  };
}
