import path from 'node:path';
import dotenv from 'dotenv';
import { z } from 'zod';

/**
 * The only reader of process.env. Every setting is declared here once, with its documentation,
 * type and default; `.env.example` documents the same variables for people.
 */

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

const integer = (min: number, max: number) =>
  z.coerce
    .number({ error: `expected a whole number from ${min} to ${max}` })
    .int({ error: `expected a whole number from ${min} to ${max}` })
    .min(min, { error: `expected a whole number from ${min} to ${max}` })
    .max(max, { error: `expected a whole number from ${min} to ${max}` });

const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'expected true or false' })
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const neo4jUri = z.string().refine((value) => /^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^/\s]+/.test(value), {
  error:
    'expected a bolt://, neo4j://, bolt+s:// or neo4j+s:// URI with a host, such as bolt://localhost:7687',
});

const envSchema = z.object({
  /** development shows error details to API clients; production masks them. */
  NODE_ENV: z
    .enum(['development', 'production', 'test'], { error: 'expected development, production or test' })
    .default('development'),
  /** Address the HTTP server binds to. */
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Port the HTTP server listens on; 0 picks a free one. */
  PORT: integer(0, 65535).default(4000),
  /** Lowest level of log line written to stdout. */
  LOG_LEVEL: z
    .enum(['debug', 'info', 'warn', 'error'], { error: 'expected debug, info, warn or error' })
    .default('info'),

  /** Where Neo4j answers: bolt:// for one server, neo4j:// for a cluster or Aura. */
  NEO4J_URI: neo4jUri.default('bolt://localhost:7687'),
  NEO4J_USER: z.string().min(1, { error: 'expected a user name' }).default('neo4j'),
  NEO4J_PASSWORD: z.string({ error: 'required: the Neo4j password' }).min(1, { error: 'must not be empty' }),
  /** The database inside the DBMS that holds the graph. */
  NEO4J_DATABASE: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9.-]{2,62}$/, { error: 'expected a Neo4j database name such as neo4j' })
    .default('neo4j'),
  /** How many times start-up tries to reach Neo4j before giving up. */
  NEO4J_CONNECT_ATTEMPTS: integer(1, 100).default(10),
  /** Wait before the second attempt; it doubles on each further one, up to 10 s. */
  NEO4J_CONNECT_BACKOFF_MS: integer(0, 60_000).default(500),

  /** Folder of the local Neo4j's data, logs and pid file (machines without Docker). */
  NEO4J_LOCAL_HOME: z.string().min(1).default('.neo4j-local'),
  /** Start the local Neo4j when NEO4J_URI points at this machine and nothing answers there. */
  NEO4J_LOCAL_AUTOSTART: flag.default(true),
  /** Maximum Java heap of the local Neo4j, in MiB. */
  NEO4J_LOCAL_HEAP_MIB: integer(256, 1024).default(1024),
  /** Page cache of the local Neo4j, in MiB: the graph is small. */
  NEO4J_LOCAL_PAGE_CACHE_MIB: integer(16, 4096).default(128),
  /** Port of Neo4j Browser for the local Neo4j, on its loopback host; 0 serves no Browser. */
  NEO4J_LOCAL_HTTP_PORT: integer(0, 65535).default(7474),

  /** Origins allowed to call the API from a browser: * for any, or a comma-separated list. */
  CORS_ORIGINS: z.string().default('*'),
  /** Deepest selection set an operation may have. */
  GRAPHQL_MAX_DEPTH: integer(2, 50).default(12),
  /** Most aliases an operation may use. */
  GRAPHQL_MAX_ALIASES: integer(0, 100).default(15),
  /** Highest estimated cost of an operation (each object 2, each scalar 1, deeper levels weigh more). */
  GRAPHQL_MAX_COST: integer(100, 1_000_000).default(20_000),
  /** Largest page a connection (`first`) or a subgraph (`limit`) may ask for. */
  GRAPHQL_MAX_PAGE_SIZE: integer(1, 1000).default(100),
  /** How long the one read transaction of an operation may take before it fails as DATABASE_TIMEOUT. */
  GRAPHQL_READ_TIMEOUT_MS: integer(100, 600_000).default(10_000),
  /** Responses kept for operations asked again at the same graph version; 0 keeps none. */
  GRAPHQL_RESPONSE_CACHE_ENTRIES: integer(0, 100_000).default(0),
  /** Most items a list argument (such as `nodes(ids:)` or a filter's list) may hold. */
  GRAPHQL_MAX_LIST_LENGTH: integer(1, 10_000).default(100),

  /** Largest request body the API reads, in bytes; a bigger one gets HTTP 413. */
  HTTP_MAX_BODY_BYTES: integer(1_000, 100_000_000).default(1_000_000),
  /** Time a client has to send a whole request (headers and body), in ms; then the socket is closed. */
  HTTP_REQUEST_TIMEOUT_MS: integer(1_000, 600_000).default(30_000),
  /** Time a client has to send the request headers, in ms; at most HTTP_REQUEST_TIMEOUT_MS. */
  HTTP_HEADERS_TIMEOUT_MS: integer(1_000, 600_000).default(10_000),
  /** How long an idle keep-alive connection stays open, in ms. */
  HTTP_KEEP_ALIVE_TIMEOUT_MS: integer(1_000, 600_000).default(5_000),
  /** Deadline of the readiness check (`/ready`), in ms: a frozen Neo4j is reported, not waited for. */
  READY_TIMEOUT_MS: integer(100, 60_000).default(2_000),

  /** Largest article text a load accepts, in bytes: news reports are a few kilobytes. */
  ARTICLE_MAX_BYTES: integer(1_000, 50_000_000).default(1_000_000),
});

export interface Config {
  readonly env: 'development' | 'production' | 'test';
  readonly http: {
    readonly host: string;
    readonly port: number;
    readonly maxBodyBytes: number;
    readonly requestTimeoutMs: number;
    readonly headersTimeoutMs: number;
    readonly keepAliveTimeoutMs: number;
    readonly readyTimeoutMs: number;
  };
  readonly logLevel: 'debug' | 'info' | 'warn' | 'error';
  readonly neo4j: {
    readonly uri: string;
    readonly user: string;
    readonly password: string;
    readonly database: string;
    readonly connectAttempts: number;
    readonly connectBackoffMs: number;
  };
  readonly graphql: {
    /** '*' or a list of origins. */
    readonly corsOrigins: '*' | readonly string[];
    readonly maxDepth: number;
    readonly maxAliases: number;
    readonly maxCost: number;
    readonly maxPageSize: number;
    readonly readTimeoutMs: number;
    readonly responseCacheEntries: number;
    readonly maxListLength: number;
  };
  readonly articles: {
    readonly maxTextBytes: number;
  };
  readonly localNeo4j: {
    readonly home: string;
    readonly autostart: boolean;
    /** Set when NEO4J_URI points at this machine: where a local Neo4j would listen. */
    readonly bolt: { readonly host: string; readonly port: number } | null;
    readonly heapMiB: number;
    readonly pageCacheMiB: number;
    /** 0 when no Browser is served. */
    readonly httpPort: number;
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Validates a set of variables; throws ConfigError naming every bad variable at once. */
export function parseConfig(source: Readonly<Record<string, string | undefined>>): Config {
  // An empty value in .env means "not set", so defaults apply as they would for a missing line.
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const result = envSchema.safeParse(present);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}`),
    );
  }
  const env = result.data;
  if (env.HTTP_HEADERS_TIMEOUT_MS > env.HTTP_REQUEST_TIMEOUT_MS) {
    // node:http refuses a headers timeout longer than the request timeout.
    throw new ConfigError(['HTTP_HEADERS_TIMEOUT_MS: must not be longer than HTTP_REQUEST_TIMEOUT_MS']);
  }
  return deepFreeze({
    env: env.NODE_ENV,
    http: {
      host: env.HOST,
      port: env.PORT,
      maxBodyBytes: env.HTTP_MAX_BODY_BYTES,
      requestTimeoutMs: env.HTTP_REQUEST_TIMEOUT_MS,
      headersTimeoutMs: env.HTTP_HEADERS_TIMEOUT_MS,
      keepAliveTimeoutMs: env.HTTP_KEEP_ALIVE_TIMEOUT_MS,
      readyTimeoutMs: env.READY_TIMEOUT_MS,
    },
    logLevel: env.LOG_LEVEL,
    neo4j: {
      uri: env.NEO4J_URI,
      user: env.NEO4J_USER,
      password: env.NEO4J_PASSWORD,
      database: env.NEO4J_DATABASE,
      connectAttempts: env.NEO4J_CONNECT_ATTEMPTS,
      connectBackoffMs: env.NEO4J_CONNECT_BACKOFF_MS,
    },
    graphql: {
      corsOrigins:
        env.CORS_ORIGINS.trim() === '*'
          ? '*'
          : env.CORS_ORIGINS.split(',')
              .map((origin) => origin.trim())
              .filter(Boolean),
      maxDepth: env.GRAPHQL_MAX_DEPTH,
      maxAliases: env.GRAPHQL_MAX_ALIASES,
      maxCost: env.GRAPHQL_MAX_COST,
      maxPageSize: env.GRAPHQL_MAX_PAGE_SIZE,
      readTimeoutMs: env.GRAPHQL_READ_TIMEOUT_MS,
      responseCacheEntries: env.GRAPHQL_RESPONSE_CACHE_ENTRIES,
      maxListLength: env.GRAPHQL_MAX_LIST_LENGTH,
    },
    articles: { maxTextBytes: env.ARTICLE_MAX_BYTES },
    localNeo4j: {
      home: path.resolve(env.NEO4J_LOCAL_HOME),
      autostart: env.NEO4J_LOCAL_AUTOSTART,
      bolt: loopbackBoltAddress(env.NEO4J_URI),
      heapMiB: env.NEO4J_LOCAL_HEAP_MIB,
      pageCacheMiB: env.NEO4J_LOCAL_PAGE_CACHE_MIB,
      httpPort: env.NEO4J_LOCAL_HTTP_PORT,
    },
  });
}

/** Loads `.env` (variables already set win) and validates the process environment. */
export function readConfig(): Config {
  dotenv.config({ quiet: true });
  return parseConfig(process.env);
}

function loopbackBoltAddress(uri: string): { host: string; port: number } | null {
  const url = new URL(uri.replace(/^[a-z+]+:/, 'http:'));
  if (!LOOPBACK_HOSTS.has(url.hostname)) return null;
  const host = url.hostname === 'localhost' ? '127.0.0.1' : url.hostname.replace(/^\[|\]$/g, '');
  return { host, port: url.port === '' ? 7687 : Number(url.port) };
}

function deepFreeze<T extends object>(value: T): T {
  for (const child of Object.values(value)) {
    if (child !== null && typeof child === 'object') deepFreeze(child as object);
  }
  return Object.freeze(value);
}
