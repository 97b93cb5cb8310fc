import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { GraphDocument } from '../../src/graph/model';
import { buildGraph } from '../../src/ingest/materialize/build-graph';
import { findArticleFolders, prepareArticles } from '../../src/ingest/prepare-article';
import { readOverrides } from '../../src/ingest/resolve/overrides-file';
import { resolveArticles } from '../../src/ingest/resolve/resolve-articles';
import { writeSyntheticArticles } from './synthetic-articles';

/**
 * The whole graph a load of the committed articles plus `syntheticCount` synthetic ones would
 * write, built the way the loader builds it (validation, resolution, claims, conflicts), without
 * Neo4j. The committed articles bring every relationship type; the synthetic ones bring volume
 * and hubs (countries, sectors and people shared by many articles).
 */
export function buildBenchDocument(syntheticCount: number): GraphDocument {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-write-articles-'));
  try {
    const folders = [...findArticleFolders(), ...writeSyntheticArticles(root, syntheticCount)];
    const { prepared, problems } = prepareArticles(folders);
    if (problems.length > 0) throw new Error(`synthetic articles are invalid: ${problems[0]!.reason}`);
    const articles = prepared.map(({ source, valid }) => ({ source, valid }));
    const resolution = resolveArticles({
      articles: articles.map(({ source, valid }) => ({
        articleId: source.meta.id,
        publishedOn: source.meta.publishedOn ?? null,
        extraction: valid.extraction,
      })),
      overrides: readOverrides(),
    });
    if (resolution.problems.length > 0)
      throw new Error(`resolution refused the articles: ${resolution.problems[0]!.reason}`);
    return buildGraph(articles, resolution);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}
