import type { SpanData } from '../../graph/read/batch-reads';
import type { GraphQLContext } from '../context';
import { toParent, toParentOrNull, type EvidenceParent, type NodeParent } from '../parents';
import { loadParents } from './entity-fields';

/** Articles, sentences, spans and evidence: where every fact comes from. */
export const sourceResolvers = {
  Article: {
    unknownMetadata: (parent: NodeParent) =>
      Array.isArray(parent['unknownMetadata']) ? parent['unknownMetadata'] : [],
    sentences: async (parent: NodeParent, _args: unknown, context: GraphQLContext) =>
      (await context.loaders.articleSentences.load(parent.id)).map(toParent),
  },
  Sentence: {
    article: async (parent: NodeParent, _args: unknown, context: GraphQLContext) =>
      toParentOrNull(await context.loaders.nodes.load(String(parent['articleId']))),
  },
  Span: {
    sentence: async (parent: SpanData, _args: unknown, context: GraphQLContext) =>
      toParentOrNull(await context.loaders.nodes.load(parent.sentenceId)),
  },
  Evidence: {
    sentences: (parent: EvidenceParent, _args: unknown, context: GraphQLContext) =>
      loadParents(context, parent.sentenceIds),
  },
  Basis: { ARTICLE: 'article', BACKGROUND: 'background' },
};
