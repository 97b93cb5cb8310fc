import {
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

/**
 * Look-ahead at the fields a client selected below the field being resolved, so a root resolver
 * can read in one statement what its children would otherwise ask for one by one, and read
 * nothing they did not ask for. Fragments (named and inline) are followed; fields under @skip or
 * @include are counted only when the variables say they are in. Type conditions are not checked:
 * a fragment on another type may make a part be read needlessly, never left out.
 */

type Variables = GraphQLResolveInfo['variableValues'];
type Fragments = Record<string, FragmentDefinitionNode>;

function included(node: Parameters<typeof getDirectiveValues>[1], variables: Variables): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.['if'] === true) return false;
  if (getDirectiveValues(GraphQLIncludeDirective, node, variables)?.['if'] === false) return false;
  return true;
}

function collect(
  selectionSet: SelectionSetNode | undefined,
  fragments: Fragments,
  variables: Variables,
  into: Map<string, FieldNode[]>,
  visited: Set<string>,
): void {
  for (const selection of selectionSet?.selections ?? []) {
    if (!included(selection, variables)) continue;
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      into.set(name, [...(into.get(name) ?? []), selection]);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      collect(selection.selectionSet, fragments, variables, into, visited);
    } else {
      const name = selection.name.value;
      // A fragment spread twice adds nothing the second time (and cannot loop: validation forbids it).
      if (visited.has(name)) continue;
      visited.add(name);
      collect(fragments[name]?.selectionSet, fragments, variables, into, visited);
    }
  }
}

/** The fields selected directly below `fields` (all the nodes of one response key), by name. */
export function subfields(
  fields: readonly FieldNode[],
  info: Pick<GraphQLResolveInfo, 'fragments' | 'variableValues'>,
): Map<string, FieldNode[]> {
  const found = new Map<string, FieldNode[]>();
  for (const field of fields)
    collect(field.selectionSet, info.fragments, info.variableValues, found, new Set());
  return found;
}

/**
 * The names selected at a path below the field being resolved: `selectedNames(info)` for its own
 * children, `selectedNames(info, 'since')` for those of its child `since`, and so on.
 */
export function selectedNames(
  info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments' | 'variableValues'>,
  ...path: string[]
): Set<string> {
  // graphql-js hands over only the nodes of the field that are in; the compiled execution hands
  // every node of the response key, @skip and @include left for it to apply as it runs.
  let fields: readonly FieldNode[] = info.fieldNodes.filter((field) => included(field, info.variableValues));
  for (const name of path) fields = subfields(fields, info).get(name) ?? [];
  return new Set(subfields(fields, info).keys());
}
