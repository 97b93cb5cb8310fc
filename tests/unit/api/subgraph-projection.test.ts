import { propertiesRead, subgraphProjection } from '../../../src/api/subgraph-projection';
import { infoFor } from '../../support/resolve-info';

describe('the properties a subgraph reads for a selection', () => {
  it('when a widget draws names and the basis of each edge, then only those properties are read', () => {
    const info = infoFor(`{ neighborhood(id: "x", depth: 2) {
      truncated nodes { id type displayName } edges { id type source target evidence { basis } } } }`);
    expect(subgraphProjection(info)).toEqual({ node: ['name', 'nameEn'], edge: ['basis'] });
  });

  it('when properties are selected, then every property is read', () => {
    const info = infoFor(`{ neighborhood(id: "x", depth: 2) {
      nodes { id properties } edges { id properties } } }`);
    expect(subgraphProjection(info)).toEqual({ node: 'all', edge: 'all' });
  });

  it('when evidence asks for its sentences, then the edges are read whole and the nodes stay slim', () => {
    const info = infoFor(`{ shortestPath(from: "a", to: "b") {
      nodes { labels } edges { evidence { basis sentences { text } } } } }`);
    expect(subgraphProjection(info)).toEqual({ node: [], edge: 'all' });
  });

  it('when fields come through fragments, then what they read is counted', () => {
    const info = infoFor(`{ neighborhood(id: "x", depth: 1) { ...Drawing } }
      fragment Drawing on Subgraph { nodes { ... on GraphNode { displayName } } edges { evidence { rule confidence } } }`);
    expect(subgraphProjection(info)).toEqual({ node: ['name', 'nameEn'], edge: ['confidence', 'rule'] });
  });

  it('when a field has no entry, then every property is read, so a new field is never served short', () => {
    expect(propertiesRead(['id', 'somethingNew'], { id: [] })).toBe('all');
    expect(propertiesRead(['toString'], {})).toBe('all');
    expect(propertiesRead(['id', 'name'], { id: [], name: ['name'] })).toEqual(['name']);
  });
});
