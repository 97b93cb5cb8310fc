import { ConfigError, parseConfig } from '../../src/config';

const minimal = { NEO4J_PASSWORD: 'secret-password' };

function problemsOf(source: Record<string, string>): string[] {
  try {
    parseConfig(source);
  } catch (error) {
    if (error instanceof ConfigError) return [...error.problems];
    throw error;
  }
  throw new Error('expected the configuration to be refused');
}

describe('parseConfig', () => {
  it('when only the password is given, then every other setting takes its documented default', () => {
    const config = parseConfig(minimal);
    expect(config.neo4j).toEqual({
      uri: 'bolt://localhost:7687',
      user: 'neo4j',
      password: 'secret-password',
      database: 'neo4j',
      connectAttempts: 10,
      connectBackoffMs: 500,
    });
    expect(config.http).toEqual({
      host: '127.0.0.1',
      port: 4000,
      maxBodyBytes: 1_000_000,
      requestTimeoutMs: 30_000,
      headersTimeoutMs: 10_000,
      keepAliveTimeoutMs: 5_000,
      readyTimeoutMs: 2_000,
    });
    expect(config.localNeo4j.bolt).toEqual({ host: '127.0.0.1', port: 7687 });
    expect(config.localNeo4j.autostart).toBe(true);
  });

  it('when the password is missing, then the error names NEO4J_PASSWORD', () => {
    expect(problemsOf({})).toEqual([expect.stringMatching(/^NEO4J_PASSWORD: /)]);
  });

  it('when several values are wrong, then one error names each of them', () => {
    const problems = problemsOf({
      ...minimal,
      PORT: 'eighty',
      NEO4J_URI: 'http://x',
      NEO4J_LOCAL_AUTOSTART: 'maybe',
    });
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(/^PORT: expected a whole number from 0 to 65535$/m);
    expect(problems.join('\n')).toMatch(/^NEO4J_URI: expected a bolt:\/\//m);
    expect(problems.join('\n')).toMatch(/^NEO4J_LOCAL_AUTOSTART: expected true or false$/m);
  });

  it('when the heap asked for is above 1 GiB, then it is refused', () => {
    expect(problemsOf({ ...minimal, NEO4J_LOCAL_HEAP_MIB: '4096' })).toEqual([
      'NEO4J_LOCAL_HEAP_MIB: expected a whole number from 256 to 1024',
    ]);
  });

  it('when a value is empty, then it counts as unset', () => {
    expect(parseConfig({ ...minimal, PORT: '' }).http.port).toBe(4000);
  });

  it.each([
    ['neo4j://localhost:7688', { host: '127.0.0.1', port: 7688 }],
    ['bolt://127.0.0.1', { host: '127.0.0.1', port: 7687 }],
    ['bolt://[::1]:7000', { host: '::1', port: 7000 }],
    ['neo4j+s://abcd.databases.neo4j.io', null],
    ['bolt://db.internal:7687', null],
  ])('when NEO4J_URI is %s, then the local Neo4j address is %j', (uri, expected) => {
    expect(parseConfig({ ...minimal, NEO4J_URI: uri }).localNeo4j.bolt).toEqual(expected);
  });

  it('when parsed, then the configuration cannot be changed', () => {
    const config = parseConfig(minimal);
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.neo4j)).toBe(true);
    expect(() => {
      (config.neo4j as { uri: string }).uri = 'bolt://elsewhere';
    }).toThrow(TypeError);
  });
});
