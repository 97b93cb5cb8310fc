import { parse, type FieldNode, type OperationDefinitionNode } from 'graphql';
import { selectedNames } from '../../../src/api/selection';
import { infoFor } from '../../support/resolve-info';

describe('look-ahead at the selection', () => {
  it('when fields are selected directly, then their names are found and nothing else', () => {
    const info = infoFor('{ bilateralRelation { since { value } sectors { eventCount } } }');
    expect([...selectedNames(info)].sort()).toEqual(['sectors', 'since']);
  });

  it('when fields come through named and inline fragments, then they count as selected', () => {
    const info = infoFor(`
      query { bilateralRelation { ...View ... on BilateralRelation { people { roles } } } }
      fragment View on BilateralRelation { timeline { id } ...More }
      fragment More on BilateralRelation { agreements { state } }`);
    expect([...selectedNames(info)].sort()).toEqual(['agreements', 'people', 'timeline']);
  });

  it('when @skip or @include depend on variables, then only the fields that are in count', () => {
    const source = `query($withPeople: Boolean!, $noSectors: Boolean!) {
      bilateralRelation { people @include(if: $withPeople) { roles } sectors @skip(if: $noSectors) { eventCount } nameEn }
    }`;
    expect([...selectedNames(infoFor(source, { withPeople: false, noSectors: true }))]).toEqual(['nameEn']);
    expect([...selectedNames(infoFor(source, { withPeople: true, noSectors: false }))].sort()).toEqual([
      'nameEn',
      'people',
      'sectors',
    ]);
  });

  it('when a path is given, then the names below that field are found, aliases and repeats merged', () => {
    const info = infoFor(`{ bilateralRelation {
      since { value } start: since { establishedBy { nameEn } } } }`);
    expect([...selectedNames(info, 'since')].sort()).toEqual(['establishedBy', 'value']);
    expect([...selectedNames(info, 'since', 'establishedBy')]).toEqual(['nameEn']);
    expect([...selectedNames(info, 'timeline')]).toEqual([]);
  });

  it('when one response key has two nodes and one is skipped, then only the other counts', () => {
    const document = parse(`query($full: Boolean!) {
      view: bilateralRelation { nameEn }
      view: bilateralRelation @include(if: $full) { nameEn timeline { id } }
    }`);
    const operation = document.definitions[0] as OperationDefinitionNode;
    // Both nodes of the response key, as the compiled execution hands them over.
    const fieldNodes = operation.selectionSet.selections as FieldNode[];
    const info = (full: boolean) => ({ fieldNodes, fragments: {}, variableValues: { full } });
    expect([...selectedNames(info(false))]).toEqual(['nameEn']);
    expect([...selectedNames(info(true))].sort()).toEqual(['nameEn', 'timeline']);
  });
});
