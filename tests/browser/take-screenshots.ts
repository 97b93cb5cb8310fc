/**
 * npm run docs:screenshots — pictures of each view of the explorer for docs/explorer.md, taken in
 * Debian's Chromium against a throwaway Neo4j with the seed article (tests/support/global-setup.ts).
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../src/project-root';
import globalSetup from '../support/global-setup';
import globalTeardown from '../support/global-teardown';
import { launchChromium, watchedPage } from './support/chromium';
import { nodeOnScreen, waitForNode } from './support/explorer-page';
import { startExplorerServer } from './support/explorer-server';

const OUT = path.join(PROJECT_ROOT, 'docs', 'screenshots');
const ASTANA_MEETING = 'event:2025-05-26-foreign-ministers-meeting-astana';

async function shoot(page: Page, name: string, fullPage = false): Promise<void> {
  // Let cytoscape finish its frame and the fonts settle.
  await page.waitForTimeout(400);
  await page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage });
  console.log(`docs/screenshots/${name}.png`);
}

async function main(): Promise<void> {
  await globalSetup();
  const server = await startExplorerServer();
  const browser = await launchChromium();
  try {
    const { page, watch } = await watchedPage(browser, server.url);

    await page.goto('/');
    await page.getByRole('combobox', { name: 'Search' }).fill('Nurt');
    await page.getByRole('option', { name: 'Murat Nurtleu', exact: true }).waitFor();
    await page.getByRole('combobox', { name: 'Search' }).press('ArrowDown');
    await shoot(page, 'search');

    await page.getByRole('combobox', { name: 'Search' }).press('Enter');
    await waitForNode(page, ASTANA_MEETING);
    const { x, y } = await nodeOnScreen(page, ASTANA_MEETING);
    await page.mouse.click(x, y);
    await page.locator('#details figure.sentence').first().waitFor();
    await shoot(page, 'graph-evidence');

    await page.locator('#details').getByRole('button', { name: 'Expand' }).click();
    await waitForNode(page, 'place:astana');
    await page.locator('#details').getByRole('button', { name: 'Path from here' }).click();
    await page.goto('/#/graph/person%3Apaul-kagame');
    await page.locator('#details').getByRole('heading', { name: 'Paul Kagame' }).waitFor();
    await page.locator('#details').getByRole('button', { name: 'Path to here' }).click();
    await page.locator('.path-result').filter({ hasText: 'steps' }).waitFor();
    await shoot(page, 'graph-path');

    await page.goto('/#/graph/place%3Aastana');
    await page.getByRole('heading', { name: 'Neighbourhood of Astana' }).waitFor();
    const edge = await page.evaluate(() => {
      const found = (globalThis as any).explorer.cy.edges('[basis = "BACKGROUND"]')[0];
      return found.renderedMidpoint() as { x: number; y: number };
    });
    const box = (await page.locator('.canvas').boundingBox())!;
    await page.mouse.click(box.x + edge.x, box.y + edge.y);
    await page.locator('#details [data-basis="BACKGROUND"]').waitFor();
    await shoot(page, 'background-fact');

    await page.goto('/#/pair/country%3Arwanda/country%3Akazakhstan');
    await page.locator('.timeline').waitFor();
    await page.locator('.timeline-event[data-status="PLANNED"] .event-name').click();
    await page.locator('#details figure.sentence').first().waitFor();
    await shoot(page, 'bilateral', true);

    if (watch.consoleErrors.length > 0 || watch.externalRequests.length > 0) {
      throw new Error(`The page misbehaved: ${JSON.stringify(watch)}`);
    }
  } finally {
    await browser.close();
    await server.close();
    await globalTeardown();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
