import type { ConllSentence } from './conll-file';

export interface Chunk {
  type: string;
  sentence: number;
  start: number;
  /** Exclusive token index. */
  end: number;
}

/**
 * Entity chunks from BIO(ES) tags, as conlleval and seqeval read them: a chunk starts at B-X,
 * S-X, or at an I-X/E-X that does not continue a chunk of type X; it ends when the tag does.
 */
export function chunksOf(tags: readonly string[], sentence = 0): Chunk[] {
  const chunks: Chunk[] = [];
  let open: Chunk | undefined;
  const close = (end: number) => {
    if (open) chunks.push({ ...open, end });
    open = undefined;
  };
  tags.forEach((tag, index) => {
    const [prefix, type] = tag === 'O' ? ['O', ''] : [tag[0]!, tag.slice(2)];
    const continues = open !== undefined && open.type === type && (prefix === 'I' || prefix === 'E');
    if (!continues) {
      close(index);
      if (prefix !== 'O') open = { type, sentence, start: index, end: index + 1 };
    }
    if (prefix === 'E' || prefix === 'S') close(index + 1);
  });
  close(tags.length);
  return chunks;
}

export interface Score {
  precision: number;
  recall: number;
  f1: number;
  predicted: number;
  gold: number;
  correct: number;
}

export function score(correct: number, predicted: number, gold: number): Score {
  const precision = predicted === 0 ? 0 : correct / predicted;
  const recall = gold === 0 ? 0 : correct / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, predicted, gold, correct };
}

/** Entity-level exact-match scores per type and overall (micro average), as conlleval prints. */
export function scoreNer(
  gold: readonly ConllSentence[],
  predicted: readonly ConllSentence[],
): { byType: Record<string, Score>; overall: Score } {
  if (gold.length !== predicted.length) {
    throw new Error(`gold has ${gold.length} sentences but the prediction has ${predicted.length}`);
  }
  const goldChunks = gold.flatMap((sentence, index) =>
    chunksOf(
      sentence.map((token) => token.tag),
      index,
    ),
  );
  const predictedChunks = predicted.flatMap((sentence, index) =>
    chunksOf(
      sentence.map((token) => token.tag),
      index,
    ),
  );
  const key = (chunk: Chunk) => `${chunk.type}|${chunk.sentence}|${chunk.start}|${chunk.end}`;
  const goldKeys = new Set(goldChunks.map(key));
  const types = [...new Set([...goldChunks, ...predictedChunks].map((chunk) => chunk.type))].sort();
  const byType: Record<string, Score> = {};
  for (const type of types) {
    const p = predictedChunks.filter((chunk) => chunk.type === type);
    const g = goldChunks.filter((chunk) => chunk.type === type);
    byType[type] = score(p.filter((chunk) => goldKeys.has(key(chunk))).length, p.length, g.length);
  }
  const correct = predictedChunks.filter((chunk) => goldKeys.has(key(chunk))).length;
  return { byType, overall: score(correct, predictedChunks.length, goldChunks.length) };
}
