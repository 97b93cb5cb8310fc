/** One thing wrong with an input file: where, and why. */
export interface Problem {
  file: string;
  /** Dotted path inside the file, such as events.2.participants.0.actor; empty for the whole file. */
  path: string;
  reason: string;
}

/** Raised with every problem found, so a curator fixes them all in one pass. */
export class InvalidExtractionError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(
      `The extraction is invalid; nothing was written (${problems.length} problem(s)):\n` +
        problems.map((p) => `  - ${p.file}${p.path ? ` at ${p.path}` : ''}: ${p.reason}`).join('\n'),
    );
    this.name = 'InvalidExtractionError';
  }
}

export function pathOf(segments: readonly PropertyKey[]): string {
  return segments.map(String).join('.');
}

/**
 * A load that cannot go ahead as asked, though every file is valid: an article id loaded again
 * with a different text, sources the resolver cannot reconcile with the overrides.
 */
export class LoadRefusedError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(
      `The load was refused; nothing was written (${problems.length} problem(s)):\n` +
        problems.map((p) => `  - ${p.file}${p.path ? ` at ${p.path}` : ''}: ${p.reason}`).join('\n'),
    );
    this.name = 'LoadRefusedError';
  }
}
