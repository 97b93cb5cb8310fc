import { parse, type GraphQLSchema } from 'graphql';
import { selectionOrderMismatches } from '../../tests/support/selection-order';
import { findLeaks } from './leaks';
import type { FuzzRequest } from './requests';

/** Longest a request may wait for its response before it counts as unanswered. */
const RESPONSE_TIMEOUT_MS = 30_000;
const SAMPLES = 5;

/** Static files (the explorer, GraphiQL) hold library code that names such things on purpose. */
const STATIC = /^(?:text\/html|text\/css|application\/javascript|text\/javascript|image\/)/;

/** What the run sent and got back, counted, with a few examples of anything wrong. */
export class FuzzTally {
  private readonly kinds = new Map<string, number>();
  private readonly statuses = new Map<string, number>();
  private readonly leakNames = new Map<string, number>();
  private readonly unansweredKinds = new Map<string, number>();
  private readonly samples = new Map<string, string[]>();
  private sent = 0;
  private serverErrors = 0;
  private unanswered = 0;
  private leaking = 0;
  private staticPages = 0;
  private ordered = 0;
  private outOfOrder = 0;

  constructor(private readonly schema: GraphQLSchema) {}

  async send(url: string, request: FuzzRequest): Promise<void> {
    this.sent += 1;
    increment(this.kinds, request.kind);
    let status: number;
    let contentType: string;
    let body: string;
    try {
      const response = await fetch(`${url}${request.target}`, {
        method: request.method,
        headers: request.headers,
        ...(request.body === undefined ? {} : { body: request.body }),
        signal: AbortSignal.timeout(RESPONSE_TIMEOUT_MS),
      });
      status = response.status;
      contentType = response.headers.get('content-type') ?? '';
      body = await response.text();
    } catch (error) {
      this.unanswered += 1;
      increment(this.unansweredKinds, request.kind);
      const cause = (error as { cause?: { code?: string } }).cause?.code ?? String(error);
      increment(this.statuses, 'no response');
      this.sample('no response', `${describe(request)}: ${cause}`);
      return;
    }
    increment(this.statuses, String(status));
    if (status >= 500) {
      this.serverErrors += 1;
      this.sample('5xx', `${describe(request)} → ${status} ${body.slice(0, 300)}`);
    }
    if (status === 200 && STATIC.test(contentType)) {
      this.staticPages += 1;
      return;
    }
    const leaks = findLeaks(body, request.sent);
    if (leaks.length > 0) {
      this.leaking += 1;
      for (const name of leaks) increment(this.leakNames, name);
      this.sample('leak', `${describe(request)} → ${status} [${leaks.join(', ')}] ${body.slice(0, 300)}`);
    }
    if (request.operation && contentType.includes('json')) this.checkOrder(request, body);
  }

  private checkOrder(request: FuzzRequest, body: string): void {
    const { data } = JSON.parse(body) as { data?: unknown };
    if (data === undefined || data === null || !request.operation) return;
    this.ordered += 1;
    const mismatches = selectionOrderMismatches(parse(request.operation.query), data, {
      schema: this.schema,
      ...(request.operation.operationName ? { operationName: request.operation.operationName } : {}),
    });
    if (mismatches.length > 0) {
      this.outOfOrder += 1;
      const first = mismatches[0]!;
      this.sample('order', `${first.path}: asked ${first.expected.join(' ')}, got ${first.actual.join(' ')}`);
    }
  }

  private sample(what: string, text: string): void {
    const list = this.samples.get(what) ?? [];
    if (list.length < SAMPLES) list.push(text.replace(/\s+/g, ' '));
    this.samples.set(what, list);
  }

  /** Why the run fails, if it does. */
  failures(): string[] {
    return [
      this.sent === 0 ? 'nothing was sent' : '',
      this.serverErrors > 0 ? `${this.serverErrors} responses with a 5xx status` : '',
      this.unanswered > 0 ? `${this.unanswered} requests without a response` : '',
      this.leaking > 0 ? `${this.leaking} responses with internals in them` : '',
      this.outOfOrder > 0 ? `${this.outOfOrder} responses out of selection order` : '',
    ].filter(Boolean);
  }

  summary(): string[] {
    const list = (counts: Map<string, number>) =>
      [...counts]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, value]) => `${key}: ${value}`)
        .join(', ') || 'none';
    return [
      `- requests sent: ${this.sent} (${list(this.kinds)})`,
      `- HTTP statuses: ${list(this.statuses)}`,
      `- 5xx responses: ${this.serverErrors}; requests without a response: ${this.unanswered} (${list(this.unansweredKinds)})`,
      `- responses with internals in them: ${this.leaking} (${list(this.leakNames)}); static pages not scanned: ${this.staticPages}`,
      `- responses with data checked for selection order: ${this.ordered}, out of order: ${this.outOfOrder}`,
      ...[...this.samples].flatMap(([what, texts]) =>
        texts.map((text) => `  - ${what}: ${text.slice(0, 400)}`),
      ),
    ];
  }
}

function increment(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

function describe(request: FuzzRequest): string {
  const body =
    request.body === undefined ? '' : ` body ${request.body.length} B ${request.body.slice(0, 120)}`;
  return `${request.kind}: ${request.method} ${request.target.slice(0, 120)}${body}`;
}
