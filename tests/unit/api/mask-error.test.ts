import { GraphQLError, Kind, Source, type FieldNode } from 'graphql';
import { createMaskError } from '../../../src/api/mask-error';
import { badUserInput, notFound, queryTooComplex } from '../../../src/api/errors';
import { withRequestScope } from '../../../src/api/request-scope';
import { DatabaseUnavailableError } from '../../../src/db/errors';
import { memoryLogger } from '../../support/logger';

const field: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: 'events' } };

/** An error as graphql-js hands it on from a resolver: located, with the thrown error inside. */
const fromResolver = (thrown: Error) =>
  new GraphQLError(thrown.message, { nodes: [field], path: ['events'], originalError: thrown });

describe('maskError', () => {
  const setup = () => {
    const logs = memoryLogger('warn');
    return { logs, mask: createMaskError(logs.logger) };
  };

  it.each([
    ['BAD_USER_INPUT', badUserInput('text must not be empty', 'text')],
    ['NOT_FOUND', notFound('No node has the id "x"')],
    ['QUERY_TOO_COMPLEX', queryTooComplex('Aliases limit of 2 exceeded, found 3.')],
  ])(
    'when an error carries the client code %s, then it is passed on unchanged and not logged',
    (_code, error) => {
      const { logs, mask } = setup();
      expect(mask(error, 'Unexpected error.', false)).toBe(error);
      expect(logs.entries).toEqual([]);
    },
  );

  it('when a client error was thrown in a resolver, then its code survives the wrapping', () => {
    const { mask } = setup();
    const masked = mask(fromResolver(notFound('no such id')), 'Unexpected error.', false) as GraphQLError;
    expect(masked.extensions['code']).toBe('NOT_FOUND');
  });

  it.each([
    [
      'directly',
      new DatabaseUnavailableError('Neo4j is unavailable: connection refused', 'ServiceUnavailable'),
    ],
    [
      'as the cause of another error',
      new Error('read failed', {
        cause: new DatabaseUnavailableError('Neo4j is unavailable: connection refused', 'ServiceUnavailable'),
      }),
    ],
  ])(
    'when Neo4j is unavailable (%s), then the error is SERVICE_UNAVAILABLE at the same path, and a warning is logged',
    (_how, thrown) => {
      const { logs, mask } = setup();
      const masked = mask(fromResolver(thrown), 'Unexpected error.', false) as GraphQLError;
      expect(masked.extensions['code']).toBe('SERVICE_UNAVAILABLE');
      expect(masked.message).toMatch(/unavailable right now/);
      expect(masked.path).toEqual(['events']);
      expect(logs.at('warn')).toHaveLength(1);
    },
  );

  it('when graphql-js raises an error itself (a variable of the wrong type), then it is BAD_USER_INPUT, a request error', () => {
    const { mask } = setup();
    // As @graphql-tools/executor reports it: the scalar's own GraphQLError inside, HTTP 400 for every client.
    const coercion = new GraphQLError(
      'Variable "$n" got invalid value "ten"; Int cannot represent non-integer value: "ten"',
      {
        nodes: [field],
        originalError: new GraphQLError('Int cannot represent non-integer value: "ten"'),
        extensions: { http: { status: 400 } },
      },
    );
    const masked = mask(coercion, 'Unexpected error.', false) as GraphQLError;
    expect(masked.message).toBe(coercion.message);
    expect(masked.extensions).toEqual({ code: 'BAD_USER_INPUT', http: { status: 400, spec: true } });
  });

  it('when something unexpected fails outside development, then it is masked, coded, and logged with the request id', () => {
    const { logs, mask } = setup();
    const masked = withRequestScope(
      { requestId: 'request-7', logger: logs.logger.child({ requestId: 'request-7' }) },
      () => mask(fromResolver(new TypeError('secret internal detail')), 'Unexpected error.', false),
    ) as GraphQLError;
    expect(masked.message).toBe('Unexpected error.');
    expect(masked.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'request-7' });
    expect(masked.path).toEqual(['events']);
    expect(logs.at('error')).toEqual([
      expect.objectContaining({
        requestId: 'request-7',
        path: ['events'],
        err: expect.objectContaining({ type: 'TypeError', message: 'secret internal detail' }),
      }),
    ]);
  });

  it("when graphql-js raises an error while resolving a field, then it is not the client's fault: masked", () => {
    const { mask } = setup();
    const message = 'Abstract type "Entity" must resolve to an Object type at runtime';
    const resolving = new GraphQLError(message, {
      nodes: [field],
      path: ['node'],
      originalError: new GraphQLError(message),
    });
    expect((mask(resolving, 'Unexpected error.', false) as GraphQLError).extensions['code']).toBe(
      'INTERNAL_SERVER_ERROR',
    );
  });

  it('when something unexpected fails in development, then the message is shown', () => {
    const { mask } = setup();
    const masked = mask(fromResolver(new TypeError('secret internal detail')), 'Unexpected error.', true);
    expect(masked.message).toBe('secret internal detail');
  });

  it('when the error is not a GraphQLError at all, then it is masked and still coded', () => {
    const { mask } = setup();
    const masked = mask(new Error('context factory failed'), 'Unexpected error.', false) as GraphQLError;
    expect(masked).toBeInstanceOf(GraphQLError);
    expect(masked.message).toBe('Unexpected error.');
    expect(masked.extensions['code']).toBe('INTERNAL_SERVER_ERROR');
  });

  it('when an error is placed by source positions rather than AST nodes (the compiled execution), then masking keeps its place', () => {
    const { logs, mask } = setup();
    const source = new Source('{\n  events\n}');
    const failed = new GraphQLError('secret internal detail', {
      source,
      positions: [4],
      path: ['events'],
      originalError: new TypeError('secret internal detail'),
    });
    const masked = withRequestScope({ requestId: 'request-8', logger: logs.logger }, () =>
      mask(failed, 'Unexpected error.', false),
    ) as GraphQLError;
    expect(masked.toJSON()).toEqual({
      message: 'Unexpected error.',
      locations: [{ line: 2, column: 3 }],
      path: ['events'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'request-8' },
    });
  });
});
