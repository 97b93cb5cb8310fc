import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { analyseEnglish } from '../../../../src/extract/en/analyse';
import type { Analysis, NameKind } from '../../../../src/extract/analysis';
import { Gazetteer, readGazetteerEntries } from '../../../../src/extract/lexicon/gazetteer';
import { tokenize } from '../../../../src/extract/text/tokenize';
import { PROJECT_ROOT } from '../../../../src/project-root';

/**
 * The English gold fixtures (tests/fixtures/articles/en-*) read against what the analyser finds,
 * item by item, with the real gazetteer files.
 */
export const FIXTURES_DIR = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'articles');

type Span = { start: number; end: number; text: string };
interface GoldNamed {
  id: string;
  mentions: Span[];
}
interface Gold {
  countries: GoldNamed[];
  people: GoldNamed[];
  organizations: GoldNamed[];
  places: GoldNamed[];
  sectors: GoldNamed[];
  topics?: GoldNamed[];
  initiatives: GoldNamed[];
  positions: { id: string; evidence: Span[] }[];
  events: {
    id: string;
    status: string;
    time?: { text: Span; value: string };
    participants?: { actor: string; role: string }[];
  }[];
  statements?: { kind: string; speaker: string; quote?: Span }[];
}

export interface Fixture {
  id: string;
  text: string;
  gold: Gold;
  analysis: Analysis;
}

let gazetteer: Gazetteer | undefined;

export function englishFixtures(): Fixture[] {
  gazetteer ??= new Gazetteer(readGazetteerEntries(), tokenize);
  return fs
    .readdirSync(FIXTURES_DIR)
    .filter((id) => id.startsWith('en-') && fs.existsSync(path.join(FIXTURES_DIR, id, 'extraction.yaml')))
    .sort()
    .map((id) => {
      const folder = path.join(FIXTURES_DIR, id);
      const meta = parse(fs.readFileSync(path.join(folder, 'meta.yaml'), 'utf8')) as {
        textFile: string;
        publishedOn?: string;
      };
      const text = fs.readFileSync(path.join(folder, meta.textFile), 'utf8');
      const gold = parse(fs.readFileSync(path.join(folder, 'extraction.yaml'), 'utf8')) as Gold;
      const options = meta.publishedOn ? { publishedOn: meta.publishedOn } : {};
      return { id, text, gold, analysis: analyseEnglish(text, gazetteer!, options) };
    });
}

export interface Score {
  gold: number;
  found: number;
  matched: number;
}

const score = (gold: string[], found: string[]): Score => {
  const remaining = [...found];
  let matched = 0;
  for (const item of gold) {
    const at = remaining.indexOf(item);
    if (at !== -1) {
      matched++;
      remaining.splice(at, 1);
    }
  }
  return { gold: gold.length, found: found.length, matched };
};

const SECTIONS: [keyof Gold, NameKind[]][] = [
  ['countries', ['Country']],
  ['people', ['Person']],
  ['organizations', ['Organization']],
  ['places', ['Place']],
  ['initiatives', ['Initiative']],
  // Sector and topic are one family here: the gazetteer and the gold file may file a subject differently.
  ['sectors', ['Sector', 'Topic']],
];

/** Mentions by span and kind (sectors and topics together), each gold mention counted once. */
export function mentionScore(fixture: Fixture): Score {
  const { gold, analysis } = fixture;
  const family = (kind: NameKind) => (kind === 'Topic' ? 'Sector' : kind);
  const goldItems = SECTIONS.flatMap(([section, kinds]) => {
    const named = [
      ...((gold[section] as GoldNamed[] | undefined) ?? []),
      ...(section === 'sectors' ? (gold.topics ?? []) : []),
    ];
    return named.flatMap((item) =>
      item.mentions.map((span) => `${family(kinds[0]!)}@${span.start}-${span.end}`),
    );
  });
  // One span may name two things (`the two governments`): count each once per kind.
  const goldSet = [...new Set(goldItems)];
  const found = [
    ...new Set(analysis.names.map((mention) => `${family(mention.kind)}@${mention.start}-${mention.end}`)),
  ];
  return score(goldSet, found);
}

/** Gold people and the keys the analyser gave their mentions. */
export function peopleKeys(fixture: Fixture): { gold: string[]; found: string[] } {
  return {
    gold: fixture.gold.people.map((person) => person.id).sort(),
    found: [...new Set(fixture.analysis.names.filter((m) => m.kind === 'Person').map((m) => m.key))].sort(),
  };
}

/** Gold event times (their words and value) against the dates found. */
export function timeScore(fixture: Fixture): Score {
  const gold = fixture.gold.events.flatMap((event) =>
    event.time ? [`${event.time.text.start}-${event.time.text.end}=${event.time.value}`] : [],
  );
  const found = fixture.analysis.dates.map((date) => `${date.start}-${date.end}=${date.value}`);
  return score(gold, found);
}

/** Gold positions (by the span of their evidence) against the titles found. */
export function titleScore(fixture: Fixture): Score {
  const gold = fixture.gold.positions.flatMap((position) =>
    position.evidence.map((span) => `${span.start}-${span.end}`),
  );
  const found = fixture.analysis.titles.map((title) => `${title.start}-${title.end}`);
  return score(gold, found);
}

/** Statements by kind and speaker; `report` (not in the analyser's kinds) is read as an announcement. */
export function statementScore(fixture: Fixture): Score {
  const kind = (value: string) => (value === 'report' ? 'announcement' : value);
  const gold = (fixture.gold.statements ?? []).map(
    (statement) => `${kind(statement.kind)}:${statement.speaker}`,
  );
  const found = fixture.analysis.statements.map((statement) => `${statement.kind}:${statement.speakerKey}`);
  return score(gold, found);
}

/** Gold quotes (exact spans) against the quotes found. */
export function quoteScore(fixture: Fixture): Score {
  const gold = (fixture.gold.statements ?? []).flatMap((statement) =>
    statement.quote ? [`${statement.quote.start}-${statement.quote.end}`] : [],
  );
  const found = fixture.analysis.statements.flatMap((statement) =>
    statement.quote ? [`${statement.quote.start}-${statement.quote.end}`] : [],
  );
  return score(gold, found);
}

/** Events matched to gold by time value or, without one, by a shared participant; then whether their status agrees. */
export function eventScore(fixture: Fixture): Score & { statusAgrees: number } {
  const { gold, analysis } = fixture;
  const remaining = [...analysis.events];
  let matched = 0;
  let statusAgrees = 0;
  for (const event of gold.events) {
    const index = remaining.findIndex((found) =>
      event.time
        ? found.time?.value === event.time.value
        : (event.participants ?? []).some((p) =>
            found.participants.some((q) => q.key === p.actor && q.role === p.role),
          ),
    );
    if (index === -1) continue;
    matched++;
    const [found] = remaining.splice(index, 1);
    if (found!.status?.value === event.status) statusAgrees++;
  }
  return { gold: gold.events.length, found: analysis.events.length, matched, statusAgrees };
}

export const recall = (s: Score) => (s.gold === 0 ? 1 : s.matched / s.gold);
export const precision = (s: Score) => (s.found === 0 ? 1 : s.matched / s.found);
