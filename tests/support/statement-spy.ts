import type { Driver } from 'neo4j-driver';

export interface SpiedStatement {
  cypher: string;
  parameters: Record<string, unknown>;
  /** Sent in a transaction, auto-commit on a session, or by the driver's `executeQuery`. */
  via: 'transaction' | 'session' | 'driver';
  /** The transaction configuration of an auto-commit statement (metadata, timeout). */
  config?: unknown;
}

type Listener = (statement: SpiedStatement) => void;
type AnyFunction = (...args: unknown[]) => unknown;

/**
 * Wraps an object of the driver (a session, a transaction) so that every `run` it is asked for is
 * reported before it goes to Neo4j, and the transactions it hands out are wrapped the same way.
 * The statements still run on the real database: this counts round trips, it answers nothing.
 */
function spy<T extends object>(target: T, listener: Listener, via: 'transaction' | 'session'): T {
  return new Proxy(target, {
    get(object, property) {
      const value: unknown = Reflect.get(object, property, object);
      if (typeof value !== 'function') return value;
      const method = value as AnyFunction;
      switch (property) {
        case 'run':
          return (cypher: string, parameters: Record<string, unknown> = {}, ...rest: unknown[]) => {
            listener({ cypher, parameters, via, ...(via === 'session' ? { config: rest[0] } : {}) });
            return method.call(object, cypher, parameters, ...rest);
          };
        case 'executeRead':
        case 'executeWrite':
          return (work: (tx: object) => unknown, ...rest: unknown[]) =>
            method.call(object, (tx: object) => work(spy(tx, listener, 'transaction')), ...rest);
        case 'beginTransaction':
          return (...args: unknown[]) => spy(method.apply(object, args) as object, listener, 'transaction');
        case 'then':
          // A transaction being begun resolves to the transaction itself: wrap that too.
          return (resolved?: (value: unknown) => unknown, rejected?: (reason: unknown) => unknown) =>
            method.call(
              object,
              (value: unknown) => {
                const wrapped =
                  typeof value === 'object' && value !== null ? spy(value, listener, 'transaction') : value;
                return resolved ? resolved(wrapped) : wrapped;
              },
              rejected,
            );
        default:
          return method.bind(object);
      }
    },
  });
}

/**
 * A driver whose sessions and transactions report each statement they run, in the order they
 * are sent; `executeQuery` is reported too. Used to count a request's round trips to Neo4j and
 * to collect the statements a benchmark then profiles.
 */
export function spyOnStatements(driver: Driver, listener: Listener): Driver {
  return new Proxy(driver, {
    get(object, property) {
      const value: unknown = Reflect.get(object, property, object);
      if (typeof value !== 'function') return value;
      const method = value as AnyFunction;
      if (property === 'session')
        return (...args: unknown[]) => spy(method.apply(object, args) as object, listener, 'session');
      if (property === 'executeQuery') {
        return (cypher: string, parameters: Record<string, unknown> = {}, ...rest: unknown[]) => {
          listener({ cypher, parameters, via: 'driver' });
          return method.call(object, cypher, parameters, ...rest);
        };
      }
      return method.bind(object);
    },
  });
}
