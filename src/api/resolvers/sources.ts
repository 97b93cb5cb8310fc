import type { Resolvers } from '../generated/resolvers-types';
import { requiredStringProperty, stringListProperty, stringProperty, toParent } from '../parents';
import { loadParent, loadParents } from './entity-fields';

/** Articles, sentences, spans and evidence: where every fact comes from. */
export const sourceResolvers: Resolvers = {
  Article: {
    unknownMetadata: (parent) => stringListProperty(parent, 'unknownMetadata'),
    unrecordedMetadata: (parent) => stringListProperty(parent, 'unrecordedMetadata'),
    sentences: async (parent, _args, context) =>
      (await context.loaders.articleSentences.load(parent.id)).map((sentence) => toParent(sentence)),
  },
  Sentence: {
    article: (parent, _args, context) => loadParent(context, requiredStringProperty(parent, 'articleId')),
  },
  Span: {
    sentence: (parent, _args, context) => loadParent(context, parent.sentenceId),
  },
  Evidence: {
    sentences: (parent, _args, context) => loadParents(context, parent.sentenceIds),
    sources: (parent, _args, context) => loadParents(context, parent.sources),
    // Counted from the sources' outlets when the stored count does not apply (as of a day).
    corroboration: async (parent, _args, context) => {
      if (parent.corroboration !== null) return parent.corroboration;
      const articles = await loadParents(context, parent.sources);
      return new Set(articles.map((article) => stringProperty(article, 'outlet') ?? `article:${article.id}`))
        .size;
    },
  },
  EvidenceSpan: {
    article: (parent, _args, context) => loadParent(context, parent.articleId),
    sentence: async (parent, _args, context) => {
      const sentences = await loadParents(context, parent.sentenceIds);
      return (
        sentences.find(
          (sentence) => Number(sentence['start']) <= parent.start && parent.end <= Number(sentence['end']),
        ) ?? null
      );
    },
  },
};
