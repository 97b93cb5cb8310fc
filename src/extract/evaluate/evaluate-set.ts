import path from 'node:path';
import { EXTRACTION_FILE, readArticleFolder, readYaml } from '../../ingest/article-folder';
import { extractionSchema } from '../../ingest/extraction-schema';
import { draftExtraction } from '../extract-article';
import { addTally, emptyTally, type Tally } from './compare';
import { evaluateArticle, MEASURES, type Measure } from './evaluate-article';
import { scoreTable } from './report';

export interface SetResult {
  totals: Record<Measure, Tally>;
  table: string;
  perArticle: string[];
  timings: number[];
}

/** Drafts each article of a set from its text alone and scores it against its gold. */
export function evaluateSet(folders: readonly string[]): SetResult {
  const totals = Object.fromEntries(MEASURES.map((measure) => [measure, emptyTally()])) as Record<
    Measure,
    Tally
  >;
  const perArticle: string[] = [];
  const timings: number[] = [];
  for (const folder of folders) {
    const { source, problems } = readArticleFolder(folder);
    if (!source) throw new Error(`${folder}: ${problems.map((p) => p.reason).join('; ')}`);
    const raw = readYaml(path.join(folder, EXTRACTION_FILE));
    if (!('value' in raw)) throw new Error(`${folder}: ${raw.problems.map((p) => p.reason).join('; ')}`);
    const gold = extractionSchema.parse(raw.value);
    const language = source.meta.language === 'en' ? 'en' : 'rw';
    const started = performance.now();
    // No linking: an article must not find its own gold entities in the graph.
    const draft = draftExtraction(source.text, language, source.meta.id, {
      known: [],
      ...(source.meta.publishedOn ? { publishedOn: source.meta.publishedOn } : {}),
    });
    timings.push(performance.now() - started);
    const result = evaluateArticle(draft, gold);
    for (const measure of MEASURES) addTally(totals[measure], result[measure]);
    const f = (t: Tally) =>
      t.gold + t.predicted === 0 ? '–' : ((2 * t.correct) / (t.gold + t.predicted)).toFixed(2);
    perArticle.push(
      `| ${source.meta.id} | ${language} | ${f(result.mentions)} | ${f(result.events)} | ${f(result['participants with roles'])} | ${f(result['event status'])} | ${f(result['event dates'])} |`,
    );
  }
  return {
    totals,
    table: scoreTable(MEASURES.map((measure) => [measure, totals[measure]])),
    perArticle,
    timings,
  };
}
