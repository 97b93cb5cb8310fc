import fs from 'node:fs';
import type { Page } from 'playwright-core';

/** Where a drawn node is on the screen, from the drawing's own handle (window.explorer.cy). */
export async function nodeOnScreen(page: Page, id: string): Promise<{ x: number; y: number }> {
  const position = await page.evaluate((nodeId) => {
    const cy = (globalThis as any).explorer.cy;
    const node = cy.getElementById(nodeId);
    return node.nonempty() ? (node.renderedPosition() as { x: number; y: number }) : null;
  }, id);
  if (!position) throw new Error(`${id} is not drawn`);
  const box = await page.locator('.canvas').boundingBox();
  if (!box) throw new Error('the drawing has no box');
  return { x: box.x + position.x, y: box.y + position.y };
}

/** The middle of a drawn edge on the screen, where a click selects it. */
export async function edgeOnScreen(page: Page, id: string): Promise<{ x: number; y: number }> {
  const position = await page.evaluate((edgeId) => {
    const edge = (globalThis as any).explorer.cy.getElementById(edgeId);
    return edge.nonempty() ? (edge.renderedMidpoint() as { x: number; y: number }) : null;
  }, id);
  if (!position) throw new Error(`${id} is not drawn`);
  const box = await page.locator('.canvas').boundingBox();
  if (!box) throw new Error('the drawing has no box');
  return { x: box.x + position.x, y: box.y + position.y };
}

export async function drawnNodeIds(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    ((globalThis as any).explorer.cy.nodes() as { id(): string }[]).map((node) => node.id()).sort(),
  );
}

export async function drawnCounts(page: Page): Promise<{ nodes: number; edges: number }> {
  return page.evaluate(() => {
    const cy = (globalThis as any).explorer.cy;
    return { nodes: cy.nodes().length as number, edges: cy.edges().length as number };
  });
}

/** Waits until the drawing holds at least `count` nodes. */
export async function waitForNodeCount(page: Page, count: number): Promise<void> {
  await page.waitForFunction((wanted) => (globalThis as any).explorer.cy.nodes().length >= wanted, count);
}

/** The page's paint and load times, and the time now, in ms from navigation start. */
export async function pageTimings(
  page: Page,
): Promise<{ firstPaint: number; firstContentfulPaint: number; domContentLoaded: number; now: number }> {
  return page.evaluate(() => {
    const performance = (globalThis as any).performance;
    const paint = (name: string) =>
      (performance.getEntriesByName(name)[0]?.startTime as number | undefined) ?? Number.NaN;
    return {
      firstPaint: paint('first-paint'),
      firstContentfulPaint: paint('first-contentful-paint'),
      domContentLoaded: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd as number,
      now: performance.now() as number,
    };
  });
}

/** Waits until the drawing holds `id` and cytoscape has laid it out. */
export async function waitForNode(page: Page, id: string): Promise<void> {
  await page.waitForFunction(
    (nodeId) => ((globalThis as any).explorer?.cy.getElementById(nodeId).length ?? 0) > 0,
    id,
  );
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core in the page against WCAG 2.1 A and AA and best practices. The source is evaluated
 * through the DevTools protocol, which the page's Content-Security-Policy does not govern.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const result = await (globalThis as any).axe.run((globalThis as any).document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return (result.violations as any[]).map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: (violation.nodes as any[]).map((node) => (node.target as string[]).join(' ')),
    }));
  });
}

export function serious(violations: AxeViolation[]): AxeViolation[] {
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}
