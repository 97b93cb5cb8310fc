import {
  CalendarDate,
  type GraphDocument,
  type GraphNode,
  type GraphRelationship,
  type Properties,
  type PropertyValue,
} from '../../graph/model';

/** What the merge needs to know of each source: when it was published and by whom. */
export interface SourceInfo {
  articleId: string;
  publishedOn: string | null;
  /** The outlet, when known; articles without one count as independent sources each. */
  outlet: string | null;
}

/**
 * One graph from the graphs of many articles, already in canonical ids. Articles are taken
 * oldest first (unknown dates first of all), so for a node property two articles give, the
 * latest article's value is the node's (every article's claim is kept on Claim nodes). Names as
 * written are the union of all; a fact stated by several articles is one relationship that
 * lists them all, with every article's words, and counts its independent sources.
 */
export function mergeDocuments(
  documents: readonly GraphDocument[],
  sources: readonly SourceInfo[],
): GraphDocument {
  const order = new Map(sources.map((source, index) => [source.articleId, index]));
  const sorted = [...documents].sort((a, b) => (order.get(a.articleId) ?? 0) - (order.get(b.articleId) ?? 0));
  const outlets = new Map(
    sources.map((source) => [source.articleId, source.outlet ?? `article:${source.articleId}`]),
  );
  const dates = new Map(sources.map((source) => [source.articleId, source.publishedOn]));

  const nodes = new Map<string, GraphNode & { reportedIn: Set<string> }>();
  const relationships = new Map<string, GraphRelationship>();
  for (const document of sorted) {
    for (const node of document.nodes) {
      const key = `${node.mergeLabel}|${node.id}`;
      const existing = nodes.get(key);
      if (!existing) {
        nodes.set(key, { ...node, reportedIn: new Set([document.articleId]) });
        continue;
      }
      existing.reportedIn.add(document.articleId);
      nodes.set(key, {
        ...existing,
        labels: [...new Set([...existing.labels, ...node.labels])],
        properties: { ...existing.properties, ...node.properties },
        ...(existing.aliases || node.aliases
          ? { aliases: [...new Set([...(existing.aliases ?? []), ...(node.aliases ?? [])])].sort() }
          : {}),
      });
    }
    for (const relationship of document.relationships) {
      const key = identityOf(relationship);
      const existing = relationships.get(key);
      relationships.set(key, existing ? mergeRelationship(existing, relationship) : relationship);
    }
  }

  return {
    articleId: sorted.map((document) => document.articleId).join('+'),
    nodes: [...nodes.values()].map(({ reportedIn, ...node }) =>
      node.mergeLabel === 'Entity' ? withFirstReported(node, reportedIn, dates) : node,
    ),
    relationships: [...relationships.values()].map((relationship) =>
      withCorroboration(relationship, outlets, dates),
    ),
  };
}

/** The identity of a relationship in the graph: its type, its ends and the properties that key it. */
export function identityOf(relationship: GraphRelationship): string {
  return JSON.stringify([
    relationship.type,
    relationship.from.mergeLabel,
    relationship.from.id,
    relationship.to.mergeLabel,
    relationship.to.id,
    Object.entries(relationship.key).sort(([a], [b]) => a.localeCompare(b)),
  ]);
}

const BASIS_RANK: Record<string, number> = { article: 3, extracted: 2, background: 1 };

function mergeRelationship(existing: GraphRelationship, added: GraphRelationship): GraphRelationship {
  const a = existing.properties;
  const b = added.properties;
  // The strongest basis stands: stated by an article beats drafted, drafted beats background.
  const stronger = (BASIS_RANK[String(b['basis'])] ?? 0) > (BASIS_RANK[String(a['basis'])] ?? 0) ? b : a;
  const lists = ['sources', 'sourceDates', 'spanArticles', 'spanStarts', 'spanEnds', 'spanTexts'] as const;
  const merged: Record<string, PropertyValue> = {
    ...a,
    ...b,
    ...pick(stronger, ['basis', 'confidence', 'rule']),
  };
  if (stronger['basis'] !== 'extracted') {
    delete merged['confidence'];
    delete merged['rule'];
  }
  if (a['source'] ?? b['source']) merged['source'] = (a['source'] ?? b['source'])!;
  for (const list of lists) {
    merged[list] = [...asList(a[list]), ...asList(b[list])] as string[];
  }
  return {
    ...existing,
    properties: merged,
    evidence: [...new Set([...(existing.evidence ?? []), ...(added.evidence ?? [])])].sort(bySentence),
  };
}

/** An entity's first report: the earliest known publication date of an article that names it. */
function withFirstReported(
  node: GraphNode,
  reportedIn: ReadonlySet<string>,
  dates: ReadonlyMap<string, string | null>,
): GraphNode {
  const known = [...reportedIn].map((id) => dates.get(id)).filter((date): date is string => Boolean(date));
  if (known.length === 0) return node;
  return { ...node, properties: { ...node.properties, firstReported: new CalendarDate(known.sort()[0]!) } };
}

/**
 * How many independent sources state a fact: distinct outlets, an article without a known outlet
 * counting alone. The sources are listed once each, in publication order.
 */
function withCorroboration(
  relationship: GraphRelationship,
  outlets: ReadonlyMap<string, string>,
  dates: ReadonlyMap<string, string | null>,
): GraphRelationship {
  const sources = asList(relationship.properties['sources']) as string[];
  if (sources.length === 0) return relationship;
  const unique = [...new Set(sources)].sort(
    (x, y) => (dates.get(x) ?? '').localeCompare(dates.get(y) ?? '') || x.localeCompare(y),
  );
  const known = unique.map((id) => dates.get(id)).filter((date): date is string => Boolean(date));
  const properties: Properties = {
    ...relationship.properties,
    sources: unique,
    sourceDates: unique.map((id) => dates.get(id) ?? ''),
    corroboration: new Set(unique.map((id) => outlets.get(id) ?? id)).size,
    ...(known.length > 0 ? { firstReported: new CalendarDate(known.sort()[0]!) } : {}),
  };
  return { ...relationship, properties };
}

function asList(value: PropertyValue | undefined): readonly (string | number)[] {
  return Array.isArray(value) ? (value as readonly (string | number)[]) : [];
}

function pick(properties: Properties, keys: readonly string[]): Record<string, PropertyValue> {
  return Object.fromEntries(keys.filter((key) => key in properties).map((key) => [key, properties[key]!]));
}

function bySentence(a: string, b: string): number {
  const index = (id: string) => Number(id.slice(id.lastIndexOf('#s') + 2));
  return a.slice(0, a.lastIndexOf('#')).localeCompare(b.slice(0, b.lastIndexOf('#'))) || index(a) - index(b);
}
