import type { StoredArticle } from '../graph/read/stored-articles';
import { SOURCE_FACTS, type ArticleMeta, type ArticleSource } from './article-folder';

/**
 * An article as the graph stored it, back as a source: its text, its hash and its metadata,
 * unknown facts (null) kept apart from facts nobody recorded (absent).
 */
export function sourceFromStored({ article }: StoredArticle): ArticleSource {
  const text = (key: string) => (typeof article[key] === 'string' ? (article[key] as string) : undefined);
  const listed = (key: string) => (Array.isArray(article[key]) ? (article[key] as string[]) : []);
  const unknown = listed('unknownMetadata');
  const unrecorded = listed('unrecordedMetadata');
  const fact = (field: (typeof SOURCE_FACTS)[number]) => {
    if (unknown.includes(field)) return { [field]: null };
    if (unrecorded.includes(field)) return {};
    const value = text(field);
    return value === undefined ? {} : { [field]: field === 'publishedOn' ? value.slice(0, 10) : value };
  };
  const meta = {
    id: text('id')!,
    language: text('language')!,
    textFile: text('textFile') ?? `article.${text('language')}.txt`,
    title: text('title')!,
    ...(text('titleEn') ? { titleEn: text('titleEn') } : {}),
    titleBasis: text('titleBasis') === 'article' ? 'article' : 'derived',
    ...SOURCE_FACTS.reduce((all, field) => ({ ...all, ...fact(field) }), {}),
  } as ArticleMeta;
  return { folder: '', meta, text: text('text') ?? '', sha256: text('sha256') ?? '' };
}
