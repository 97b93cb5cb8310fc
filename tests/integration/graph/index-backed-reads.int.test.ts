import type { Driver } from 'neo4j-driver';
import { profileStatement, type StatementProfile } from '../../../bench/support/plan-profile';
import { API_SCENARIOS } from '../../../bench/support/profile-report';
import { ARTICLE_SAMPLE, findSampleIds, readCalls } from '../../../bench/support/read-calls';
import { Database } from '../../../src/db/database';
import { createDriver } from '../../../src/db/driver';
import { dataOf, testApi, type TestApi } from '../../support/api';
import { loadSeedArticle } from '../../support/graph';
import { testConfig } from '../../support/neo4j';
import { spyOnStatements, type SpiedStatement } from '../../support/statement-spy';

/**
 * Every statement the dashboard operations send (the README's, GraphiQL's and bench:api's), and
 * every read of src/graph/read that takes an id, starts from an index: its plan on the seed
 * article's graph has no label scan. bench:profile measures the same statements' db hits up to a
 * million relationships; this keeps a scan from coming back unnoticed between its runs.
 */
describe('reads start from an index', () => {
  const sent: SpiedStatement[] = [];
  let driver: Driver;
  let database: Database;
  let api: TestApi;
  let databaseName: string;

  beforeAll(async () => {
    const config = testConfig();
    databaseName = config.neo4j.database;
    driver = createDriver(config.neo4j);
    database = new Database(
      spyOnStatements(driver, (statement) => sent.push(statement)),
      databaseName,
    );
    await loadSeedArticle(database);
    api = testApi(database, config);
  });

  afterAll(() => database.close());

  const profileSent = async (source: string): Promise<StatementProfile[]> => {
    const statements = sent.splice(0);
    expect(statements.length).toBeGreaterThan(0);
    const profiles: StatementProfile[] = [];
    for (const statement of statements)
      profiles.push(await profileStatement(driver, databaseName, source, statement));
    return profiles;
  };

  /** Each statement that scans a label, with its scans: empty when none does. */
  const scans = (profiles: StatementProfile[]) =>
    profiles
      .filter((profile) => profile.scans.length > 0)
      .map((profile) => `${profile.summary}: ${profile.scans.join(', ')}`);

  it('when a statement reads a label without an index, then the check sees the scan', async () => {
    const profile = await profileStatement(driver, databaseName, 'a scan', {
      cypher: 'MATCH (event:Event) WHERE event.nameEn = $name RETURN event.id AS id',
      parameters: { name: 'none' },
      via: 'transaction',
    });
    expect(profile.scans).toEqual([expect.stringMatching(/^NodeByLabelScan\(event:Event\)/)]);
  });

  it.each(API_SCENARIOS.map((scenario) => [scenario.name, scenario.query]))(
    'when the dashboard operation "%s" runs, then none of its statements scans a label',
    async (name, query) => {
      sent.length = 0;
      dataOf(await api.query(query));
      expect(scans(await profileSent(name))).toEqual([]);
    },
  );

  it('when every read by id runs, now and as of a day, then none scans a label', async () => {
    const ids = await database.read({ name: 'test-sample-ids' }, (tx) => findSampleIds(tx, ARTICLE_SAMPLE));
    const calls = readCalls(ids);
    expect(calls.length).toBeGreaterThan(10);
    const found: string[] = [];
    for (const call of calls) {
      sent.length = 0;
      await database.read({ name: `test-${call.name}` }, (tx) => call.run(tx));
      found.push(...scans(await profileSent(call.name)).map((scan) => `${call.name}: ${scan}`));
    }
    expect(found).toEqual([]);
  });
});
