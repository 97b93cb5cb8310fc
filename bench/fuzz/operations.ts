import {
  getNamedType,
  getNullableType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  type GraphQLArgument,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import type { SeededRandom as Random } from '../support/seeded-random';
import {
  EnumLiteral,
  hostileNumber,
  hostileString,
  printLiteral,
  stringsOf,
  wrongType,
  type Value,
} from './values';

/** Ids and words of the loaded graph, so that some operations find something. */
export interface KnownValues {
  ids: string[];
  words: string[];
  relationshipTypes: string[];
  kinds: string[];
  cursors: string[];
}

export interface GeneratedOperation {
  query: string;
  variables: Record<string, Value>;
  operationName?: string;
  /** Every string the operation carries, so that an error echoing one is not taken for a leak. */
  sent: string[];
}

interface Build {
  random: Random;
  schema: GraphQLSchema;
  known: KnownValues;
  maxDepth: number;
  aliases: number;
  variables: Record<string, Value>;
  variableDefinitions: string[];
  fragments: string[];
}

/** A random query from the schema: random root fields, selections and argument values. */
export function randomOperation(
  schema: GraphQLSchema,
  known: KnownValues,
  random: Random,
): GeneratedOperation {
  const build: Build = {
    random,
    schema,
    known,
    maxDepth: random.int(1, 6),
    aliases: 0,
    variables: {},
    variableDefinitions: [],
    fragments: [],
  };
  const root = schema.getQueryType();
  if (!root) throw new Error('the schema has no Query type');
  const fields = random.subset(Object.values(root.getFields()), 0.12, 1).slice(0, 3);
  const body = fields.map((field) => fieldSelection(field, 1, build, true)).join('\n  ');
  const named = random.chance(0.7);
  const operationName = named ? `Fuzz${random.int(0, 9999)}` : undefined;
  const header = [
    named ? `query ${operationName}` : build.variableDefinitions.length > 0 ? 'query' : '',
    build.variableDefinitions.length > 0 ? `(${build.variableDefinitions.join(', ')})` : '',
  ].join('');
  const query = [`${header} {\n  ${body}\n}`, ...build.fragments].join('\n');
  return {
    query,
    variables: build.variables,
    ...(operationName ? { operationName } : {}),
    sent: [query, ...stringsOf(build.variables)],
  };
}

function fieldSelection(
  field: GraphQLField<unknown, unknown>,
  depth: number,
  build: Build,
  root = false,
): string {
  const { random } = build;
  const alias = random.chance(0.1) && build.aliases < 10 ? `a${build.aliases++}: ` : '';
  const args = field.args.filter((argument) => isNonNullType(argument.type) || random.chance(0.5));
  const printed = args.map((argument) => `${argument.name}: ${argumentText(argument, build, root)}`);
  const head = `${alias}${field.name}${printed.length > 0 ? `(${printed.join(', ')})` : ''}`;
  const type = getNamedType(field.type);
  if (isLeafType(type)) return head;
  return `${head} { ${selectionSet(type as GraphQLCompositeType, depth + 1, build)} }`;
}

function argumentText(argument: GraphQLArgument, build: Build, root: boolean): string {
  const value = randomValue(argument.type, argument.name, build);
  if (!root || !build.random.chance(0.5)) return printLiteral(value);
  const name = `v${build.variableDefinitions.length}`;
  build.variableDefinitions.push(`$${name}: ${String(argument.type)}`);
  build.variables[name] = value;
  return `$${name}`;
}

function selectionSet(type: GraphQLCompositeType, depth: number, build: Build): string {
  const { random, schema } = build;
  // __typename first: it tells a reader of the response which fragments applied.
  const parts: string[] = isAbstractType(type) ? ['__typename'] : [];
  if (isObjectType(type) || isInterfaceType(type)) {
    const fields = Object.values(type.getFields());
    const allowed =
      depth > build.maxDepth ? fields.filter((field) => isLeafType(getNamedType(field.type))) : fields;
    const chosen = random.subset(allowed.length > 0 ? allowed : fields, 0.3, isAbstractType(type) ? 0 : 1);
    parts.push(...chosen.slice(0, 8).map((field) => fieldSelection(field, depth, build)));
  }
  if (isAbstractType(type) && depth <= build.maxDepth) {
    for (const possible of random.subset(schema.getPossibleTypes(type), 0.2, 0).slice(0, 3)) {
      const inner = selectionSet(possible, depth, build);
      if (random.chance(0.2)) {
        const name = `F${build.fragments.length}`;
        build.fragments.push(`fragment ${name} on ${possible.name} { ${inner} }`);
        parts.push(`...${name}`);
      } else {
        parts.push(`... on ${possible.name} { ${inner} }`);
      }
    }
  }
  return parts.length > 0 ? parts.join(' ') : '__typename';
}

/** A value for an input type: mostly one it accepts, sometimes one that should be refused cleanly. */
function randomValue(type: GraphQLInputType, name: string, build: Build, tame = false): Value {
  const { random } = build;
  // Tame values (the items of a long list) stay plausible, so that a list stays a few MB at most.
  const hostile = (probability: number) => !tame && random.chance(probability);
  if (hostile(0.04)) return wrongType(random);
  if (!isNonNullType(type) && hostile(0.08)) return null;
  if (isNonNullType(type) && hostile(0.02)) return null;
  const inner = getNullableType(type);
  if (isListType(inner)) {
    const length = random.weighted([
      [20, random.int(0, 4)],
      [2, random.int(5, 200)],
      [1, random.pick([1_001, 5_000, 20_000])],
    ]);
    return Array.from({ length }, () => randomValue(inner.ofType, name, build, tame || length > 200));
  }
  if (isEnumType(inner)) {
    return !hostile(0.05)
      ? new EnumLiteral(random.pick(inner.getValues()).name)
      : new EnumLiteral(`NOT_${random.int(0, 9)}`);
  }
  if (isInputObjectType(inner)) {
    const fields = random.subset(Object.values(inner.getFields()), 0.4, 0);
    return Object.fromEntries(
      fields.map((field) => [field.name, randomValue(field.type, field.name, build, tame)]),
    );
  }
  switch (inner.name) {
    case 'Int':
      return !hostile(0.15) ? plausibleInt(name, random) : hostileNumber(random);
    case 'Float':
      return !hostile(0.15) ? random.next() * 10 : hostileNumber(random);
    case 'Boolean':
      return random.chance(0.5);
    default:
      return !hostile(0.25) ? plausibleString(name, build) : hostileString(random);
  }
}

function plausibleInt(name: string, random: Random): number {
  switch (name) {
    case 'depth':
      return random.int(1, 3);
    case 'maxHops':
      return random.int(1, 10);
    case 'first':
    case 'limit':
      return random.int(1, 100);
    default:
      return random.int(0, 5);
  }
}

function plausibleString(name: string, { random, known }: Build): string {
  switch (name) {
    case 'asOf':
    case 'from':
    case 'to':
      return `${random.int(2008, 2026)}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
    case 'text':
      return random.subset(known.words, 0.1, 1).slice(0, 4).join(' ');
    case 'after':
      return random.pick(known.cursors);
    case 'types':
    case 'relationshipTypes':
      return random.pick(known.relationshipTypes);
    case 'kinds':
      return random.pick(known.kinds);
    default:
      return random.pick(known.ids);
  }
}
