import { isMap, isScalar, visit, type Document } from 'yaml';
import { splitSentences } from './sentences';
import { CodePointText } from './text-offsets';

/**
 * A curator's aid: in an extraction being written, a span may be given as { text, in: N,
 * occurrence?: K } — the K-th occurrence of `text` in sentence N. This rewrites every such span
 * as { start, end, text } with code point offsets, the form the loader accepts. Spans that
 * already have offsets are left as they are.
 */
export function locateSpans(
  document: Document,
  articleText: string,
): { located: number; problems: string[] } {
  const text = new CodePointText(articleText);
  const sentences = splitSentences(articleText);
  const problems: string[] = [];
  let located = 0;

  visit(document, {
    Map(_key, node, path) {
      if (!node.has('text') || !node.has('in') || node.has('start')) return undefined;
      const where = path
        .filter(isMap)
        .map((map) => map.get('id'))
        .filter((id) => typeof id === 'string')
        .join(' > ');
      const needle = String(node.get('text'));
      const sentenceIndex = Number(node.get('in'));
      const occurrence = node.has('occurrence') ? Number(node.get('occurrence')) : 1;
      const sentence = sentences.find((candidate) => candidate.index === sentenceIndex);
      if (!sentence) {
        problems.push(`${where}: no sentence ${sentenceIndex} for "${needle}"`);
        return undefined;
      }
      const inSentence = text.occurrences(needle).filter((at) => at >= sentence.start && at < sentence.end);
      const start = inSentence[occurrence - 1];
      if (start === undefined) {
        problems.push(
          `${where}: "${needle}" occurs ${inSentence.length} time(s) in sentence ${sentenceIndex}`,
        );
        return undefined;
      }
      node.delete('in');
      node.delete('occurrence');
      node.delete('text');
      node.set('start', start);
      node.set('end', start + Array.from(needle).length);
      node.set('text', needle);
      located++;
      return undefined;
    },
  });
  // Keep short spans on one line, as curators write them.
  visit(document, {
    Map(_key, node) {
      if (node.has('start') && node.items.every((pair) => isScalar(pair.value))) node.flow = true;
    },
  });
  return { located, problems };
}
