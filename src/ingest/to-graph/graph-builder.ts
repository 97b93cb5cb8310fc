import {
  Fraction,
  labelsOfKind,
  type EntityKind,
  type FactType,
  type GraphDocument,
  type GraphNode,
  type GraphRelationship,
  type NodeRef,
  type Properties,
  type PropertyValue,
} from '../../graph/model';
import { isDraft, type DraftMarks } from '../draft-fields';
import type { Span } from '../extraction-schema';
import type { SentenceSpan } from '../sentences';

export function sentenceId(articleId: string, index: number): string {
  return `${articleId}#s${index}`;
}

/** Where an article stands among the sources: its id and, when known, its publication date. */
export interface ArticleStamp {
  articleId: string;
  publishedOn: string | null;
}

/**
 * Collects the nodes and relationships of one article's graph. The section mappers call it; it
 * knows the article's sentences, so it turns spans into the sentences that hold them.
 */
export class GraphBuilder {
  private readonly nodes: GraphNode[] = [];
  private readonly relationships: GraphRelationship[] = [];

  readonly articleId: string;

  /**
   * `canonical` maps the article's own ids to the graph's (entity resolution across articles);
   * alone, an article keeps its ids.
   */
  constructor(
    readonly stamp: ArticleStamp,
    readonly sentences: readonly SentenceSpan[],
    private readonly kinds: ReadonlyMap<string, EntityKind>,
    readonly canonical: (localId: string) => string = (id) => id,
  ) {
    this.articleId = stamp.articleId;
  }

  /** An entity as the graph knows it: by its canonical id. */
  entity(localId: string): NodeRef {
    return { mergeLabel: 'Entity', id: this.canonical(localId) };
  }

  addNode(node: GraphNode): void {
    this.nodes.push(node);
  }

  addRelationship(relationship: GraphRelationship): void {
    this.relationships.push(relationship);
  }

  /**
   * An entity of the kind validation found for its id, with the registry's labels. A drafted
   * item keeps its review mark, confidence and rule, so queries can leave it out.
   */
  addEntity(
    id: string,
    extraLabels: readonly string[],
    properties: Properties,
    aliases?: readonly string[],
    marks?: DraftMarks,
  ) {
    const kind = this.kinds.get(id);
    if (kind === undefined) throw new Error(`No kind for ${id}`);
    const draft = marks && isDraft(marks) ? draftProperties(marks) : {};
    const canonicalId = this.canonical(id);
    this.nodes.push({
      mergeLabel: 'Entity',
      id: canonicalId,
      labels: unique([...labelsOfKind(kind), ...extraLabels]),
      properties: { id: canonicalId, ...properties, ...draft },
      ...(aliases ? { aliases } : {}),
    });
  }

  /** Links an entity to each sentence its spans lie in, keeping the exact words. */
  spanLinks(type: 'MENTIONED_IN' | 'STATED_IN', id: string, spans: readonly Span[], aspect?: string): void {
    this.spanLinksFrom(this.entity(id), type, spans, aspect);
  }

  /**
   * The same for any node, such as a claim. A span lies inside the sentence it is linked to: one
   * that runs over several sentences (a quote) is cut at their bounds, each part linked to its
   * sentence with the whole span's offsets beside it (`spanStart`, `spanEnd`).
   */
  spanLinksFrom(from: NodeRef, type: 'MENTIONED_IN' | 'STATED_IN', spans: readonly Span[], aspect?: string) {
    for (const span of spans) {
      const sentences = this.sentencesOf(span);
      for (const sentence of sentences) {
        const start = Math.max(span.start, sentence.start);
        const end = Math.min(span.end, sentence.end);
        const whole = sentences.length === 1;
        this.relationships.push({
          type,
          from,
          to: { mergeLabel: 'Sentence', id: sentenceId(this.articleId, sentence.index) },
          key: { start, end, ...(aspect ? { aspect } : {}) },
          properties: whole
            ? { text: span.text }
            : {
                text: Array.from(sentence.text)
                  .slice(start - sentence.start, end - sentence.start)
                  .join(''),
                spanStart: span.start,
                spanEnd: span.end,
              },
        });
      }
    }
  }

  /**
   * A fact the article states, with the sentences holding its spans as evidence. When it comes
   * from a drafted item (`drafts`: the sub-item and the item it belongs to), its basis is
   * `extracted`, with the least confident draft's confidence and rule.
   */
  fact(
    type: FactType,
    from: string,
    to: string,
    spans: readonly Span[],
    options: { key?: Properties; drafts?: readonly (DraftMarks | undefined)[]; extra?: Properties } = {},
  ): void {
    const draft = leastConfidentDraft(options.drafts ?? []);
    this.relationships.push({
      type,
      from: this.entity(from),
      to: this.entity(to),
      key: options.key ?? {},
      properties: {
        ...(draft ? { basis: 'extracted', ...draftProperties(draft) } : { basis: 'article' }),
        ...this.sourceProperties(),
        ...spanProperties(this.articleId, spans),
        ...options.extra,
      },
      evidence: this.sentenceIdsOf(spans),
    });
  }

  /** A fact the article does not state, labelled as background knowledge with its source. */
  backgroundFact(type: FactType, from: string, to: string, source: string): void {
    this.relationships.push({
      type,
      from: this.entity(from),
      to: this.entity(to),
      key: {},
      properties: { basis: 'background', source, ...this.sourceProperties() },
    });
  }

  /** Which article states a fact, and when it was published ('' when unknown). */
  private sourceProperties(): Properties {
    return { sources: [this.articleId], sourceDates: [this.stamp.publishedOn ?? ''] };
  }

  build(): GraphDocument {
    return {
      articleId: this.articleId,
      nodes: this.nodes,
      relationships: mergeDuplicates(this.relationships),
    };
  }

  /** Ids of the sentences that hold any of the spans, in article order. */
  private sentenceIdsOf(spans: readonly Span[]): string[] {
    const ids = new Set(
      spans.flatMap((span) => this.sentencesOf(span)).map((s) => sentenceId(this.articleId, s.index)),
    );
    return [...ids].sort(bySentenceOrder);
  }

  /** Sentences a span overlaps: one, or more for a quote running across sentences. */
  private sentencesOf(span: Span): SentenceSpan[] {
    return this.sentences.filter((sentence) => span.start < sentence.end && span.end > sentence.start);
  }
}

/**
 * Two facts can state the same relationship (a party named in two places); the graph holds it
 * once, with the union of their evidence.
 */
function mergeDuplicates(relationships: GraphRelationship[]): GraphRelationship[] {
  const byIdentity = new Map<string, GraphRelationship>();
  for (const relationship of relationships) {
    const identity = JSON.stringify([
      relationship.type,
      relationship.from,
      relationship.to,
      relationship.key,
    ]);
    const existing = byIdentity.get(identity);
    if (!existing) {
      byIdentity.set(identity, relationship);
      continue;
    }
    const evidence = unique([...(existing.evidence ?? []), ...(relationship.evidence ?? [])]).sort(
      bySentenceOrder,
    );
    // A fact stated by a reviewed item stands on the article, even if a draft also states it.
    const properties =
      existing.properties['basis'] === 'extracted' ? relationship.properties : existing.properties;
    byIdentity.set(identity, { ...existing, properties, evidence });
  }
  return [...byIdentity.values()];
}

function bySentenceOrder(a: string, b: string): number {
  const index = (id: string) => Number(id.slice(id.lastIndexOf('#s') + 2));
  return a.slice(0, a.lastIndexOf('#')).localeCompare(b.slice(0, b.lastIndexOf('#'))) || index(a) - index(b);
}

/**
 * The words behind a fact, span by span, as parallel lists (Neo4j keeps lists of one type): the
 * article, the offsets and the text of each.
 */
function spanProperties(articleId: string, spans: readonly Span[]): Properties {
  return {
    spanArticles: spans.map(() => articleId),
    spanStarts: spans.map((span) => span.start),
    spanEnds: spans.map((span) => span.end),
    spanTexts: spans.map((span) => span.text),
  };
}

function leastConfidentDraft(marks: readonly (DraftMarks | undefined)[]): DraftMarks | undefined {
  const drafts = marks.filter((mark): mark is DraftMarks => mark !== undefined && isDraft(mark));
  return drafts.sort((a, b) => (a.confidence ?? 0) - (b.confidence ?? 0))[0];
}

function draftProperties(marks: DraftMarks): Properties {
  return { review: 'draft', confidence: new Fraction(marks.confidence ?? 0), rule: marks.rule ?? 'unknown' };
}

export function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/** Names as written, once each, in a stable order: they become a node's aliases. */
export function aliasesOf(mentions: readonly Span[]): string[] {
  return unique(mentions.map((mention) => mention.text)).sort();
}

/** Drops undefined entries: Neo4j has no null properties, an unknown value is an absent one. */
export function definedOnly(properties: Record<string, PropertyValue | undefined>): Properties {
  return Object.fromEntries(
    Object.entries(properties).filter(([, value]) => value !== undefined),
  ) as Properties;
}
