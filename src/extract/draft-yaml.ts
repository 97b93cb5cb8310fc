import { Document, isMap, visit } from 'yaml';
import type { ArticleMeta } from '../ingest/article-folder';
import type { DraftExtraction } from './draft/draft-types';

const EXTRACTION_HEADER = `Draft extraction written by npm run extract: every item says review: draft, the rule that
found it and a confidence (0-1); names say how they were linked to the graph. Check each item
against the text, correct it, and set review: reviewed (or delete the line). npm run load loads
only reviewed items; npm run load -- --include-drafts loads drafts too, as extracted facts.
Spans are { start, end, text } in Unicode code points (end exclusive). See docs/extraction.md.`;

/** The draft as YAML, spans on one line each as in the curated files. */
export function draftToYaml(draft: DraftExtraction): string {
  // Shared objects are written out each time: anchors and aliases would puzzle a reviewer.
  const document = new Document(draft, { aliasDuplicateObjects: false });
  document.commentBefore = EXTRACTION_HEADER.split('\n')
    .map((line) => ` ${line}`)
    .join('\n');
  visit(document, {
    Map(_, node) {
      if (isMap(node) && node.has('start') && node.has('end') && node.has('text')) node.flow = true;
    },
  });
  return document.toString({ lineWidth: 0 });
}

export function metaToYaml(meta: ArticleMeta, note: string): string {
  const document = new Document(meta);
  document.commentBefore = note
    .split('\n')
    .map((line) => ` ${line}`)
    .join('\n');
  return document.toString({ lineWidth: 0 });
}
