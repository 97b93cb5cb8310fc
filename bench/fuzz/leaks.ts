import { Kind, print } from 'graphql';

/** Text a response must never carry: it tells an attacker about the server's insides. */
const MARKERS: readonly (readonly [name: string, pattern: RegExp])[] = [
  [
    'stack trace',
    /\bat (?:async )?[^\s"()]+ \((?:node:|file:|\/)[^)\s"]*:\d+:\d+\)|\bat (?:node:|file:\/\/|\/)[^\s"]*:\d+:\d+/,
  ],
  ['stack field', /"(?:stack|stacktrace)"\s*:/],
  ['Neo4jError', /Neo4jError/],
  ['neo4j-driver', /neo4j-driver/],
  ['Neo4j status code', /\bNeo\.(?:ClientError|TransientError|DatabaseError)\b|gqlStatus/],
  ['Neo4j address', /\b(?:bolt|neo4j)(?:\+s|\+ssc)?:\/\//],
  ['file path', /\/work\/|node_modules|\/home\/|\/usr\/(?:lib|local)\/|bilateral-ties-test-neo4j/],
  ['originalError', /originalError/],
  ['connection error code', /\b(?:ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND)\b/],
  [
    'Cypher text',
    /\b(?:MATCH|MERGE)\s*\(\w*:[A-Z]\w*|\bUNWIND\s+\$\w+|\bCALL\s+db\.index\.fulltext|\bWHERE\s+\w+\.\w+\s*(?:=|IN)\s*\$\w+/,
  ],
];

/** The forms a sent string takes when a response quotes it: as is, in JSON, as a GraphQL literal. */
function echoForms(sent: string): string[] {
  const inJson = (text: string) => JSON.stringify(text).slice(1, -1);
  const literal = print({ kind: Kind.STRING, value: sent });
  return [...new Set([inJson(sent), inJson(literal), inJson(inJson(sent)), sent])].sort(
    (a, b) => b.length - a.length,
  );
}

/**
 * The names of the internals a response body gives away, after taking out every echo of what the
 * request itself sent (an error may quote a hostile argument; that is not a leak).
 */
export function findLeaks(body: string, sent: readonly string[] = []): string[] {
  let rest = body;
  for (const text of [...sent].sort((a, b) => b.length - a.length)) {
    if (text.length < 3) continue;
    for (const form of echoForms(text)) rest = rest.split(form).join(' ');
  }
  return MARKERS.filter(([, pattern]) => pattern.test(rest)).map(([name]) => name);
}
