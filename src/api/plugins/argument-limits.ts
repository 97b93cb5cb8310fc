import type { Plugin } from 'graphql-yoga';
import {
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  Kind,
  TypeInfo,
  valueFromAST,
  visit,
  visitWithTypeInfo,
  type ArgumentNode,
  type DocumentNode,
  type FieldNode,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { argumentOverLimit, queryTooComplex } from '../errors';
import { operationCost } from './operation-cost';

export interface ArgumentLimits {
  maxPageSize: number;
  /** Most items of any list argument, at any depth of an input object. */
  maxListLength: number;
  /** GRAPHQL_MAX_COST, here with the items of lists and variables counted. */
  maxCost: number;
}

/** Arguments whose size decides how much a field reads, with the range each may take. */
function rangeOf(
  argument: string,
  limits: ArgumentLimits,
): [min: number, max: number, limitName: string] | null {
  switch (argument) {
    case 'first':
    case 'limit':
      return [1, limits.maxPageSize, `page size (GRAPHQL_MAX_PAGE_SIZE = ${limits.maxPageSize})`];
    case 'depth':
      return [1, 3, 'neighborhood depth (at most 3)'];
    case 'maxHops':
      return [1, 10, 'path length (maxHops at most 10)'];
    default:
      return null;
  }
}

/**
 * Refuses an operation whose page sizes, depths, path lengths or lists are out of range, or whose
 * cost is over the limit once lists and variables are counted, before any resolver runs, so
 * nothing reaches Neo4j. Variables and schema defaults count, not only literals.
 */
export function useArgumentLimits(limits: ArgumentLimits): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const variables = args.variableValues ?? {};
      const problems = findProblems(args.schema, args.document, variables, limits);
      if (problems.length > 0) {
        setResultAndStopExecution({ errors: problems.map(argumentOverLimit) });
        return;
      }
      const cost = operationCost(args.document, args.operationName, variables);
      if (cost > limits.maxCost) {
        setResultAndStopExecution({
          errors: [
            queryTooComplex(
              `Query Cost limit of ${limits.maxCost} exceeded, found ${cost}, counting the items of lists and variables.`,
            ),
          ],
        });
      }
    },
  };
}

/** A field of the operation whose schema definition takes arguments: what the checks read. */
interface ArgumentSite {
  node: FieldNode;
  args: readonly GraphQLArgument[];
}

/**
 * The sites of each document, found once: Yoga hands the same parsed document for the same text,
 * so a dashboard's repeated operation is walked with the schema once, not on every request.
 */
const sitesBySchema = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, readonly ArgumentSite[]>>();

function argumentSites(schema: GraphQLSchema, document: DocumentNode): readonly ArgumentSite[] {
  let byDocument = sitesBySchema.get(schema);
  if (!byDocument) sitesBySchema.set(schema, (byDocument = new WeakMap()));
  let sites = byDocument.get(document);
  if (!sites) {
    const found: ArgumentSite[] = [];
    const typeInfo = new TypeInfo(schema);
    visit(
      document,
      visitWithTypeInfo(typeInfo, {
        Field(node) {
          const field = typeInfo.getFieldDef();
          if (field && field.args.length > 0) found.push({ node, args: field.args });
        },
      }),
    );
    byDocument.set(document, (sites = found));
  }
  return sites;
}

function findProblems(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  limits: ArgumentLimits,
): string[] {
  const problems: string[] = [];
  for (const { node, args } of argumentSites(schema, document)) {
    for (const definition of args) {
      const given = argumentValue(definition, node.arguments ?? [], variables);
      const where = `${node.name.value}(${definition.name}`;
      problems.push(...overlongLists(given, definition.type, where, limits.maxListLength));
      const range = rangeOf(definition.name, limits);
      if (!range) continue;
      const value = given;
      if (typeof value !== 'number') continue;
      const [min, max, limitName] = range;
      if (value < min || value > max) {
        problems.push(
          `${node.name.value}(${definition.name}: ${value}) is over the limit of ${limitName}: use ${min} to ${max}.`,
        );
      }
    }
  }
  return problems;
}

function argumentValue(
  definition: GraphQLArgument,
  given: readonly ArgumentNode[],
  variables: Record<string, unknown>,
) {
  const node = given.find((argument) => argument.name.value === definition.name);
  if (!node) return definition.defaultValue;
  if (node.value.kind === Kind.VARIABLE) return variables[node.value.name.value] ?? definition.defaultValue;
  return valueFromAST(node.value, definition.type, variables);
}

/**
 * The lists in an argument's value longer than the limit, looked for in input objects too (a
 * filter's list of statuses). Only where the schema expects a list: a JSON value is not searched.
 */
function overlongLists(value: unknown, type: GraphQLInputType, where: string, maxLength: number): string[] {
  const expected = getNullableType(type);
  if (isListType(expected) && Array.isArray(value)) {
    if (value.length > maxLength) {
      return [
        `${where}) has ${value.length} items, over the limit of ${maxLength} (GRAPHQL_MAX_LIST_LENGTH): send at most ${maxLength} at a time.`,
      ];
    }
    return value.flatMap((item) =>
      overlongLists(item, expected.ofType as GraphQLInputType, where, maxLength),
    );
  }
  const named = getNamedType(expected);
  if (isInputObjectType(named) && !isListType(expected) && value !== null && typeof value === 'object') {
    return Object.entries(named.getFields()).flatMap(([name, field]) =>
      overlongLists((value as Record<string, unknown>)[name], field.type, `${where}.${name}`, maxLength),
    );
  }
  return [];
}
