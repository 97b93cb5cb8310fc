/**
 * How each kind of node and each fact type looks, in one place: the drawing, the legend, the
 * search groups and the details panel all read it. Shapes differ as well as colours, so kinds can
 * be told apart without colour vision. Every fill is dark enough for 3:1 against the canvas.
 */

export type NodeShape =
  | 'ellipse'
  | 'star'
  | 'round-rectangle'
  | 'diamond'
  | 'tag'
  | 'hexagon'
  | 'barrel'
  | 'rhomboid'
  | 'rectangle'
  | 'vee'
  | 'triangle'
  | 'octagon';

export interface NodeKind {
  label: string;
  plural: string;
  color: string;
  shape: NodeShape;
}

export const NODE_KINDS: Record<string, NodeKind> = {
  Country: { label: 'Country', plural: 'Countries', color: '#b45309', shape: 'star' },
  Person: { label: 'Person', plural: 'People', color: '#1d4ed8', shape: 'ellipse' },
  Organization: {
    label: 'Organization',
    plural: 'Organizations',
    color: '#0f766e',
    shape: 'round-rectangle',
  },
  Place: { label: 'Place', plural: 'Places', color: '#4d7c0f', shape: 'diamond' },
  Position: { label: 'Position', plural: 'Positions', color: '#6d28d9', shape: 'tag' },
  Event: { label: 'Event', plural: 'Events', color: '#be123c', shape: 'hexagon' },
  Sector: { label: 'Sector', plural: 'Sectors', color: '#a16207', shape: 'barrel' },
  Topic: { label: 'Topic', plural: 'Topics', color: '#57534e', shape: 'barrel' },
  Initiative: { label: 'Initiative', plural: 'Initiatives', color: '#0369a1', shape: 'rhomboid' },
  Agreement: { label: 'Agreement', plural: 'Agreements', color: '#15803d', shape: 'rectangle' },
  Commitment: { label: 'Commitment', plural: 'Commitments', color: '#9d174d', shape: 'vee' },
  Statement: { label: 'Statement', plural: 'Statements', color: '#475569', shape: 'triangle' },
  BilateralRelation: {
    label: 'Bilateral relation',
    plural: 'Bilateral relations',
    color: '#7c2d12',
    shape: 'octagon',
  },
};

const OTHER_KIND: NodeKind = { label: 'Other', plural: 'Other', color: '#334155', shape: 'ellipse' };

export function kindOf(type: string): NodeKind {
  return NODE_KINDS[type] ?? OTHER_KIND;
}

export interface EdgeGroup {
  label: string;
  color: string;
  types: readonly string[];
}

/** Fact types grouped by what they say; a type the explorer does not know yet is drawn grey. */
export const EDGE_GROUPS: readonly EdgeGroup[] = [
  {
    label: 'took part, held, included',
    color: '#e11d48',
    types: ['PARTICIPANT_IN', 'HELD_IN', 'ON_SIDELINES_OF', 'INCLUDES_EVENT', 'ESTABLISHED_BY'],
  },
  { label: 'holds office', color: '#7c3aed', types: ['HOLDS_POSITION', 'POSITION_OF'] },
  {
    label: 'said, committed',
    color: '#475569',
    types: ['MADE_STATEMENT', 'ABOUT', 'MADE_AT', 'COMMITTED_TO', 'CONCERNS'],
  },
  { label: 'discussed, covers', color: '#ca8a04', types: ['DISCUSSED', 'COVERS'] },
  { label: 'belongs, located', color: '#0d9488', types: ['BELONGS_TO', 'LOCATED_IN', 'ACCREDITED_TO'] },
  { label: 'agreements', color: '#16a34a', types: ['PARTY_TO', 'NEGOTIATED_IN'] },
];

const OTHER_EDGE_COLOR = '#94a3b8';

export function edgeColor(type: string): string {
  return EDGE_GROUPS.find((group) => group.types.includes(type))?.color ?? OTHER_EDGE_COLOR;
}

/** HOLDS_POSITION → "holds position": how a relationship type reads in a sentence. */
export function readableType(type: string): string {
  return type.toLowerCase().replace(/_/g, ' ');
}
