import type { Browser, Page } from 'playwright-core';
import { launchChromium, watchedPage, type PageWatch } from './chromium';
import { startExplorerServer, type ExplorerServer } from './explorer-server';

export interface ExplorerSuite {
  readonly server: ExplorerServer;
  /** A fresh page for each test, in its own context. */
  readonly page: Page;
}

/**
 * Registers the hooks of a browser test file: the API and the explorer over the seed article and
 * one Chromium for the file, a fresh page for each test, and after each test the checks every
 * test must pass whatever it does — a clean console and no request to another host.
 */
export function explorerSuite(): ExplorerSuite {
  let server: ExplorerServer | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  let watch: PageWatch | undefined;

  beforeAll(async () => {
    server = await startExplorerServer();
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  beforeEach(async () => {
    ({ page, watch } = await watchedPage(browser!, server!.url));
  });

  afterEach(async () => {
    expect(watch?.consoleErrors).toEqual([]);
    expect(watch?.externalRequests).toEqual([]);
    expect(watch?.failedRequests).toEqual([]);
    await page?.context().close();
  });

  return {
    get server() {
      return server!;
    },
    get page() {
      return page!;
    },
  };
}
