/** The shapes the explorer reads from schema.graphql, written out for the fields it asks for. */

export type Basis = 'ARTICLE' | 'BACKGROUND' | 'EXTRACTED';
export type EventStatus = 'PLANNED' | 'OCCURRED' | 'ONGOING' | 'POSTPONED' | 'CANCELLED' | 'UNKNOWN';
export type AgreementState = 'UNDER_NEGOTIATION' | 'SIGNED' | 'IN_FORCE';

export interface Sentence {
  id: string;
  index: number;
  text: string;
  start: number;
  end: number;
  article: { id: string; title: string; titleEn: string | null; language: string };
}

/** Words of an article by code point offsets (end exclusive), in their sentence. */
export interface Span {
  text: string;
  start: number;
  end: number;
  aspect: string | null;
  sentence: Sentence;
}

export interface Evidence {
  basis: Basis;
  source: string | null;
  confidence: number | null;
  rule: string | null;
  sentences: Sentence[];
}

export interface GraphNode {
  id: string;
  labels: string[];
  type: string;
  displayName: string;
  properties: Record<string, unknown>;
}

export interface GraphEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
  evidence: Evidence;
}

export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

export interface EntityRef {
  __typename?: string;
  id: string;
  name: string;
  nameEn: string | null;
}

export interface EventTime {
  text: string;
  value: string;
  precision: string;
  yearInferred: boolean;
  inference: string | null;
}

/** node(id) with the fields the details panel shows; type-specific ones are aliased per type. */
export interface NodeDetails extends EntityRef {
  __typename: string;
  aliases: string[];
  mentions: Span[];
  statedIn: Span[];
  eventKind?: string;
  status?: EventStatus;
  time?: EventTime | null;
  statusWords?: Span[];
  state?: AgreementState;
  negotiationLevels?: string[];
  statementKind?: string;
  summaryEn?: string;
  quote?: string | null;
  speaker?: EntityRef | null;
  orgKind?: string | null;
  placeKind?: string | null;
  note?: string | null;
  initiativeKind?: string | null;
  description?: string | null;
  descriptionEn?: string | null;
  title?: string;
}

export interface TimelineEvent extends EntityRef {
  kind: string;
  status: EventStatus;
  time: EventTime | null;
}

export interface SubjectCount {
  subject: EntityRef;
  eventCount: number;
}

export interface BilateralRelation extends EntityRef {
  countries: EntityRef[];
  since: { value: string; text: string; establishedBy: EntityRef | null } | null;
  timeline: TimelineEvent[];
  sectors: SubjectCount[];
  initiatives: SubjectCount[];
  topics: SubjectCount[];
  people: { person: EntityRef; roles: string[]; events: EntityRef[] }[];
  agreements: (EntityRef & {
    state: AgreementState;
    negotiationLevels: string[];
    parties: { node: EntityRef }[];
  })[];
}
