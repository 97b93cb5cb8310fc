import { DatabaseError, QueryError } from '../../../src/db/errors';
import { outlastingSchemaRaces } from '../../../src/ingest/prepare-graph';

const lostRace = () =>
  new DatabaseError(
    "An equivalent index already exists, 'Index( id=15, name='claim_property', type='RANGE' )'.",
    'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists',
  );

/** An apply step that fails with the given errors, one per call, then succeeds. */
function failingWith(...errors: Error[]) {
  const calls = { count: 0 };
  const apply = async () => {
    const error = errors[calls.count++];
    if (error) throw error;
  };
  return { apply, calls };
}

describe('applying the schema while another process applies it too', () => {
  it('when a statement lost the race to an equivalent rule, then the statements run again until they pass', async () => {
    const { apply, calls } = failingWith(lostRace(), lostRace());
    await outlastingSchemaRaces(apply);
    expect(calls.count).toBe(3);
  });

  it('when the schema fails for another reason, then the error is thrown at once', async () => {
    const broken = new QueryError('Invalid input', 'Neo.ClientError.Statement.SyntaxError');
    const { apply, calls } = failingWith(broken);
    await expect(outlastingSchemaRaces(apply)).rejects.toBe(broken);
    expect(calls.count).toBe(1);
  });

  it('when races are lost round after round, then it gives up after the bound with the last error', async () => {
    const { apply, calls } = failingWith(lostRace(), lostRace(), lostRace());
    await expect(outlastingSchemaRaces(apply, 3)).rejects.toThrow(/An equivalent index already exists/);
    expect(calls.count).toBe(3);
  });
});
