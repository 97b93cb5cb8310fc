import type { Resolvers } from '../generated/resolvers-types';
import { requiredStringProperty, stringListProperty, toParent } from '../parents';
import { loadParent, loadParents } from './entity-fields';

/** Articles, sentences, spans and evidence: where every fact comes from. */
export const sourceResolvers: Resolvers = {
  Article: {
    unknownMetadata: (parent) => stringListProperty(parent, 'unknownMetadata'),
    sentences: async (parent, _args, context) =>
      (await context.loaders.articleSentences.load(parent.id)).map(toParent),
  },
  Sentence: {
    article: (parent, _args, context) => loadParent(context, requiredStringProperty(parent, 'articleId')),
  },
  Span: {
    sentence: (parent, _args, context) => loadParent(context, parent.sentenceId),
  },
  Evidence: {
    sentences: (parent, _args, context) => loadParents(context, parent.sentenceIds),
  },
};
