import type { Page } from 'playwright-core';

export interface FrameStats {
  frames: number;
  seconds: number;
  fps: number;
  p50: number;
  p95: number;
  max: number;
  /** Frames over 50 ms: the pauses a person notices while dragging. */
  over50: number;
  /** Pointer moves sent, times cytoscape drew the graph, and how far the view moved. */
  moves: number;
  renders: number;
  panned: number;
}

/**
 * Pans the drawing by dragging its empty top-left corner in circles for `ms`, while the page
 * records every animation frame's time.
 */
export async function panAndMeasure(page: Page, ms: number): Promise<FrameStats> {
  const box = await page.locator('.canvas').boundingBox();
  if (!box) throw new Error('the drawing has no box');
  await page.evaluate(() => {
    const g = globalThis as any;
    g.benchFrames = [];
    g.benchRecording = true;
    g.benchRenders = 0;
    g.benchPanStart = { ...g.explorer.cy.pan() };
    g.explorer.cy.on('render', () => (g.benchRenders += 1));
    const tick = (time: number) => {
      g.benchFrames.push(time);
      if (g.benchRecording) g.requestAnimationFrame(tick);
    };
    g.requestAnimationFrame(tick);
  });
  const start = { x: box.x + 8, y: box.y + 8 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  const began = Date.now();
  let moves = 0;
  // Each move waits for the browser to take it, so moves come as fast as it can handle them.
  for (; Date.now() - began < ms; moves += 1) {
    const angle = moves / 20;
    await page.mouse.move(start.x + 120 + Math.cos(angle) * 120, start.y + 120 + Math.sin(angle) * 120);
  }
  await page.mouse.up();
  const { times, renders, panned } = await page.evaluate(() => {
    const g = globalThis as any;
    g.benchRecording = false;
    const pan = g.explorer.cy.pan();
    return {
      times: g.benchFrames as number[],
      renders: g.benchRenders as number,
      panned: Math.hypot(pan.x - g.benchPanStart.x, pan.y - g.benchPanStart.y),
    };
  });
  return { ...frameStats(times), moves, renders, panned };
}

export function frameStats(times: number[]): Omit<FrameStats, 'moves' | 'renders' | 'panned'> {
  const deltas = times.slice(1).map((time, index) => time - times[index]!);
  const sorted = [...deltas].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const seconds = ((times[times.length - 1] ?? 0) - (times[0] ?? 0)) / 1000;
  return {
    frames: deltas.length,
    seconds,
    fps: seconds > 0 ? deltas.length / seconds : 0,
    p50: at(0.5),
    p95: at(0.95),
    max: sorted[sorted.length - 1] ?? 0,
    over50: deltas.filter((delta) => delta > 50).length,
  };
}
