import {
  getOperationAST,
  Kind,
  type ArgumentNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type SelectionNode,
  type ValueNode,
} from 'graphql';

/**
 * graphql-armor's cost weights (cost-limit's defaults, which operation-limits.ts uses): each scalar
 * 1, each object 2 plus 1.5 times the cost of what it selects.
 */
const SCALAR_COST = 1;
const OBJECT_COST = 2;
const DEPTH_FACTOR = 1.5;

/**
 * The estimated cost of the operation that will run, by graphql-armor's formula, except that a
 * field's cost is multiplied by what it will really return: its `first`/`last` page, or the number
 * of items of a list argument (`nodes(ids:)` returns one node per id), whether written in the
 * operation or passed as a variable. graphql-armor, which runs during validation without the
 * variables, counts only page sizes written as literals.
 */
export function operationCost(
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Readonly<Record<string, unknown>>,
): number {
  const operation = getOperationAST(document, operationName);
  if (!operation) return 0;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const fragmentCosts = new Map<string, number>();

  const costOf = (node: SelectionNode | FragmentDefinitionNode): number => {
    if (node.kind === Kind.FIELD && node.name.value === '__schema') return 0;
    if (node.kind === Kind.FRAGMENT_SPREAD) {
      const name = node.name.value;
      if (!fragmentCosts.has(name)) {
        // Set first, so a cycle (which validation refuses anyway) cannot recurse forever.
        fragmentCosts.set(name, 0);
        const fragment = fragments.get(name);
        fragmentCosts.set(name, fragment ? costOf(fragment) : 0);
      }
      return SCALAR_COST + DEPTH_FACTOR * fragmentCosts.get(name)!;
    }
    if (!node.selectionSet) return SCALAR_COST;
    let cost = OBJECT_COST;
    for (const child of node.selectionSet.selections) cost += DEPTH_FACTOR * costOf(child);
    return node.kind === Kind.FIELD ? cost * multiplier(node.arguments ?? [], variables) : cost;
  };

  return operation.selectionSet.selections.reduce((sum, selection) => sum + costOf(selection), 0);
}

/** How many items a field returns at most, as far as its arguments tell; at least 1. */
function multiplier(given: readonly ArgumentNode[], variables: Readonly<Record<string, unknown>>): number {
  let items = 1;
  for (const argument of given) {
    const value = valueOf(argument.value, variables);
    if (argument.name.value === 'first' || argument.name.value === 'last') {
      if (typeof value === 'number' && Number.isFinite(value)) items = Math.max(items, value);
    } else if (Array.isArray(value)) {
      items = Math.max(items, value.length);
    }
  }
  return items;
}

/** A literal or a variable's value; only numbers and the length of lists matter here. */
function valueOf(node: ValueNode, variables: Readonly<Record<string, unknown>>): unknown {
  switch (node.kind) {
    case Kind.VARIABLE:
      return variables[node.name.value];
    case Kind.INT:
      return Number.parseInt(node.value, 10);
    case Kind.LIST:
      return node.values;
    default:
      return undefined;
  }
}
