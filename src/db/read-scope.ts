import { ManagedTransaction, type Driver, type Session, type Transaction } from 'neo4j-driver';
import { DatabaseTimeoutError, DatabaseUnavailableError, toDatabaseError } from './errors';

export type TransactionWork<T> = (tx: ManagedTransaction) => Promise<T>;

export interface ReadScopeOptions {
  /** Neo4j's database name. */
  database: string;
  /** Transaction metadata, so `SHOW TRANSACTIONS` and the query log say who ran it. */
  metadata: Record<string, string>;
  /** How long the transaction may live, from its first read: Neo4j's limit and the client's. */
  timeoutMs: number;
  /**
   * Reads the graph's version. Run as the transaction's first statement, sent with BEGIN ahead of
   * the first read (no wait of its own), and again at `close()`, which tells whether a write
   * committed while the scope read: Neo4j reads at read committed, so one transaction alone is
   * not one snapshot.
   */
  version?: TransactionWork<unknown>;
  /**
   * The caller expects one read: it goes out as an auto-commit query (no BEGIN, no version read,
   * no ROLLBACK: one request and one socket write each way instead of three). One statement reads
   * one state of the graph, so no version is needed. A second read is refused with
   * SecondReadError, and `close()` answers `second read`: the caller's plan was wrong, and what it
   * read must be read again in a transaction.
   */
  singleStatement?: boolean;
}

/**
 * What `close()` found: `same` when the version at the end is the one at the start (or nothing
 * was read), `changed` when a write committed between them, `unknown` when the version could not
 * be read (the reads failed, or Neo4j stopped answering) or no version is kept.
 */
export type ScopeEnd = 'same' | 'changed' | 'unknown' | 'second read';

/** A second read asked of a scope planned for one statement (see ReadScopeOptions.singleStatement). */
export class SecondReadError extends Error {
  constructor() {
    super('This read scope was planned for one statement and was asked for a second read.');
    this.name = 'SecondReadError';
  }
}

interface Attempt {
  session: Session;
  /** The explicit transaction; none for a single statement, which is an auto-commit query. */
  transaction: Transaction | undefined;
  managed: ManagedTransaction;
  /** Settles with the error that kept the transaction from beginning, or undefined once it began. */
  beginFailure: Promise<unknown>;
  /** The graph's version as the transaction's first statement read it, when a version is kept. */
  firstVersion: Promise<unknown> | undefined;
  /** How many reads other than the version's ran in it. */
  reads: number;
}

/** Tries at a connection that failed before any read answered: a stale connection, a restart. */
const MAX_ATTEMPTS = 3;
const RETRY_WAIT_MS = 100;

/**
 * One explicit read transaction shared by many reads, such as every resolver and DataLoader of
 * one GraphQL operation: opened on the first read, ended by `close()`. Reads may run at the same
 * time: the driver pipelines them on the transaction's one connection and Neo4j answers in turn.
 * Planned for one statement (`singleStatement`), the scope sends its one read auto-commit instead.
 *
 * The timeout holds on both sides: Neo4j ends the transaction at it, and a timer fails every
 * read still waiting at the same moment, so a Neo4j that stops answering (frozen, or cut off)
 * yields DatabaseTimeoutError instead of a hang. The abandoned transaction is closed in the
 * background; its connection returns to the pool when Neo4j answers again.
 *
 * One transaction is not one snapshot: Neo4j isolates reads at read committed, so a write that
 * commits while the scope reads shows in the reads after it. With `version`, `close()` says
 * whether that happened, and the caller can read again in a new scope.
 *
 * A managed transaction would retry transient failures from scratch, but a shared one cannot
 * once a read has answered (the retry would read another moment). So only a failure to reach
 * Neo4j before any answer is retried, on a new connection; after that it is reported.
 */
export class ReadScope {
  private attempt: Attempt | undefined;
  private answered = false;
  private closed = false;
  /** The first failure that ended the transaction: later reads report it again. */
  private failure: Error | undefined;
  private timer: NodeJS.Timeout | undefined;
  private expire: (error: Error) => void = () => undefined;
  private readonly expired: Promise<never>;
  private finished: Promise<void> = Promise.resolve();
  private confirmed: unknown;
  /** Reads asked of the scope (a retried read counts once). */
  private requested = 0;
  private secondRead = false;

  constructor(
    private readonly driver: Driver,
    private readonly options: ReadScopeOptions,
  ) {
    this.expired = new Promise<never>((_, reject) => {
      this.expire = reject;
    });
    // Only reads and closes wait on it; the timeout alone must not be an unhandled rejection.
    this.expired.catch(() => undefined);
  }

  async run<T>(work: TransactionWork<T>): Promise<T> {
    this.requested += 1;
    if (this.options.singleStatement && this.requested > 1) {
      this.secondRead = true;
      throw new SecondReadError();
    }
    for (let attempt = 1; ; attempt++) {
      if (this.failure) throw this.failure;
      if (this.closed) throw new Error('This read scope is closed: its operation has ended.');
      const current = this.open();
      current.reads += 1;
      try {
        const value = await Promise.race([work(current.managed), this.expired]);
        this.answered = true;
        return value;
      } catch (error) {
        if (this.failure) throw this.failure;
        // A transaction that could not begin fails its reads with a generic message; the cause is here.
        const cause = await Promise.race([current.beginFailure, this.expired]).catch((expired) => expired);
        const mapped = toDatabaseError(cause ?? error);
        if (mapped instanceof DatabaseUnavailableError && !this.answered && attempt < MAX_ATTEMPTS) {
          this.discard(current);
          await Promise.race([delay(RETRY_WAIT_MS * attempt), this.expired]);
          continue;
        }
        this.failure ??= mapped;
        throw mapped;
      }
    }
  }

  /**
   * Begins the transaction if no read has, and answers the graph's version as its first statement
   * read it (undefined without `version`): for a caller that decides by the version whether to
   * read at all. Waits for Neo4j at most until the timeout.
   */
  async startVersion(): Promise<unknown> {
    if (this.failure) throw this.failure;
    if (this.closed) throw new Error('This read scope is closed: its operation has ended.');
    return Promise.race([this.open().firstVersion, this.expired]);
  }

  /** The version every read of the scope saw, once `close()` has answered `same`. */
  get confirmedVersion(): unknown {
    return this.confirmed;
  }

  /**
   * Ends the transaction, if one began, after reading the graph's version again: the answer says
   * whether every read saw the same state of the graph. The rollback (a read has nothing to
   * commit) then goes on without the caller: the response needs no answer from it, so the
   * version read takes the round trip it would have taken. `ended()` settles when it is done.
   * The version read waits at most until the timeout. Never throws: the reads already reported
   * their failures. A second call finds the scope closed and answers `same`.
   */
  async close(): Promise<ScopeEnd> {
    if (this.closed) return 'same';
    this.closed = true;
    const attempt = this.attempt;
    this.attempt = undefined;
    // Nothing read, or the timeout already ended the transaction.
    if (!attempt) {
      clearTimeout(this.timer);
      return this.failure ? 'unknown' : 'same';
    }
    const end = this.secondRead ? 'second read' : await this.compareVersions(attempt);
    clearTimeout(this.timer);
    this.finished = finish(attempt);
    return end;
  }

  /** Settles once the transaction and its session are closed (after `close()`, or abandoned). */
  ended(): Promise<void> {
    return this.finished;
  }

  /** The version now against the first statement's, in the same transaction. */
  private async compareVersions(attempt: Attempt): Promise<ScopeEnd> {
    // One statement, sent alone: one state of the graph.
    if (this.options.singleStatement) return this.failure ? 'unknown' : 'same';
    const readVersion = this.options.version;
    if (!readVersion || !attempt.firstVersion || this.failure) return 'unknown';
    // Only the version was read (a caller that decided by it alone), or one statement read all
    // the operation needed: no two reads can disagree, so the first version stands for the answer
    // and the closing read (a statement and a socket write on both sides) is not needed.
    if (attempt.reads <= 1) {
      this.confirmed = await Promise.race([attempt.firstVersion, this.expired]).catch(() => undefined);
      return this.confirmed === undefined ? 'unknown' : 'same';
    }
    try {
      const [first, last] = await Promise.race([
        Promise.all([attempt.firstVersion, readVersion(attempt.managed)]),
        this.expired,
      ]);
      if (first !== last) return 'changed';
      this.confirmed = first;
      return 'same';
    } catch {
      return 'unknown';
    }
  }

  private open(): Attempt {
    if (this.attempt) return this.attempt;
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: 'READ' });
    const config = {
      metadata: { app: 'bilateral-ties', ...this.options.metadata },
      timeout: this.options.timeoutMs,
    };
    this.attempt = this.options.singleStatement
      ? autoCommitAttempt(session, config)
      : transactionAttempt(session, config, this.options.version);
    this.timer ??= setTimeout(() => this.timeOut(), this.options.timeoutMs);
    return this.attempt;
  }

  private timeOut(): void {
    this.failure ??= new DatabaseTimeoutError(
      `Neo4j did not answer the reads within their timeout of ${this.options.timeoutMs} ms.`,
      undefined,
    );
    this.expire(this.failure);
    const attempt = this.attempt;
    this.attempt = undefined;
    if (attempt) this.finished = finish(attempt);
  }

  private discard(attempt: Attempt): void {
    if (this.attempt !== attempt) return;
    this.attempt = undefined;
    void finish(attempt);
  }
}

type TransactionConfig = Parameters<Session['beginTransaction']>[0];

/** An explicit transaction, begun with the first read; with `version`, that is read first. */
function transactionAttempt(
  session: Session,
  config: TransactionConfig,
  version: TransactionWork<unknown> | undefined,
): Attempt {
  // Not awaited: BEGIN goes out with the first query, in one round trip.
  const transaction = session.beginTransaction(config);
  const beginFailure = transaction.then(
    () => undefined,
    (error: unknown) => error,
  );
  const managed = ManagedTransaction.fromTransaction(transaction);
  // Sent before the read that opened the scope, so Neo4j answers it first; nobody waits for it.
  const firstVersion = version?.(managed);
  // Awaited only by close(); a failure here fails the reads too, which report it.
  firstVersion?.catch(() => undefined);
  return { session, transaction, managed, beginFailure, firstVersion, reads: 0 };
}

/**
 * One auto-commit statement on the session. The reads are written against a transaction, so the
 * session's `run` is handed to them as one, with the transaction's metadata and timeout.
 */
function autoCommitAttempt(session: Session, config: TransactionConfig): Attempt {
  const autoCommit = {
    run: (query: string, parameters?: Record<string, unknown>) => session.run(query, parameters, config),
  };
  const managed = ManagedTransaction.fromTransaction(autoCommit as unknown as Transaction);
  return {
    session,
    transaction: undefined,
    managed,
    beginFailure: Promise.resolve(undefined),
    firstVersion: undefined,
    reads: 0,
  };
}

/** Rolls back (a read has nothing to commit) and returns the connection; failures change nothing. */
async function finish(attempt: Attempt): Promise<void> {
  await attempt.transaction?.close().catch(() => undefined);
  await attempt.session.close().catch(() => undefined);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
