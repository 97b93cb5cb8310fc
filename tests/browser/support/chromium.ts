import fs from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's package (apt-get install chromium); playwright-core downloads no browser of its own. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/**
 * Headless Chromium as this machine allows it: no sandbox as root, no GPU, and none of the
 * background connections (updates, sync, field trials) that a closed network refuses.
 */
export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium was not found at ${CHROMIUM_PATH}: install Debian's package (apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/** What a page did that a test may refuse: errors in its console and requests to other hosts. */
export interface PageWatch {
  consoleErrors: string[];
  externalRequests: string[];
  failedRequests: string[];
}

/**
 * A page in a fresh context that records console errors, uncaught exceptions and failed
 * requests, and records and blocks any request that leaves the server under test.
 */
export async function watchedPage(
  browser: Browser,
  baseUrl: string,
): Promise<{ context: BrowserContext; page: Page; watch: PageWatch }> {
  const origin = new URL(baseUrl).origin;
  const watch: PageWatch = { consoleErrors: [], externalRequests: [], failedRequests: [] };
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1400, height: 900 } });
  // Under tsx (the benchmark), esbuild wraps named functions in __name(); functions sent to the
  // page with evaluate() then need it there too.
  await context.addInitScript({ content: 'globalThis.__name ??= (target) => target;' });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || new URL(url).origin === origin) return route.continue();
    watch.externalRequests.push(url);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') watch.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => watch.consoleErrors.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => {
    // Requests the page itself cancels (a search superseded by the next keystroke) are not failures.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') watch.failedRequests.push(request.url());
  });
  return { context, page, watch };
}
