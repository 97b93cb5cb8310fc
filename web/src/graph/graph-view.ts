import { graphql, isAbort, messageOf } from '../api/client';
import { NEIGHBOURHOOD, SHORTEST_PATH } from '../api/queries';
import type { GraphEdge, GraphNode, Subgraph } from '../api/types';
import { announce, button, h } from '../dom';
import { GraphCanvas } from './graph-canvas';
import { kindOf } from './kinds';
import { legend } from './legend';
import { PathBar, type PathEnd } from './path-bar';

export interface GraphViewEvents {
  onNode(id: string, node: GraphNode | undefined): void;
  onEdge(edge: GraphEdge, ends: [GraphNode | undefined, GraphNode | undefined]): void;
  onClear(): void;
}

/** The API refuses pages over GRAPHQL_MAX_PAGE_SIZE (100 by default). */
const NODE_LIMIT = 100;
/** A longer list helps nobody; the drawing still shows every node. */
const LISTED_NODES = 200;

/** The neighbourhood drawing with its toolbar, legend and a keyboard-usable list of its entities. */
export class GraphView {
  readonly canvas: GraphCanvas;
  private focusId: string | null = null;
  private depth = 1;
  private readonly heading = h('h2', { id: 'graph-heading', tabindex: '-1' }, 'Graph');
  private readonly message = h('p', { class: 'view-message', role: 'alert' });
  private readonly list = h('ul', { class: 'entity-list' });
  private readonly listSummary = h('summary', {}, 'Entities in the drawing');
  private readonly pathBar: PathBar;
  private loading: AbortController | null = null;

  constructor(
    root: HTMLElement,
    private readonly events: GraphViewEvents,
  ) {
    const depth = h(
      'select',
      { id: 'graph-depth' },
      [1, 2, 3].map((value) => h('option', { value }, `${value} step${value > 1 ? 's' : ''}`)),
    );
    depth.addEventListener('change', () => {
      this.depth = Number(depth.value);
      if (this.focusId) void this.open(this.focusId, true);
    });
    this.pathBar = new PathBar(
      (from, to) => this.showPath(from, to),
      () => this.canvas.clearPath(),
    );
    const container = h('div', {
      class: 'canvas',
      role: 'group',
      'aria-label': 'Drawing of the neighbourhood; its entities are listed below it',
      'aria-describedby': 'graph-hint',
    });
    root.append(
      this.heading,
      h(
        'div',
        { class: 'toolbar' },
        h('label', { for: 'graph-depth' }, 'Depth '),
        depth,
        button('Fit to view', () => this.canvas.fit()),
        this.pathBar.element,
      ),
      h(
        'p',
        { id: 'graph-hint', class: 'hint' },
        'Click a node or a line to read its evidence; double-click a node to expand it.',
      ),
      this.message,
      container,
      legend(),
      h('details', { class: 'entities', open: true }, this.listSummary, this.list),
    );
    this.canvas = new GraphCanvas(container, {
      onNode: (id) => events.onNode(id, this.canvas.node(id)),
      onEdge: (id) => {
        const edge = this.canvas.edge(id);
        if (edge) events.onEdge(edge, [this.canvas.node(edge.source), this.canvas.node(edge.target)]);
      },
      onBackground: () => events.onClear(),
      onExpand: (id) => void this.expand(id),
    });
    this.showEmpty();
  }

  get focus(): string | null {
    return this.focusId;
  }

  /** Draws the neighbourhood of `id`, unless it is already drawn. */
  async open(id: string, reload = false): Promise<void> {
    if (id === this.focusId && !reload) return;
    const subgraph = await this.fetch(id, this.depth);
    if (!subgraph) return;
    if (subgraph.nodes.length === 0) {
      this.showMessage(`Nothing in the graph has the id ${id}.`);
      return;
    }
    this.focusId = id;
    this.pathBar.resetIfComplete();
    this.canvas.replace(subgraph, id);
    const name = subgraph.nodes.find((node) => node.id === id)?.displayName ?? id;
    this.heading.textContent = `Neighbourhood of ${name}`;
    this.showMessage(subgraph.truncated ? `Only the ${NODE_LIMIT} nearest entities are drawn.` : '');
    this.renderList();
    announce(`${name}: ${subgraph.nodes.length} entities and ${subgraph.edges.length} facts drawn.`);
  }

  async expand(id: string): Promise<void> {
    const subgraph = await this.fetch(id, 1);
    if (!subgraph) return;
    const added = this.canvas.merge(subgraph, id);
    this.renderList();
    announce(`${added.length} more entities drawn around ${this.canvas.node(id)?.displayName ?? id}.`);
  }

  setPathEnd(which: 'from' | 'to', end: PathEnd): void {
    this.pathBar.set(which, end);
  }

  select(id: string): void {
    this.canvas.select(id);
  }

  private async showPath(from: PathEnd, to: PathEnd): Promise<string> {
    const data = await graphql<{ shortestPath: Subgraph | null }>(SHORTEST_PATH, {
      from: from.id,
      to: to.id,
    });
    const path = data.shortestPath;
    if (!path) return `No chain of facts joins ${from.name} and ${to.name} within 10 steps.`;
    if (!this.focusId) {
      this.focusId = from.id;
      this.canvas.replace(path, from.id);
    }
    this.canvas.highlightPath(path);
    this.renderList();
    const steps = path.edges.length;
    return `${steps} step${steps === 1 ? '' : 's'}: ${path.nodes.map((node) => node.displayName).join(' → ')}`;
  }

  private async fetch(id: string, depth: number): Promise<Subgraph | null> {
    this.loading?.abort();
    const loading = (this.loading = new AbortController());
    announce('Loading…');
    try {
      const data = await graphql<{ neighborhood: Subgraph }>(
        NEIGHBOURHOOD,
        { id, depth, limit: NODE_LIMIT },
        loading.signal,
      );
      return data.neighborhood;
    } catch (error) {
      if (!isAbort(error)) this.showMessage(`The neighbourhood could not be loaded: ${messageOf(error)}`);
      return null;
    }
  }

  private renderList(): void {
    const nodes = this.canvas.allNodes();
    this.listSummary.textContent = `Entities in the drawing (${nodes.length})`;
    const rows = nodes.slice(0, LISTED_NODES).map((node) =>
      h(
        'li',
        {},
        h('span', { class: 'kind-tag', 'data-kind': node.type }, kindOf(node.type).label),
        button(
          node.displayName,
          () => {
            this.canvas.select(node.id);
            this.events.onNode(node.id, node);
          },
          { class: 'link' },
        ),
        button('Expand', () => void this.expand(node.id), {
          class: 'small',
          'aria-label': `Expand ${node.displayName}`,
        }),
      ),
    );
    if (nodes.length > LISTED_NODES) rows.push(h('li', {}, `… and ${nodes.length - LISTED_NODES} more`));
    this.list.replaceChildren(...rows);
  }

  private showEmpty(): void {
    this.list.replaceChildren();
    this.showMessage('');
    this.heading.textContent = 'Graph';
    this.listSummary.textContent = 'Search for an entity above to draw its neighbourhood.';
  }

  private showMessage(text: string): void {
    this.message.textContent = text;
    this.message.hidden = text === '';
  }
}
