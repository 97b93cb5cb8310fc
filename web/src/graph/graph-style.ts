import type { StylesheetJson } from 'cytoscape';
import { EDGE_GROUPS, NODE_KINDS } from './kinds';

/**
 * The drawing's stylesheet: nodes by kind (shape and colour), edges by fact type (colour) and by
 * basis (solid for the article, dashed for background knowledge, dotted for extracted drafts).
 * Labels stop being drawn when they would be too small to read, which also keeps a large
 * neighbourhood quick to pan.
 */
export function graphStyle(): StylesheetJson {
  const kinds = Object.entries(NODE_KINDS).map(([type, kind]) => ({
    selector: `node[type = "${type}"]`,
    style: { 'background-color': kind.color, shape: kind.shape },
  }));
  const groups = EDGE_GROUPS.flatMap((group) =>
    group.types.map((type) => ({
      selector: `edge[type = "${type}"]`,
      style: { 'line-color': group.color, 'target-arrow-color': group.color },
    })),
  );
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        width: 26,
        height: 26,
        'background-color': '#334155',
        'border-width': 2,
        'border-color': '#ffffff',
        color: '#0f172a',
        'font-size': 11,
        'font-family': 'system-ui, sans-serif',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'ellipsis',
        'text-max-width': '140px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 7,
        'text-events': 'no',
      },
    },
    ...kinds,
    { selector: 'node.focus', style: { width: 38, height: 38, 'font-weight': 'bold' } },
    {
      selector: 'node.draft',
      style: { 'border-style': 'dotted', 'border-color': '#0f172a', 'border-width': 3 },
    },
    {
      selector: 'edge',
      style: {
        width: 2,
        'curve-style': 'bezier',
        'line-color': '#94a3b8',
        'target-arrow-shape': 'triangle',
        'target-arrow-color': '#94a3b8',
        'arrow-scale': 0.8,
        label: 'data(label)',
        'font-size': 9,
        color: '#334155',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'min-zoomed-font-size': 9,
        'text-events': 'no',
      },
    },
    ...groups,
    { selector: 'edge.quiet', style: { label: '' } },
    { selector: 'edge.quiet:selected', style: { label: 'data(label)' } },
    { selector: 'edge.many', style: { 'curve-style': 'haystack', 'target-arrow-shape': 'none', label: '' } },
    { selector: 'edge[basis = "BACKGROUND"]', style: { 'line-style': 'dashed' } },
    { selector: 'edge[basis = "EXTRACTED"]', style: { 'line-style': 'dotted', width: 3 } },
    { selector: '.dimmed', style: { opacity: 0.25 } },
    {
      selector: 'edge.path',
      style: { width: 5, 'line-color': '#1e3a8a', 'target-arrow-color': '#1e3a8a', 'z-index': 10 },
    },
    { selector: 'node.path', style: { 'border-color': '#1e3a8a', 'border-width': 5, 'z-index': 10 } },
    {
      selector: ':selected',
      style: { 'overlay-color': '#1d4ed8', 'overlay-opacity': 0.2, 'overlay-padding': 6 },
    },
  ];
}
