import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import type { GraphEdge, GraphNode, Subgraph } from '../api/types';
import { graphStyle } from './graph-style';
import { readableType } from './kinds';
import { ringLayout } from './ring-layout';

export interface CanvasEvents {
  onNode(id: string): void;
  onEdge(id: string): void;
  onBackground(): void;
  onExpand(id: string): void;
}

/** Past this many edges, edges are drawn straight and unlabelled so panning stays smooth. */
const MANY_EDGES = 300;
const MAX_FIT_ZOOM = 1.2;
/** Past this many edges, an edge's type is written only when it is selected. */
const LABELLED_EDGES = 40;

/** The cytoscape drawing and the GraphQL elements behind it, kept together by id. */
export class GraphCanvas {
  readonly cy: Core;
  private readonly nodes = new Map<string, GraphNode>();
  private readonly edges = new Map<string, GraphEdge>();
  private focusId: string | null = null;

  constructor(container: HTMLElement, events: CanvasEvents) {
    this.cy = cytoscape({
      container,
      style: graphStyle(),
      minZoom: 0.1,
      maxZoom: 4,
      // Two taps on a node expand it; one tap selects it. 250 ms is cytoscape's default wait.
      multiClickDebounceTime: 250,
      boxSelectionEnabled: false,
    });
    this.cy.on('tap', 'node', (event) => events.onNode(event.target.id()));
    this.cy.on('tap', 'edge', (event) => events.onEdge(event.target.id()));
    this.cy.on('tap', (event) => {
      if (event.target === this.cy) events.onBackground();
    });
    this.cy.on('dbltap', 'node', (event) => events.onExpand(event.target.id()));
    // cytoscape caches where its container is and renews that only on resize or scroll; a line
    // appearing above the drawing (a message, a path) moves it, and clicks would then miss.
    const renew = () => this.cy.resize();
    container.addEventListener('pointerenter', renew);
    container.addEventListener('pointerdown', renew, { capture: true });
    container.addEventListener('wheel', renew, { capture: true, passive: true });
  }

  get size(): { nodes: number; edges: number } {
    return { nodes: this.nodes.size, edges: this.edges.size };
  }

  node(id: string): GraphNode | undefined {
    return this.nodes.get(id);
  }

  edge(id: string): GraphEdge | undefined {
    return this.edges.get(id);
  }

  allNodes(): GraphNode[] {
    return [...this.nodes.values()];
  }

  /** Draws a new subgraph in rings around `focusId`: nearest first, as the API orders them. */
  replace(subgraph: Subgraph, focusId: string): void {
    this.nodes.clear();
    this.edges.clear();
    this.cy.elements().remove();
    this.cy.add(this.definitions(subgraph));
    this.cy.nodes().removeClass('focus');
    this.cy.getElementById(focusId).addClass('focus');
    this.focusId = focusId;
    this.layoutAround(focusId);
    this.markDensity();
    this.fit();
  }

  /**
   * Adds what is new in `subgraph`: around `aroundId` on a circle when that node was drawn
   * already (an expansion keeps the rest in place), else by laying out everything again.
   */
  merge(subgraph: Subgraph, aroundId: string): string[] {
    const added = this.cy.add(this.definitions(subgraph));
    const newNodes = added.nodes();
    const center = this.cy.getElementById(aroundId);
    if (newNodes.length > 0 && center.nonempty() && !added.contains(center)) {
      const { x, y } = center.position();
      const radius = Math.max(110, newNodes.length * 16);
      newNodes
        .layout({
          name: 'circle',
          boundingBox: { x1: x - radius, y1: y - radius, w: radius * 2, h: radius * 2 },
          animate: false,
          fit: false,
        })
        .run();
    } else if (newNodes.length > 0 && this.focusId) {
      this.layoutAround(this.focusId);
    }
    this.markDensity();
    this.fit();
    return newNodes.map((node) => node.id());
  }

  /** Puts the path's nodes and edges in front and dims the rest. */
  highlightPath(path: Subgraph): void {
    this.merge(path, '');
    this.clearPath();
    const onPath = this.cy.collection();
    for (const node of path.nodes) onPath.merge(this.cy.getElementById(node.id));
    for (const edge of path.edges) onPath.merge(this.cy.getElementById(edge.id));
    onPath.addClass('path');
    this.cy.elements().difference(onPath).addClass('dimmed');
  }

  clearPath(): void {
    this.cy.elements().removeClass('path dimmed');
  }

  select(id: string): void {
    this.cy.elements().unselect();
    const element = this.cy.getElementById(id);
    element.select();
    if (element.isNode()) this.cy.center(element);
  }

  unselect(): void {
    this.cy.elements().unselect();
  }

  /** Fits the drawing, but never enlarges a small one past a readable size. */
  fit(): void {
    this.cy.fit(undefined, 30);
    if (this.cy.zoom() > MAX_FIT_ZOOM) {
      this.cy.zoom(MAX_FIT_ZOOM);
      this.cy.center();
    }
  }

  private definitions(subgraph: Subgraph): ElementDefinition[] {
    const definitions: ElementDefinition[] = [];
    for (const node of subgraph.nodes) {
      if (this.nodes.has(node.id)) continue;
      this.nodes.set(node.id, node);
      definitions.push({
        group: 'nodes',
        data: { id: node.id, label: node.displayName, type: node.type },
        classes: node.properties['review'] === 'draft' ? 'draft' : '',
      });
    }
    for (const edge of subgraph.edges) {
      if (this.edges.has(edge.id) || !this.nodes.has(edge.source) || !this.nodes.has(edge.target)) continue;
      this.edges.set(edge.id, edge);
      definitions.push({
        group: 'edges',
        data: {
          id: edge.id,
          source: edge.source,
          target: edge.target,
          type: edge.type,
          label: readableType(edge.type),
          basis: edge.evidence.basis,
        },
      });
    }
    return definitions;
  }

  private layoutAround(focusId: string): void {
    const positions = ringLayout(
      focusId,
      this.distancesFrom(focusId),
      this.cy.nodes().map((node) => node.id()),
      (id) =>
        this.cy
          .getElementById(id)
          .neighborhood('node')
          .map((node) => node.id()),
    );
    this.cy
      .layout({ name: 'preset', positions: Object.fromEntries(positions), fit: false, animate: false })
      .run();
  }

  private distancesFrom(focusId: string): Map<string, number> {
    const distance = new Map<string, number>();
    this.cy.elements().bfs({
      roots: this.cy.getElementById(focusId),
      directed: false,
      visit: (node, _edge, _previous, _index, depth) => {
        distance.set(node.id(), depth);
      },
    });
    return distance;
  }

  private markDensity(): void {
    const edges = this.cy.edges();
    edges.toggleClass('many', edges.length > MANY_EDGES);
    edges.toggleClass('quiet', edges.length > LABELLED_EDGES);
  }
}
