/**
 * The synthetic graph as a stream of chunks: the standing cast first, then synthetic articles in
 * groups, until the relationship budget is spent. Pure and seeded: the same seed and budget give
 * the same chunks, and nothing is held in memory but the cast's ids and the chunk being written.
 */
import { SeededRandom } from './random';
import { buildPools } from './pools';
import { buildStory } from './stories';
import type { SyntheticChunk } from './synthetic-graph';

export interface PlanOptions {
  /** Relationships to add (the chunks stop at the first story that reaches it). */
  relationships: number;
  seed?: number;
  /** Synthetic articles per chunk after the first. */
  storiesPerChunk?: number;
}

export const DEFAULT_SEED = 20_250_528;

export function* planSyntheticGraph(options: PlanOptions): Generator<SyntheticChunk> {
  if (!Number.isInteger(options.relationships) || options.relationships < 0)
    throw new RangeError(`relationships must be a whole number ≥ 0, not ${options.relationships}`);
  if (options.relationships === 0) return;
  const random = new SeededRandom(options.seed ?? DEFAULT_SEED);
  const pools = buildPools(random, options.relationships);
  let written = pools.chunk.relationships.length;
  yield pools.chunk;
  const perChunk = options.storiesPerChunk ?? 200;
  const relations = new Set<string>();
  let story = 1;
  while (written < options.relationships) {
    const chunk: SyntheticChunk = { nodes: [], relationships: [] };
    for (let i = 0; i < perChunk && written < options.relationships; i++) {
      const next = buildStory(random, pools, story++, relations);
      chunk.nodes.push(...next.nodes);
      chunk.relationships.push(...next.relationships);
      written += next.relationships.length;
    }
    yield chunk;
  }
}
