import { graphql, isAbort, messageOf } from '../api/client';
import { END_SPANS, NODE_DETAILS } from '../api/queries';
import type { GraphEdge, GraphNode, NodeDetails, Span } from '../api/types';
import { announce, button, displayName, h } from '../dom';
import type { PathEnd } from '../graph/path-bar';
import { edgeDetails } from './edge-details';
import { nodeDetails } from './node-details';

export interface DetailsActions {
  drawNeighbourhood(id: string): void;
  expand(id: string): void;
  pathEnd(which: 'from' | 'to', end: PathEnd): void;
  isDrawn(id: string): boolean;
}

/** The side panel: what was clicked, its properties and the sentences behind it. */
export class DetailsPanel {
  private readonly body = h('div', { class: 'details-body', 'aria-busy': 'false' });
  private loading: AbortController | null = null;

  constructor(
    root: HTMLElement,
    private readonly actions: DetailsActions,
  ) {
    root.append(h('h2', { id: 'details-heading' }, 'Details'), this.body);
    this.clear();
  }

  clear(): void {
    this.loading?.abort();
    this.body.replaceChildren(
      h('p', { class: 'muted' }, 'Choose a node, a line of the graph or an event to see its evidence here.'),
    );
  }

  async showNode(id: string, drawn?: GraphNode): Promise<void> {
    const data = await this.load<{ node: NodeDetails | null }>(NODE_DETAILS, { id });
    if (!data) return;
    if (!data.node) {
      this.body.replaceChildren(h('p', {}, `Nothing in the graph has the id ${id}.`));
      return;
    }
    this.body.replaceChildren(...nodeDetails(data.node, drawn), this.nodeActions(data.node));
    announce(`Details of ${displayName(data.node)}.`);
  }

  async showEdge(edge: GraphEdge, ends: [GraphNode | undefined, GraphNode | undefined]): Promise<void> {
    const data = await this.load<{ nodes: ({ id: string; mentions?: Span[]; statedIn?: Span[] } | null)[] }>(
      END_SPANS,
      { ids: [edge.source, edge.target] },
    );
    if (!data) return;
    const spans = data.nodes.flatMap((node) => [...(node?.mentions ?? []), ...(node?.statedIn ?? [])]);
    this.body.replaceChildren(...edgeDetails(edge, ends, spans));
    announce('Details of the fact.');
  }

  private nodeActions(node: NodeDetails): HTMLElement {
    const end: PathEnd = { id: node.id, name: displayName(node) };
    const drawn = this.actions.isDrawn(node.id);
    return h(
      'div',
      { class: 'actions' },
      button(drawn ? 'Draw around it' : 'Draw its neighbourhood', () =>
        this.actions.drawNeighbourhood(node.id),
      ),
      drawn ? button('Expand', () => this.actions.expand(node.id)) : null,
      button('Path from here', () => this.actions.pathEnd('from', end)),
      button('Path to here', () => this.actions.pathEnd('to', end)),
    );
  }

  private async load<T>(query: string, variables: Record<string, unknown>): Promise<T | null> {
    this.loading?.abort();
    const loading = (this.loading = new AbortController());
    this.body.setAttribute('aria-busy', 'true');
    try {
      return await graphql<T>(query, variables, loading.signal);
    } catch (error) {
      if (!isAbort(error)) {
        this.body.replaceChildren(
          h('p', { role: 'alert' }, `The details could not be loaded: ${messageOf(error)}`),
        );
      }
      return null;
    } finally {
      if (this.loading === loading) this.body.setAttribute('aria-busy', 'false');
    }
  }
}
