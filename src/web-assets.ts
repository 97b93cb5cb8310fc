import fs from 'node:fs/promises';
import path from 'node:path';
import type { FetchAPI, Plugin } from 'graphql-yoga';
import { PROJECT_ROOT } from './project-root';

/** Where `npm run build` (vite build --config web/vite.config.ts) writes the explorer. */
export const DEFAULT_EXPLORER_ROOT = path.join(PROJECT_ROOT, 'dist', 'web');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * cytoscape adds one <style> of its own to the page (`.__________cytoscape_container { position:
 * relative; }`); its hash allows exactly that text and no other inline style.
 */
const CYTOSCAPE_STYLE_HASH = "'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='";

/**
 * The page may load only what this server sends and talk only to it: no CDN, no third party,
 * and no inline script or style for an injected string to use.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  `style-src 'self' ${CYTOSCAPE_STYLE_HASH}`,
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

/**
 * Serves the built explorer: `/` is its page, and any other path is served when it names a file
 * of the build (its hashed assets). Everything else — /graphql, /health, /ready — falls through
 * to Yoga. Files are read per request, so a rebuild shows without a restart.
 */
export function useExplorerAssets(root: string = DEFAULT_EXPLORER_ROOT): Plugin {
  const base = path.resolve(root);
  return {
    // Not async: every other request (each GraphQL operation) passes through without a promise.
    onRequest({ request, url, fetchAPI, endResponse }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      // Only the page and file names: /graphql, /health and /ready never touch the disk here.
      if (url.pathname !== '/' && path.extname(url.pathname) === '') return;
      const file = fileFor(base, url.pathname);
      if (!file) return;
      return serveFile(file, request, url, fetchAPI, endResponse);
    },
  };
}

/** Answers with a file of the build; a missing page (`/`) says how to build it. */
async function serveFile(
  file: string,
  request: Request,
  url: URL,
  fetchAPI: FetchAPI,
  endResponse: (response: Response) => void,
): Promise<void> {
  const body = await readFile(file);
  if (body === null) {
    if (url.pathname === '/') endResponse(notBuilt(fetchAPI));
    return;
  }
  const extension = path.extname(file);
  const headers: Record<string, string> = {
    'content-type': CONTENT_TYPES[extension] ?? 'application/octet-stream',
    'x-content-type-options': 'nosniff',
    // Vite puts a content hash in every asset name, so those never change; the page may.
    'cache-control': url.pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
  };
  if (extension === '.html') {
    headers['content-security-policy'] = CONTENT_SECURITY_POLICY;
    headers['referrer-policy'] = 'no-referrer';
  }
  endResponse(new fetchAPI.Response(request.method === 'HEAD' ? null : body, { status: 200, headers }));
}

/** The file a path names inside the build folder, or null for a path that leaves it. */
export function fileFor(base: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const file = path.resolve(base, relative);
  return file.startsWith(base + path.sep) ? file : null;
}

async function readFile(file: string): Promise<ArrayBuffer | null> {
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) return null;
    const content = await fs.readFile(file);
    return content.buffer.slice(content.byteOffset, content.byteOffset + content.byteLength) as ArrayBuffer;
  } catch {
    return null;
  }
}

function notBuilt(fetchAPI: { Response: typeof Response }): Response {
  return new fetchAPI.Response(
    'The explorer is not built yet: run `npm run build` (or `npm run build:web`), then reload. GraphQL is at /graphql.\n',
    { status: 503, headers: { 'content-type': 'text/plain; charset=utf-8' } },
  );
}
