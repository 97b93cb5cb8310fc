import { ConfigError, parseConfig } from '../../../src/config';

const base = { NEO4J_PASSWORD: 'secret-password' };

describe('the HTTP settings', () => {
  it('when none is set, then the defaults apply', () => {
    const config = parseConfig(base);
    expect(config.http).toEqual(
      expect.objectContaining({
        maxBodyBytes: 1_000_000,
        requestTimeoutMs: 30_000,
        headersTimeoutMs: 10_000,
        keepAliveTimeoutMs: 5_000,
        readyTimeoutMs: 2_000,
      }),
    );
    expect(config.graphql.maxListLength).toBe(100);
  });

  it('when the headers timeout is longer than the request timeout, then start-up stops naming it', () => {
    const parse = () =>
      parseConfig({ ...base, HTTP_REQUEST_TIMEOUT_MS: '5000', HTTP_HEADERS_TIMEOUT_MS: '6000' });
    expect(parse).toThrow(ConfigError);
    expect(parse).toThrow(/HTTP_HEADERS_TIMEOUT_MS: must not be longer than HTTP_REQUEST_TIMEOUT_MS/);
  });

  it('when a limit is not a whole number in range, then the variable is named', () => {
    expect(() => parseConfig({ ...base, HTTP_MAX_BODY_BYTES: '10' })).toThrow(
      /HTTP_MAX_BODY_BYTES: expected a whole number/,
    );
    expect(() => parseConfig({ ...base, GRAPHQL_MAX_LIST_LENGTH: 'many' })).toThrow(
      /GRAPHQL_MAX_LIST_LENGTH/,
    );
  });
});
