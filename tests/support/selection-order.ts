import {
  getOperationAST,
  isAbstractType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';

/** A place in a response whose keys are not in the order the operation selected them. */
export interface OrderMismatch {
  path: string;
  expected: string[];
  actual: string[];
}

type Fragments = ReadonlyMap<string, FragmentDefinitionNode>;

/**
 * Every object of `data` whose keys are out of selection order (GraphQL spec, "Serialized Map
 * Ordering": CollectFields order, aliases as keys, fragments inlined where they are spread, a
 * repeated key at its first place). Keys a response may lack (@skip, @include, a fragment on
 * another type) only have to keep their relative order; a key nobody selected is a mismatch.
 * A fragment's type condition is checked when the object has `__typename` and a schema is given;
 * otherwise the fragment counts as applying.
 */
export function selectionOrderMismatches(
  document: DocumentNode,
  data: unknown,
  options: { operationName?: string; schema?: GraphQLSchema } = {},
): OrderMismatch[] {
  const operation = getOperationAST(document, options.operationName);
  if (!operation) throw new Error(`no operation ${options.operationName ?? ''} in the document`);
  const fragments = new Map(
    document.definitions
      .filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((definition) => [definition.name.value, definition]),
  );
  const mismatches: OrderMismatch[] = [];
  checkValue(data, [operation.selectionSet], 'data', { fragments, schema: options.schema, mismatches });
  return mismatches;
}

interface Walk {
  fragments: Fragments;
  schema: GraphQLSchema | undefined;
  mismatches: OrderMismatch[];
}

function checkValue(value: unknown, selectionSets: SelectionSetNode[], path: string, walk: Walk): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => checkValue(item, selectionSets, `${path}[${index}]`, walk));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const object = value as Record<string, unknown>;
  const typename = typeof object['__typename'] === 'string' ? object['__typename'] : undefined;
  const fields = collectFields(selectionSets, typename, walk);
  const actual = Object.keys(object);
  const expected = [...fields.keys()].filter((key) => key in object);
  const unselected = actual.filter((key) => !fields.has(key));
  if (unselected.length > 0 || expected.join('\n') !== actual.join('\n')) {
    walk.mismatches.push({ path, expected: [...expected, ...unselected], actual });
  }
  for (const [key, subSelections] of fields) {
    if (key in object && subSelections.length > 0) {
      checkValue(object[key], subSelections, `${path}.${key}`, walk);
    }
  }
}

/** Response keys in CollectFields order, each with the selection sets merged under it. */
function collectFields(
  selectionSets: SelectionSetNode[],
  typename: string | undefined,
  walk: Walk,
  fields = new Map<string, SelectionSetNode[]>(),
  visited = new Set<string>(),
): Map<string, SelectionSetNode[]> {
  for (const selectionSet of selectionSets) {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        const merged = fields.get(key) ?? [];
        if (selection.selectionSet) merged.push(selection.selectionSet);
        fields.set(key, merged);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (applies(selection.typeCondition?.name.value, typename, walk.schema)) {
          collectFields([selection.selectionSet], typename, walk, fields, visited);
        }
      } else {
        const name = selection.name.value;
        const fragment = walk.fragments.get(name);
        if (!fragment) throw new Error(`fragment ${name} is spread but not defined`);
        if (visited.has(name) || !applies(fragment.typeCondition.name.value, typename, walk.schema)) continue;
        visited.add(name);
        collectFields([fragment.selectionSet], typename, walk, fields, visited);
      }
    }
  }
  return fields;
}

function applies(
  condition: string | undefined,
  typename: string | undefined,
  schema: GraphQLSchema | undefined,
): boolean {
  if (!condition || !typename || !schema || condition === typename) return true;
  const conditionType = schema.getType(condition);
  const objectType = schema.getType(typename);
  if (!conditionType || !isObjectType(objectType)) return true;
  return isAbstractType(conditionType) && schema.isSubType(conditionType, objectType);
}
