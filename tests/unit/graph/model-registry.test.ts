import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, isInterfaceType, isObjectType, type GraphQLSchema } from 'graphql';
import {
  ENTITY_KINDS,
  ENTITY_KIND_NAMES,
  ENTITY_TYPE_ENUM,
  FACT_TYPES,
  graphQLTypeOf,
  labelsOfKind,
  NAMED_KINDS,
  PROVENANCE_TYPES,
  RELATIONSHIP_TYPES,
  SOURCE_KINDS,
  type RelationshipType,
} from '../../../src/graph/model';
import { listSavedQueries } from '../../../src/graph/scripts/saved-queries';
import { PROJECT_ROOT } from '../../../src/project-root';
import { seedExtraction } from '../../support/article';

const schema: GraphQLSchema = buildSchema(fs.readFileSync(path.join(PROJECT_ROOT, 'schema.graphql'), 'utf8'));

describe('the model registry against schema.graphql', () => {
  it('when the EntityType enum is read, then its values are exactly the registry kinds', () => {
    const enumType = schema.getType('EntityType');
    if (!enumType || !('getValues' in enumType)) throw new Error('schema.graphql has no EntityType enum');
    expect(
      enumType
        .getValues()
        .map((value) => value.name)
        .sort(),
    ).toEqual(Object.keys(ENTITY_TYPE_ENUM).sort());
  });

  it('when each kind is looked up, then it is an object type implementing Entity, and Actor exactly when labelled so', () => {
    for (const kind of ENTITY_KIND_NAMES) {
      const type = schema.getType(kind);
      if (!isObjectType(type)) throw new Error(`schema.graphql has no object type ${kind}`);
      const interfaces = type.getInterfaces().map((item) => item.name);
      expect({ kind, entity: interfaces.includes('Entity') }).toEqual({ kind, entity: true });
      const actor = (ENTITY_KINDS[kind].labels as readonly string[]).includes('Actor');
      expect({ kind, actor: interfaces.includes('Actor') }).toEqual({ kind, actor });
    }
  });

  it('when the schema lists the types implementing Node, then each is a registry kind or a source kind', () => {
    const known: string[] = [...ENTITY_KIND_NAMES, ...Object.keys(SOURCE_KINDS)];
    const implementing = Object.values(schema.getTypeMap())
      .filter(isObjectType)
      .filter((type) => type.getInterfaces().some((item) => item.name === 'Node'))
      .map((type) => type.name);
    expect(implementing.filter((name) => !known.includes(name))).toEqual([]);
    expect(known.filter((name) => !implementing.includes(name))).toEqual([]);
  });

  it('when a relationship type names its GraphQL fields, then each field exists', () => {
    const missing: string[] = [];
    for (const type of Object.keys(RELATIONSHIP_TYPES) as RelationshipType[]) {
      for (const field of RELATIONSHIP_TYPES[type].graphqlFields) {
        const [typeName, fieldName] = field.split('.') as [string, string];
        const owner = schema.getType(typeName);
        const exists = (isObjectType(owner) || isInterfaceType(owner)) && fieldName in owner.getFields();
        if (!exists) missing.push(`${type}: ${field}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('the model registry itself', () => {
  it('when id prefixes and sections are listed, then no two kinds share one', () => {
    const prefixes = ENTITY_KIND_NAMES.map((kind) => ENTITY_KINDS[kind].idPrefix);
    const sections = ENTITY_KIND_NAMES.map((kind) => ENTITY_KINDS[kind].section);
    expect(new Set(prefixes).size).toBe(prefixes.length);
    expect(new Set(sections).size).toBe(sections.length);
  });

  it('when a type is both fact and provenance, then the registry is wrong: the two lists are disjoint and cover it', () => {
    expect(FACT_TYPES.filter((type) => (PROVENANCE_TYPES as readonly string[]).includes(type))).toEqual([]);
    expect(FACT_TYPES.length + PROVENANCE_TYPES.length).toBe(Object.keys(RELATIONSHIP_TYPES).length);
  });

  it('when the first article is read, then every item of a named kind lists its mentions, and facts other than events do not', () => {
    const extraction = seedExtraction();
    for (const kind of ENTITY_KIND_NAMES) {
      const items = (extraction[ENTITY_KINDS[kind].section] ?? []) as Record<string, unknown>[];
      const named = (NAMED_KINDS as readonly string[]).includes(kind);
      // Events may name themselves too (mentions are optional for them), so they prove nothing.
      if (kind === 'Event') continue;
      for (const item of items)
        expect({ kind, mentions: 'mentions' in item }).toEqual({ kind, mentions: named });
    }
  });

  it('when a node has the labels the writer gives a kind, then it resolves to that kind', () => {
    for (const kind of ENTITY_KIND_NAMES) expect(graphQLTypeOf(labelsOfKind(kind))).toBe(kind);
  });

  it('when an initiative is also labelled Organization, then it stays an Initiative', () => {
    expect(graphQLTypeOf(['Entity', 'Initiative', 'Organization'])).toBe('Initiative');
    expect(graphQLTypeOf(['Entity', 'Actor', 'Organization', 'Ministry'])).toBe('Organization');
    expect(graphQLTypeOf(['Sentence'])).toBe('Sentence');
    expect(() => graphQLTypeOf(['Unknown'])).toThrow('No GraphQL type for a node labelled Unknown');
  });
});

describe('the documentation and saved queries against the registry', () => {
  const modelDoc = fs.readFileSync(path.join(PROJECT_ROOT, 'docs', 'model.md'), 'utf8');

  it('when docs/model.md is read, then it names every kind and every relationship type', () => {
    const names = [...ENTITY_KIND_NAMES, ...Object.keys(RELATIONSHIP_TYPES)];
    expect(names.filter((name) => !new RegExp(`\\b${name}\\b`).test(modelDoc))).toEqual([]);
  });

  it('when a saved query names relationship types, then each is one the registry defines', () => {
    const known = new Set<string>(Object.keys(RELATIONSHIP_TYPES));
    const unknown: string[] = [];
    for (const query of listSavedQueries()) {
      const body = query.cypher.replace(/\/\/[^\n]*/g, '');
      for (const match of body.matchAll(/\[\s*\w*\s*:\s*([A-Z_|:\s]+?)\s*[\]*{]/g)) {
        for (const type of match[1]!.split(/[|:]/).map((name) => name.trim())) {
          if (type && !known.has(type)) unknown.push(`${query.name}: ${type}`);
        }
      }
    }
    expect(unknown).toEqual([]);
  });
});
