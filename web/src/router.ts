/** The page's place, kept in the URL's fragment so a view can be bookmarked, shared and reloaded. */
export type Route = { view: 'graph'; id?: string } | { view: 'pair'; a?: string; b?: string };

export function parseRoute(hash: string): Route {
  const [view = '', ...rest] = hash
    .replace(/^#\/?/, '')
    .split('/')
    .map((part) => safeDecode(part));
  if (view === 'pair')
    return { view: 'pair', ...(rest[0] ? { a: rest[0] } : {}), ...(rest[1] ? { b: rest[1] } : {}) };
  return { view: 'graph', ...(view === 'graph' && rest[0] ? { id: rest[0] } : {}) };
}

export function graphHref(id: string): string {
  return `#/graph/${encodeURIComponent(id)}`;
}

export function pairHref(a: string, b: string): string {
  return `#/pair/${encodeURIComponent(a)}/${encodeURIComponent(b)}`;
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
