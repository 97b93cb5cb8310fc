import type { ManagedTransaction } from 'neo4j-driver';
import { FACT_TYPES, isFactType } from '../../graph/graph-document';
import { readBilateralRelation } from '../../graph/read/bilateral';
import { decodeCursor } from '../../graph/read/keyset';
import {
  countEntities,
  countEvents,
  countRelations,
  readEntityPage,
  readEventPage,
  readRelationPage,
  type EventOrder,
  type Page,
  type PageRequest,
} from '../../graph/read/lists';
import { searchEntities, toFullTextQuery } from '../../graph/read/search';
import {
  countEventsByKind,
  countEventsByYear,
  countNodesByLabel,
  countRelationshipsByType,
  countSectorsByEvents,
} from '../../graph/read/statistics';
import { readNeighborhood, readShortestPath } from '../../graph/read/subgraph';
import type { GraphQLContext } from '../context';
import { badUserInput, notFound } from '../errors';
import { toParent, toParentOrNull } from '../parents';
import { loadParents } from './entity-fields';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function read<T>(
  context: GraphQLContext,
  name: string,
  work: (tx: ManagedTransaction) => Promise<T>,
): Promise<T> {
  return context.database.read({ name, metadata: { requestId: context.requestId } }, work);
}

function pageRequest(first: number, after: string | null | undefined): PageRequest {
  if (after === null || after === undefined) return { first, after: null };
  const keyset = decodeCursor(after);
  if (!keyset) throw badUserInput('`after` is not a cursor returned by this API', 'after');
  return { first, after: keyset };
}

/** A connection whose totalCount runs its count query only when a client selects it. */
function connection<T, P>(page: Page<T>, toNode: (value: T) => P, countAll: () => Promise<number>) {
  return {
    edges: page.items.map((item) => ({ node: toNode(item.value), cursor: item.cursor })),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.items.at(-1)?.cursor ?? null },
    totalCount: countAll,
  };
}

function checkDate(value: string | null | undefined, argument: string): string | null {
  if (value === null || value === undefined) return null;
  if (!ISO_DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw badUserInput(`${argument} must be a date written YYYY-MM-DD, not "${value}"`, argument);
  }
  return value;
}

function checkFactTypes(types: readonly string[] | null | undefined, argument: string): string[] | null {
  if (!types || types.length === 0) return null;
  const unknown = types.filter((type) => !isFactType(type));
  if (unknown.length > 0) {
    throw badUserInput(
      `${argument}: unknown relationship type(s) ${unknown.join(', ')}; known: ${FACT_TYPES.join(', ')}`,
      argument,
    );
  }
  return [...types];
}

async function requireEntity(context: GraphQLContext, id: string, argument: string) {
  const node = await context.loaders.nodes.load(id);
  if (!node || !node.labels.includes('Entity')) throw notFound(`${argument}: no entity has the id "${id}"`);
  return node;
}

interface EventArgs {
  first: number;
  after?: string | null;
  orderBy: EventOrder;
  filter?: {
    status?: string[];
    kinds?: string[];
    country?: string;
    sector?: string;
    from?: string;
    to?: string;
  } | null;
}

export const queryResolvers = {
  Query: {
    node: async (_: unknown, args: { id: string }, context: GraphQLContext) => {
      const node = await context.loaders.nodes.load(args.id);
      if (!node) throw notFound(`No node has the id "${args.id}"`);
      return toParent(node);
    },
    // Unlike loadParents, keeps a null in place of each unknown id.
    nodes: async (_: unknown, args: { ids: string[] }, context: GraphQLContext) =>
      (await context.loaders.nodes.loadMany(args.ids)).map((node) => {
        if (node instanceof Error) throw node;
        return toParentOrNull(node);
      }),

    events: async (_: unknown, args: EventArgs, context: GraphQLContext) => {
      const filter = {
        statuses: args.filter?.status ?? null,
        kinds: args.filter?.kinds ?? null,
        countryId: args.filter?.country ?? null,
        subjectId: args.filter?.sector ?? null,
        from: checkDate(args.filter?.from, 'filter.from'),
        to: checkDate(args.filter?.to, 'filter.to'),
      };
      const page = await read(context, 'list-events', (tx) =>
        readEventPage(tx, filter, args.orderBy, pageRequest(args.first, args.after)),
      );
      return connection(page, toParent, () => read(context, 'count-events', (tx) => countEvents(tx, filter)));
    },

    entities: async (
      _: unknown,
      args: { first: number; after?: string | null; filter?: { types?: string[]; country?: string } | null },
      context: GraphQLContext,
    ) => {
      const filter = { labels: args.filter?.types ?? null, countryId: args.filter?.country ?? null };
      const page = await read(context, 'list-entities', (tx) =>
        readEntityPage(tx, filter, pageRequest(args.first, args.after)),
      );
      return connection(page, toParent, () =>
        read(context, 'count-entities', (tx) => countEntities(tx, filter)),
      );
    },

    relations: async (
      _: unknown,
      args: {
        first: number;
        after?: string | null;
        filter?: { types?: string[]; node?: string; basis?: 'article' | 'background' } | null;
      },
      context: GraphQLContext,
    ) => {
      const filter = {
        types: checkFactTypes(args.filter?.types, 'filter.types'),
        nodeId: args.filter?.node ?? null,
        basis: args.filter?.basis ?? null,
      };
      const page = await read(context, 'list-relations', (tx) =>
        readRelationPage(tx, filter, pageRequest(args.first, args.after)),
      );
      return connection(
        page,
        (relation) => relation,
        () => read(context, 'count-relations', (tx) => countRelations(tx, filter)),
      );
    },

    search: async (
      _: unknown,
      args: { text: string; types?: string[] | null; first: number },
      context: GraphQLContext,
    ) => {
      if (args.text.trim() === '') throw badUserInput('text must not be empty', 'text');
      const query = toFullTextQuery(args.text);
      // Only symbols: nothing can match, and that is an answer, not an error.
      if (query === null) return [];
      const hits = await read(context, 'search', (tx) =>
        searchEntities(tx, query, args.types ?? null, args.first),
      );
      return hits.map((hit) => ({ node: toParent(hit.node), score: hit.score }));
    },

    bilateralRelation: async (
      _: unknown,
      args: { countryA: string; countryB: string },
      context: GraphQLContext,
    ) => {
      if (args.countryA === args.countryB)
        throw badUserInput('countryA and countryB must be two different countries');
      const countries = await Promise.all([
        context.loaders.nodes.load(args.countryA),
        context.loaders.nodes.load(args.countryB),
      ]);
      countries.forEach((country, index) => {
        const [argument, id] = index === 0 ? ['countryA', args.countryA] : ['countryB', args.countryB];
        if (!country?.labels.includes('Country'))
          throw notFound(`${argument}: no country has the id "${id}"`);
      });
      return toParentOrNull(
        await read(context, 'bilateral-relation', (tx) =>
          readBilateralRelation(tx, args.countryA, args.countryB),
        ),
      );
    },

    neighborhood: async (
      _: unknown,
      args: { id: string; depth: number; relationshipTypes?: string[] | null; limit: number },
      context: GraphQLContext,
    ) => {
      await requireEntity(context, args.id, 'id');
      const types = checkFactTypes(args.relationshipTypes, 'relationshipTypes');
      const subgraph = await read(context, 'neighborhood', (tx) =>
        readNeighborhood(tx, args.id, args.depth, types, args.limit),
      );
      if (!subgraph) throw notFound(`id: no entity has the id "${args.id}"`);
      return subgraph;
    },

    shortestPath: async (
      _: unknown,
      args: { from: string; to: string; maxHops: number },
      context: GraphQLContext,
    ) => {
      await requireEntity(context, args.from, 'from');
      await requireEntity(context, args.to, 'to');
      if (args.from === args.to) throw badUserInput('from and to must be two different entities');
      return read(context, 'shortest-path', (tx) => readShortestPath(tx, args.from, args.to, args.maxHops));
    },

    statistics: () => ({}),
    articles: async (_: unknown, _args: unknown, context: GraphQLContext) => {
      const ids = await read(context, 'list-articles', async (tx) =>
        (await tx.run('MATCH (a:Article) RETURN a.id AS id ORDER BY a.id')).records.map(
          (record) => record.get('id') as string,
        ),
      );
      return loadParents(context, ids);
    },
    status: async (_: unknown, _args: unknown, context: GraphQLContext) => {
      try {
        await context.database.ping();
        return { neo4jReachable: true, database: context.database.name };
      } catch {
        return { neo4jReachable: false, database: context.database.name };
      }
    },
  },

  Statistics: {
    nodesByLabel: (_: unknown, _args: unknown, context: GraphQLContext) =>
      read(context, 'count-labels', countNodesByLabel),
    relationshipsByType: (_: unknown, _args: unknown, context: GraphQLContext) =>
      read(context, 'count-types', countRelationshipsByType),
    eventsByYear: (_: unknown, _args: unknown, context: GraphQLContext) =>
      read(context, 'count-years', countEventsByYear),
    eventsByKind: (_: unknown, _args: unknown, context: GraphQLContext) =>
      read(context, 'count-kinds', countEventsByKind),
    sectorsByEvents: async (_: unknown, _args: unknown, context: GraphQLContext) =>
      (await read(context, 'count-sectors', countSectorsByEvents)).map((entry) => ({
        subject: toParent(entry.node),
        eventCount: entry.eventCount,
      })),
  },

  EntityType: {
    COUNTRY: 'Country',
    PERSON: 'Person',
    ORGANIZATION: 'Organization',
    PLACE: 'Place',
    POSITION: 'Position',
    EVENT: 'Event',
    SECTOR: 'Sector',
    TOPIC: 'Topic',
    INITIATIVE: 'Initiative',
    AGREEMENT: 'Agreement',
    COMMITMENT: 'Commitment',
    STATEMENT: 'Statement',
    BILATERAL_RELATION: 'BilateralRelation',
  },
};
