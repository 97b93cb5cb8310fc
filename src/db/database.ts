import type { Driver } from 'neo4j-driver';
import { DatabaseUnavailableError, toDatabaseError } from './errors';
import { ReadScope, type TransactionWork } from './read-scope';

export type { TransactionWork } from './read-scope';
export { ReadScope, SecondReadError, type ScopeEnd } from './read-scope';

export interface UnitOfWork {
  /** Recorded as transaction metadata, so `SHOW TRANSACTIONS` and the query log say who ran it. */
  name: string;
  /** Extra metadata, such as a request id. */
  metadata?: Record<string, string>;
  /** Transaction timeout in milliseconds. */
  timeoutMs?: number;
  /**
   * A read runs in this shared transaction instead of one of its own; the scope's metadata and
   * timeout apply, and `name` only tells the reads apart to whoever overrides `read`.
   */
  scope?: ReadScope;
}

/**
 * The only place that opens sessions: one session per unit of work, read or write chosen by the
 * caller, closed in `finally`, with driver errors mapped to typed errors; or one read
 * transaction shared by several reads (`readScope`), such as all those of one GraphQL operation.
 */
export class Database {
  constructor(
    private readonly driver: Driver,
    readonly name: string,
  ) {}

  read<T>(unit: UnitOfWork, work: TransactionWork<T>): Promise<T> {
    return unit.scope ? unit.scope.run(work) : this.run('READ', unit, work);
  }

  /**
   * A read transaction for several reads to share; it begins at the first read given `{ scope }`,
   * and the caller must `close()` it. With `version`, the close says whether a write committed
   * while the reads ran (one transaction reads at read committed, not from one snapshot).
   */
  readScope(unit: {
    name: string;
    timeoutMs: number;
    metadata?: Record<string, string>;
    /** Reads the graph's version first and at the close: see ReadScopeOptions. */
    version?: TransactionWork<unknown>;
    /** One read expected, sent as an auto-commit query: see ReadScopeOptions. */
    singleStatement?: boolean;
  }): ReadScope {
    return new ReadScope(this.driver, {
      database: this.name,
      metadata: { unit: unit.name, ...unit.metadata },
      timeoutMs: unit.timeoutMs,
      ...(unit.version ? { version: unit.version } : {}),
      ...(unit.singleStatement ? { singleStatement: true } : {}),
    });
  }

  write<T>(unit: UnitOfWork, work: TransactionWork<T>): Promise<T> {
    return this.run('WRITE', unit, work);
  }

  /**
   * Answers whether Neo4j serves the database now; used by the readiness check. One auto-commit
   * query, so a dead database fails at once instead of being retried like a unit of work. A Neo4j
   * that accepts connections but does not answer (frozen, swapping) fails at the deadline: the
   * driver alone would wait for its connection timeout.
   */
  async ping(timeoutMs = 5_000): Promise<void> {
    const session = this.driver.session({ database: this.name, defaultAccessMode: 'READ' });
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new DatabaseUnavailableError(`Neo4j did not answer within ${timeoutMs} ms`, undefined)),
        timeoutMs,
      );
    });
    try {
      await Promise.race([
        session.run(
          'RETURN 1',
          {},
          { timeout: timeoutMs, metadata: { app: 'bilateral-ties', unit: 'ping' } },
        ),
        deadline,
      ]);
    } catch (error) {
      throw toDatabaseError(error);
    } finally {
      clearTimeout(timer);
      // Not awaited: closing a session on a frozen Neo4j would wait as long as the query did.
      void session.close().catch(() => undefined);
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  private async run<T>(mode: 'READ' | 'WRITE', unit: UnitOfWork, work: TransactionWork<T>): Promise<T> {
    const session = this.driver.session({ database: this.name, defaultAccessMode: mode });
    const config = {
      metadata: { app: 'bilateral-ties', unit: unit.name, ...unit.metadata },
      ...(unit.timeoutMs === undefined ? {} : { timeout: unit.timeoutMs }),
    };
    try {
      return mode === 'READ'
        ? await session.executeRead(work, config)
        : await session.executeWrite(work, config);
    } catch (error) {
      throw toDatabaseError(error);
    } finally {
      await session.close();
    }
  }
}
