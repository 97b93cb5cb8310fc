import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { toDatabaseError } from './errors';

export type TransactionWork<T> = (tx: ManagedTransaction) => Promise<T>;

export interface UnitOfWork {
  /** Recorded as transaction metadata, so `SHOW TRANSACTIONS` and the query log say who ran it. */
  name: string;
  /** Extra metadata, such as a request id. */
  metadata?: Record<string, string>;
  /** Transaction timeout in milliseconds. */
  timeoutMs?: number;
}

/**
 * The only place that opens sessions: one session per unit of work, read or write chosen by the
 * caller, closed in `finally`, with driver errors mapped to typed errors.
 */
export class Database {
  constructor(
    private readonly driver: Driver,
    readonly name: string,
  ) {}

  read<T>(unit: UnitOfWork, work: TransactionWork<T>): Promise<T> {
    return this.run('READ', unit, work);
  }

  write<T>(unit: UnitOfWork, work: TransactionWork<T>): Promise<T> {
    return this.run('WRITE', unit, work);
  }

  /**
   * Answers whether Neo4j serves the database now; used by the readiness check. One auto-commit
   * query, so a dead database fails at once instead of being retried like a unit of work.
   */
  async ping(): Promise<void> {
    const session = this.driver.session({ database: this.name, defaultAccessMode: 'READ' });
    try {
      await session.run(
        'RETURN 1',
        {},
        { timeout: 5_000, metadata: { app: 'bilateral-ties', unit: 'ping' } },
      );
    } catch (error) {
      throw toDatabaseError(error);
    } finally {
      await session.close();
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
