import type { Plugin } from 'graphql-yoga';
import {
  Kind,
  TypeInfo,
  valueFromAST,
  visit,
  visitWithTypeInfo,
  type ArgumentNode,
  type GraphQLArgument,
  type GraphQLSchema,
} from 'graphql';
import { argumentOverLimit } from '../errors';

export interface ArgumentLimits {
  maxPageSize: number;
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
 * Refuses an operation whose page sizes, depths or path lengths are out of range before any
 * resolver runs, so nothing reaches Neo4j. Variables and schema defaults count, not only literals.
 */
export function useArgumentLimits(limits: ArgumentLimits): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const problems = findProblems(args.schema, args.document, args.variableValues ?? {}, limits);
      if (problems.length > 0) {
        setResultAndStopExecution({ errors: problems.map(argumentOverLimit) });
      }
    },
  };
}

function findProblems(
  schema: GraphQLSchema,
  document: Parameters<typeof visit>[0],
  variables: Record<string, unknown>,
  limits: ArgumentLimits,
): string[] {
  const problems: string[] = [];
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const field = typeInfo.getFieldDef();
        if (!field) return;
        for (const definition of field.args) {
          const range = rangeOf(definition.name, limits);
          if (!range) continue;
          const value = argumentValue(definition, node.arguments ?? [], variables);
          if (typeof value !== 'number') continue;
          const [min, max, limitName] = range;
          if (value < min || value > max) {
            problems.push(
              `${node.name.value}(${definition.name}: ${value}) is over the limit of ${limitName}: use ${min} to ${max}.`,
            );
          }
        }
      },
    }),
  );
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
