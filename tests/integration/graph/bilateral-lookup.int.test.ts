import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../../../src/db/database';
import { readBilateralRelation, readRelationAgreements } from '../../../src/graph/read/bilateral';
import { readBilateralView } from '../../../src/graph/read/bilateral-view';
import { emptyDatabase } from '../../support/graph';
import { openTestDatabase } from '../../support/neo4j';

/**
 * The lookups of the bilateral view on a small hand-made graph: a relation is found by its usual
 * id through the index, and also when it is named otherwise; agreements are those every country
 * of the relation is party to, whichever way the read finds them (joined from both countries, or
 * checked one by one from the quieter country).
 */
describe('finding a bilateral relation and its agreements', () => {
  let database: Database;

  beforeAll(async () => {
    database = openTestDatabase();
    await emptyDatabase(database);
    await database.write({ name: 'test-bilateral-lookup' }, (tx) =>
      tx.run(
        `CREATE (aa:Entity:Country {id: 'country:aa', name: 'Aa'}),
                (bb:Entity:Country {id: 'country:bb', name: 'Bb'}),
                (cc:Entity:Country {id: 'country:cc', name: 'Cc'}),
                (usual:Entity:BilateralRelation {id: 'relation:aa--bb', name: 'Aa–Bb'}),
                (other:Entity:BilateralRelation {id: 'relation:named-otherwise', name: 'Aa–Cc'}),
                (both:Entity:Agreement {id: 'agreement:both', name: 'Both'}),
                (onlyA:Entity:Agreement {id: 'agreement:only-aa', name: 'Only Aa'}),
                (three:Entity:Agreement {id: 'agreement:three', name: 'Three'}),
                (aa)-[:PARTY_TO]->(usual), (bb)-[:PARTY_TO]->(usual),
                (aa)-[:PARTY_TO]->(other), (cc)-[:PARTY_TO]->(other),
                (aa)-[:PARTY_TO]->(both), (bb)-[:PARTY_TO]->(both),
                (aa)-[:PARTY_TO]->(onlyA),
                (aa)-[:PARTY_TO]->(three), (bb)-[:PARTY_TO]->(three), (cc)-[:PARTY_TO]->(three)`,
      ),
    );
    // A busy country (dd: a relation and nine agreements) beside a quiet one (ee: a relation and
    // one agreement): more than four times the links, so the agreements are found from ee's side.
    // ff's relation lost its other country: the agreements are then all of ff's.
    await database.write({ name: 'test-bilateral-lookup' }, (tx) =>
      tx.run(
        `CREATE (dd:Entity:Country {id: 'country:dd', name: 'Dd'}),
                (ee:Entity:Country {id: 'country:ee', name: 'Ee'}),
                (ff:Entity:Country {id: 'country:ff', name: 'Ff'}),
                (busy:Entity:BilateralRelation {id: 'relation:dd--ee', name: 'Dd–Ee'}),
                (alone:Entity:BilateralRelation {id: 'relation:ff--gone', name: 'Ff–?'}),
                (shared:Entity:Agreement {id: 'agreement:dd-ee', name: 'Dd and Ee'}),
                (ffOwn:Entity:Agreement {id: 'agreement:ff', name: 'Ff'}),
                (dd)-[:PARTY_TO]->(busy), (ee)-[:PARTY_TO]->(busy), (ff)-[:PARTY_TO]->(alone),
                (dd)-[:PARTY_TO]->(shared), (ee)-[:PARTY_TO]->(shared), (ff)-[:PARTY_TO]->(ffOwn)
         WITH dd
         UNWIND range(1, 8) AS n
         CREATE (dd)-[:PARTY_TO]->(:Entity:Agreement {id: 'agreement:dd-' + n, name: 'Dd ' + n})`,
      ),
    );
  });

  afterAll(async () => {
    await emptyDatabase(database);
    await database.close();
  });

  const read = <T>(work: (tx: ManagedTransaction) => Promise<T>) =>
    database.read({ name: 'test-bilateral-lookup' }, work);

  it('when the relation has its usual id, then it is found in either order of the countries', async () => {
    for (const [a, b] of [
      ['country:aa', 'country:bb'],
      ['country:bb', 'country:aa'],
    ] as const) {
      const relation = await read((tx) => readBilateralRelation(tx, a, b));
      expect(relation?.id).toBe('relation:aa--bb');
    }
  });

  it('when the relation is named otherwise, then it is still found from the countries', async () => {
    const relation = await read((tx) => readBilateralRelation(tx, 'country:cc', 'country:aa'));
    expect(relation?.id).toBe('relation:named-otherwise');
  });

  it('when the usual relation is not yet reported by the day, then there is none as of then, even beside one named otherwise', async () => {
    // Two relation nodes for one pair is a graph to repair; the usual one decides, so the lookup
    // as of a day never walks from the countries (hubs in a large graph) once it is found.
    await database.write({ name: 'test-bilateral-lookup' }, (tx) =>
      tx.run(
        `CREATE (hh:Entity:Country {id: 'country:hh', name: 'Hh'}),
                (ii:Entity:Country {id: 'country:ii', name: 'Ii'}),
                (usual:Entity:BilateralRelation {id: 'relation:hh--ii', name: 'Hh–Ii', firstReported: date('2025-06-01')}),
                (older:Entity:BilateralRelation {id: 'relation:hh-ii-older', name: 'Hh–Ii', firstReported: date('2024-01-01')}),
                (hh)-[:PARTY_TO {sourceDates: ['2025-06-01']}]->(usual), (ii)-[:PARTY_TO {sourceDates: ['2025-06-01']}]->(usual),
                (hh)-[:PARTY_TO {sourceDates: ['2024-01-01']}]->(older), (ii)-[:PARTY_TO {sourceDates: ['2024-01-01']}]->(older)`,
      ),
    );
    const asOf = (day: string | null) =>
      read((tx) => readBilateralRelation(tx, 'country:ii', 'country:hh', day)).then(
        (found) => found?.id ?? null,
      );
    expect(await asOf('2025-01-01')).toBeNull();
    expect(await asOf('2025-07-01')).toBe('relation:hh--ii');
    expect(await asOf(null)).toBe('relation:hh--ii');
  });

  it('when two countries have no relation, then there is none, and the view says both countries exist', async () => {
    expect(await read((tx) => readBilateralRelation(tx, 'country:bb', 'country:cc'))).toBeNull();
    const view = await read((tx) =>
      readBilateralView(tx, 'country:bb', 'country:cc', null, { agreements: true }),
    );
    expect(view).toEqual({ countryAFound: true, countryBFound: true, relation: null, parts: {} });
  });

  it('when an id is not a country, then the view says which one', async () => {
    const view = await read((tx) => readBilateralView(tx, 'country:aa', 'agreement:both', null, {}));
    expect([view.countryAFound, view.countryBFound, view.relation]).toEqual([true, false, null]);
  });

  it('when agreements are read, then only those every country of the relation is party to come back', async () => {
    const byRelation = await read((tx) =>
      readRelationAgreements(tx, ['relation:aa--bb', 'relation:named-otherwise']),
    );
    expect(byRelation.get('relation:aa--bb')?.map((agreement) => agreement.id)).toEqual([
      'agreement:both',
      'agreement:three',
    ]);
    expect(byRelation.get('relation:named-otherwise')?.map((agreement) => agreement.id)).toEqual([
      'agreement:three',
    ]);
    const view = await read((tx) =>
      readBilateralView(tx, 'country:bb', 'country:aa', null, { agreements: true, countries: true }),
    );
    expect(view.parts.agreements?.map((agreement) => agreement.id)).toEqual([
      'agreement:both',
      'agreement:three',
    ]);
    expect(view.parts.countries?.map((country) => country.node.id).sort()).toEqual([
      'country:aa',
      'country:bb',
    ]);
  });

  it('when one country has far more links than the other, or the relation has one country, then the agreements are still those of every country', async () => {
    const byRelation = await read((tx) =>
      readRelationAgreements(tx, ['relation:dd--ee', 'relation:ff--gone']),
    );
    expect(byRelation.get('relation:dd--ee')?.map((agreement) => agreement.id)).toEqual(['agreement:dd-ee']);
    expect(byRelation.get('relation:ff--gone')?.map((agreement) => agreement.id)).toEqual(['agreement:ff']);
    const view = await read((tx) =>
      readBilateralView(tx, 'country:dd', 'country:ee', null, { agreements: true }),
    );
    expect(view.parts.agreements?.map((agreement) => agreement.id)).toEqual(['agreement:dd-ee']);
  });
});
