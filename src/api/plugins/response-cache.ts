import { print, type DocumentNode, type ExecutionArgs, type ExecutionResult } from 'graphql';

/**
 * Responses of recent operations, for dashboards that ask the same thing again and again: each
 * is kept with the graph version it was read at, and answers again only while the graph still
 * has that version. Every load changes the version, so the first operation after a load reads
 * afresh; entries of older versions are dropped as soon as a newer one is seen. Only responses
 * without errors are kept, and at most `maxEntries`, the least recently used going first.
 */
export class ResponseCache {
  private version: unknown = undefined;
  private readonly entries = new Map<string, ExecutionResult>();
  /** The printed text of each parsed document; Yoga reuses the parsed document of a repeated query. */
  private readonly texts = new WeakMap<DocumentNode, string>();

  constructor(private readonly maxEntries: number) {}

  /** The operation and its variables: equal keys ask the same question. */
  keyOf(args: ExecutionArgs): string {
    let text = this.texts.get(args.document);
    if (text === undefined) {
      text = print(args.document);
      this.texts.set(args.document, text);
    }
    return JSON.stringify([args.operationName ?? null, text, args.variableValues ?? {}]);
  }

  get(key: string, version: unknown): ExecutionResult | undefined {
    if (!this.at(version)) return undefined;
    const found = this.entries.get(key);
    if (found === undefined) return undefined;
    // Used again: the most recent now.
    this.entries.delete(key);
    this.entries.set(key, found);
    return found;
  }

  set(key: string, version: unknown, result: ExecutionResult): void {
    if (result.errors?.length || !this.at(version)) return;
    this.entries.delete(key);
    this.entries.set(key, result);
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  /**
   * True when `version` is the one the entries were read at. A version other than the newest
   * seen empties the cache: versions are random tokens, not ordered, so a different one is taken
   * as newer, and an operation that began before a load and answers after it only loses its entry.
   */
  private at(version: unknown): boolean {
    if (version === undefined || version === null) return false;
    if (version !== this.version) {
      this.version = version;
      this.entries.clear();
    }
    return true;
  }
}
