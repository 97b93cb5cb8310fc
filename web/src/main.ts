import './styles/base.css';
import './styles/layout.css';
import './styles/graph.css';
import './styles/details.css';
import './styles/bilateral.css';
import { BilateralView } from './bilateral/bilateral-view';
import { DetailsPanel } from './details/details-panel';
import { byId } from './dom';
import { GraphView } from './graph/graph-view';
import { graphHref, pairHref, parseRoute, type Route } from './router';
import { SearchBox } from './search/search-box';

const graphSection = byId('graph-view');
const pairSection = byId('pair-view');

const details = new DetailsPanel(byId('details'), {
  drawNeighbourhood: (id) => go(graphHref(id)),
  expand: (id) => void graph.expand(id),
  pathEnd: (which, end) => {
    if (graphSection.hidden) go(graphHref(end.id));
    graph.setPathEnd(which, end);
  },
  isDrawn: (id) => !graphSection.hidden && graph.canvas.node(id) !== undefined,
});

const graph = new GraphView(graphSection, {
  onNode: (id, node) => void details.showNode(id, node),
  onEdge: (edge, ends) => void details.showEdge(edge, ends),
  onClear: () => details.clear(),
});

const bilateral = new BilateralView(pairSection, {
  onEntity: (id) => void details.showNode(id),
  navigate: (a, b) => go(pairHref(a, b)),
});

new SearchBox(byId<HTMLInputElement>('search-input'), byId('search-results'), (entity) =>
  go(graphHref(entity.id)),
);

function go(hash: string): void {
  if (location.hash === hash) void show(parseRoute(hash), true);
  else location.hash = hash;
}

async function show(route: Route, moveFocus: boolean): Promise<void> {
  graphSection.hidden = route.view !== 'graph';
  pairSection.hidden = route.view !== 'pair';
  markCurrent(byId('nav-graph'), route.view === 'graph');
  markCurrent(byId('nav-pair'), route.view === 'pair');
  if (moveFocus)
    document.querySelector<HTMLElement>(route.view === 'graph' ? '#graph-heading' : '#pair-heading')?.focus();
  if (route.view === 'pair') {
    document.title = 'Bilateral view — Bilateral ties explorer';
    await bilateral.open(route.a, route.b);
    return;
  }
  document.title = 'Graph — Bilateral ties explorer';
  // cytoscape measures its container, which has no size while its section is hidden.
  graph.canvas.cy.resize();
  if (route.id) {
    await graph.open(route.id);
    graph.select(route.id);
    await details.showNode(route.id, graph.canvas.node(route.id));
  }
}

function markCurrent(link: HTMLElement, current: boolean): void {
  if (current) link.setAttribute('aria-current', 'page');
  else link.removeAttribute('aria-current');
}

// The address's fragment holds the view, so the skip link moves the focus itself.
document.querySelector('.skip-link')?.addEventListener('click', (event) => {
  event.preventDefault();
  byId('view').focus();
});

window.addEventListener('hashchange', () => void show(parseRoute(location.hash), true));
void show(parseRoute(location.hash), false);

// A handle on the drawing for the browser tests and for the console.
Object.assign(window, { explorer: { cy: graph.canvas.cy } });
