import {
  endpointsOf,
  ENTITY_KIND_NAMES,
  ENTITY_KINDS,
  type EntityKind,
  type RelationshipType,
} from '../graph/model';
import { CAMEO_LABELS } from '../graph/model/cameo';
import type { ArticleSource } from './article-folder';
import { withoutDrafts } from './drafts';
import { extractionSchema, type Extraction, type Span } from './extraction-schema';
import { pathOf, type Problem } from './problems';
import { CodePointText } from './text-offsets';
import { parseTimeValue } from './time-value';

export interface ValidExtraction {
  extraction: Extraction;
  kinds: ReadonlyMap<string, EntityKind>;
  /** How many drafted items were left out (none when drafts are included). */
  draftsLeftOut: number;
}

export interface ValidationOptions {
  /** Load drafted items too; they then carry basis `extracted` in the graph. */
  includeDrafts?: boolean;
}

/**
 * Checks an extraction against its article: form (schema), then meaning — unique ids, resolvable
 * references of the right kind, spans that match the text at their offsets, parseable times.
 * Returns every problem found, never only the first.
 */
export function validateExtraction(
  raw: unknown,
  source: ArticleSource,
  file: string,
  options: ValidationOptions = {},
): { valid?: ValidExtraction; problems: Problem[] } {
  const parsed = extractionSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map((issue) => ({
        file,
        path: pathOf(issue.path),
        reason: issue.message,
      })),
    };
  }
  const problems: Problem[] = [];
  const report = (path: string, reason: string) => problems.push({ file, path, reason });
  checkDraftMarks(parsed.data, report);
  let extraction = parsed.data;
  let draftsLeftOut = 0;
  if (!options.includeDrafts) {
    const reviewed = withoutDrafts(parsed.data);
    reviewed.problems.forEach((problem) => report(problem.path, problem.reason));
    extraction = reviewed.extraction;
    draftsLeftOut = reviewed.leftOut;
  }

  if (extraction.article !== source.meta.id) {
    report('article', `names article ${extraction.article}, but meta.yaml is for ${source.meta.id}`);
  }

  const kinds = collectIds(extraction, report);
  checkReferences(extraction, kinds, report);
  checkSpans(extraction, new CodePointText(source.text), report);
  const checkCameo = (path: string, code: string | undefined) => {
    if (code !== undefined && CAMEO_LABELS[code] === undefined) {
      report(
        path,
        `CAMEO code ${code} is not one this graph knows (${Object.keys(CAMEO_LABELS).join(', ')})`,
      );
    }
  };
  extraction.events.forEach((event, index) => checkCameo(`events.${index}.cameo`, event.cameo));
  extraction.statements.forEach((statement, index) =>
    checkCameo(`statements.${index}.cameo`, statement.cameo),
  );
  extraction.events.forEach((event, index) => {
    if (!event.time) return;
    const parsedTime = parseTimeValue(event.time.value, event.time.precision);
    if ('error' in parsedTime) report(`events.${index}.time.value`, parsedTime.error);
  });

  return problems.length > 0 ? { problems } : { valid: { extraction, kinds, draftsLeftOut }, problems };
}

type Report = (path: string, reason: string) => void;

/** A draft must say how it was found and how far to trust it, or a reviewer cannot judge it. */
function checkDraftMarks(value: unknown, report: Report, path: PropertyKey[] = []): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => checkDraftMarks(item, report, [...path, index]));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  if (record['review'] === 'draft') {
    for (const field of ['rule', 'confidence'] as const) {
      if (record[field] === undefined) report(pathOf([...path, field]), `a draft needs its ${field}`);
    }
  }
  for (const [key, child] of Object.entries(record)) checkDraftMarks(child, report, [...path, key]);
}

function collectIds(extraction: Extraction, report: Report): Map<string, EntityKind> {
  const kinds = new Map<string, EntityKind>();
  for (const kind of ENTITY_KIND_NAMES) {
    const section = ENTITY_KINDS[kind].section;
    const items: readonly { id: string }[] = extraction[section];
    items.forEach((item, index) => {
      if (kinds.has(item.id)) report(`${section}.${index}.id`, `duplicate id ${item.id}`);
      else kinds.set(item.id, kind);
    });
  }
  return kinds;
}

function checkReferences(
  extraction: Extraction,
  kinds: ReadonlyMap<string, EntityKind>,
  report: Report,
): void {
  const expect = (path: string, id: string, allowed: readonly string[]) => {
    const kind = kinds.get(id);
    if (kind === undefined) report(path, `refers to ${id}, which is not defined in this file`);
    else if (!allowed.includes(kind))
      report(path, `refers to ${id}, a ${kind}; expected ${allowed.join(' or ')}`);
  };
  // A reference is the end of a relationship; the registry says what each end may be.
  const from = (type: RelationshipType) => endpointsOf(type).from;
  const to = (type: RelationshipType) => endpointsOf(type).to;

  extraction.events.forEach((event, e) => {
    event.participants?.forEach((p, i) =>
      expect(`events.${e}.participants.${i}.actor`, p.actor, from('PARTICIPANT_IN')),
    );
    event.places?.forEach((p, i) => expect(`events.${e}.places.${i}.place`, p.place, to('HELD_IN')));
    event.topics?.forEach((t, i) => expect(`events.${e}.topics.${i}.topic`, t.topic, to('DISCUSSED')));
    event.sidelinesOf?.forEach((s, i) => {
      expect(`events.${e}.sidelinesOf.${i}.event`, s.event, to('ON_SIDELINES_OF'));
      if (s.event === event.id)
        report(`events.${e}.sidelinesOf.${i}.event`, 'an event cannot be on its own sidelines');
    });
  });
  extraction.agreements.forEach((agreement, a) => {
    agreement.parties.forEach((party, i) => expect(`agreements.${a}.parties.${i}`, party, ['Country']));
    agreement.covers.forEach((sector, i) => expect(`agreements.${a}.covers.${i}`, sector, to('COVERS')));
    if (agreement.negotiatedIn)
      expect(`agreements.${a}.negotiatedIn`, agreement.negotiatedIn, to('NEGOTIATED_IN'));
  });
  extraction.commitments.forEach((commitment, c) => {
    commitment.by.forEach((actor, i) => expect(`commitments.${c}.by.${i}`, actor, from('COMMITTED_TO')));
    if (commitment.madeAt) expect(`commitments.${c}.madeAt`, commitment.madeAt, to('MADE_AT'));
    commitment.about.forEach((item, i) => expect(`commitments.${c}.about.${i}`, item, to('CONCERNS')));
  });
  extraction.statements.forEach((statement, s) => {
    expect(`statements.${s}.speaker`, statement.speaker, from('MADE_STATEMENT'));
    statement.about.forEach((item, i) => expect(`statements.${s}.about.${i}`, item, to('ABOUT')));
  });
  extraction.relations.forEach((relation, r) => {
    relation.countries.forEach((country, i) => expect(`relations.${r}.countries.${i}`, country, ['Country']));
    const expectedId = relationId(relation.countries[0], relation.countries[1]);
    if (relation.countries[0] === relation.countries[1]) {
      report(`relations.${r}.countries`, 'a bilateral relation needs two different countries');
    } else if (relation.id !== expectedId) {
      report(`relations.${r}.id`, `expected ${expectedId} for these two countries`);
    }
    relation.events.forEach((event, i) => expect(`relations.${r}.events.${i}`, event, to('INCLUDES_EVENT')));
    if (relation.establishedBy) {
      expect(`relations.${r}.establishedBy`, relation.establishedBy, to('ESTABLISHED_BY'));
      if (!relation.events.includes(relation.establishedBy)) {
        report(`relations.${r}.establishedBy`, 'the establishing event must also be listed in events');
      }
    }
  });
  extraction.facts.forEach((fact, f) => {
    expect(`facts.${f}.from`, fact.from, from(fact.type));
    expect(`facts.${f}.to`, fact.to, to(fact.type));
  });
}

/** The id of the relation between two countries, whatever order they are given in. */
export function relationId(countryA: string, countryB: string): string {
  const slugs = [countryA, countryB].map((id) => id.replace(/^country:/, '')).sort();
  return `relation:${slugs[0]}--${slugs[1]}`;
}

function checkSpans(extraction: Extraction, text: CodePointText, report: Report): void {
  forEachSpan(extraction, [], (span, path) => {
    const where = pathOf(path);
    if (span.end <= span.start) return report(where, `end ${span.end} is not after start ${span.start}`);
    if (span.end > text.length) {
      return report(where, `end ${span.end} is past the end of the article (${text.length} characters)`);
    }
    const actual = text.slice(span.start, span.end);
    if (actual !== span.text) {
      report(where, `the article has "${actual}" at ${span.start}-${span.end}, not "${span.text}"`);
    }
  });
}

/** Calls `visit` for every span in a value, with its path. */
export function forEachSpan(
  value: unknown,
  path: PropertyKey[],
  visit: (span: Span, path: PropertyKey[]) => void,
): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => forEachSpan(item, [...path, index], visit));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  if (
    typeof record['start'] === 'number' &&
    typeof record['end'] === 'number' &&
    typeof record['text'] === 'string'
  ) {
    visit(record as unknown as Span, path);
    return;
  }
  for (const [key, child] of Object.entries(record)) forEachSpan(child, [...path, key], visit);
}
