import { CalendarDate } from '../../graph/model';
import { SOURCE_FACTS, type ArticleSource } from '../article-folder';
import { definedOnly, sentenceId, type GraphBuilder } from './graph-builder';

/** The article node, its sentences, and the links that keep them in order. */
export function mapArticle(builder: GraphBuilder, source: ArticleSource): void {
  const { meta } = source;
  const articleId = builder.articleId;
  const unknown = SOURCE_FACTS.filter((field) => meta[field] === null);
  const unrecorded = SOURCE_FACTS.filter((field) => meta[field] === undefined);
  builder.addNode({
    mergeLabel: 'Article',
    id: articleId,
    labels: ['Article'],
    properties: definedOnly({
      id: articleId,
      language: meta.language,
      textFile: meta.textFile,
      title: meta.title,
      titleEn: meta.titleEn,
      titleBasis: meta.titleBasis,
      publishedOn: meta.publishedOn ? new CalendarDate(meta.publishedOn) : undefined,
      outlet: meta.outlet ?? undefined,
      author: meta.author ?? undefined,
      url: meta.url ?? undefined,
      unknownMetadata: unknown,
      unrecordedMetadata: unrecorded,
      text: source.text,
      length: Array.from(source.text).length,
      offsetUnit: 'unicode_code_point',
      sha256: source.sha256,
      sentenceCount: builder.sentences.length,
    }),
  });
  for (const sentence of builder.sentences) {
    const id = sentenceId(articleId, sentence.index);
    builder.addNode({
      mergeLabel: 'Sentence',
      id,
      labels: ['Sentence'],
      properties: {
        id,
        articleId,
        index: sentence.index,
        paragraph: sentence.paragraph,
        start: sentence.start,
        end: sentence.end,
        text: sentence.text,
      },
    });
    builder.addRelationship({
      type: 'HAS_SENTENCE',
      from: { mergeLabel: 'Article', id: articleId },
      to: { mergeLabel: 'Sentence', id },
      key: {},
      properties: { index: sentence.index },
    });
    if (sentence.index > 1) {
      builder.addRelationship({
        type: 'NEXT',
        from: { mergeLabel: 'Sentence', id: sentenceId(articleId, sentence.index - 1) },
        to: { mergeLabel: 'Sentence', id },
        key: {},
        properties: {},
      });
    }
  }
}
