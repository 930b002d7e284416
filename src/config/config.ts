import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseEnv } from 'node:util';
import { z } from 'zod';

/**
 * Settings of the whole project. This module is the only code that reads `process.env`:
 * every other layer receives a `Config` (or a part of it) as an argument.
 */
export interface Neo4jConfig {
  /** An external Neo4j 5.26+ (server, cluster, Aura). When set, nothing embedded starts. */
  uri: string | undefined;
  user: string;
  /** For an external Neo4j: its password. For the embedded one: the password it sets and uses. */
  password: string | undefined;
  database: string | undefined;
  /** Folder of the embedded server's data, logs, password and run record. */
  dataDir: string;
  /** Folder that caches the Neo4j and APOC jars resolved by Maven. */
  libraryDir: string;
  boltPort: number;
  /** NEO4J_HEAP_SIZE: a fixed heap; unset, the launcher sizes it from the machine (see neo4j/memory-sizing.ts). */
  heapSize?: string | undefined;
  /** NEO4J_PAGE_CACHE_SIZE; unset, sized from the store. */
  pageCacheSize?: string | undefined;
  /** How long the embedded server may take to accept Bolt connections. */
  startTimeoutMs: number;
  /** The `java` to run the embedded server with: `$JAVA_HOME/bin/java` when JAVA_HOME is set. */
  javaCommand: string;
}

export interface ServerConfig {
  host: string;
  port: number;
  /** Queries nested deeper than this are refused before they reach Neo4j. */
  maxQueryDepth: number;
}

/** Who may call the API: how bearer tokens are verified and what an anonymous caller may do. */
export interface AuthConfig {
  /** HS256 secret (single-office deployment). */
  jwtSecret: string | undefined;
  /** RS256 keys from an identity provider's JWKS endpoint (cached; rotated keys are fetched). */
  jwksUri: string | undefined;
  issuer: string | undefined;
  audience: string | undefined;
  /** Dotted path of the roles claim in the token, e.g. `roles` or `realm_access.roles`. */
  rolesClaim: string;
  /** `viewer` lets a caller without a token read; undefined: anonymous callers read nothing. */
  anonymousRole: 'viewer' | undefined;
  /** The identity provider the web application signs in through (OIDC code flow with PKCE); undefined: token paste only. */
  oidc: OidcConfig | undefined;
}

/** What a browser needs to run the OpenID Connect code flow: all public, no client secret (a browser cannot keep one). */
export interface OidcConfig {
  /** The provider's issuer URL; its discovery document is at `<issuer>/.well-known/openid-configuration`. */
  issuer: string;
  clientId: string;
  /** Space-separated, as the authorization request sends them. */
  scopes: string;
}

/** What one request may cost, refused before it reaches Neo4j (and, inside Neo4j, a transaction timeout). */
export interface LimitsConfig {
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  maxCost: number;
  /** Request bodies larger than this are refused with 413. */
  maxBodyBytes: number;
  /** The larger cap for a request whose operation is one import (`importRecords`, `importRecordsFile`). */
  maxImportBodyBytes: number;
  /** Every transaction the API opens is stopped by Neo4j after this long. */
  queryTimeoutMs: number;
  /** Introspection and the IDE page. */
  introspection: boolean;
  /** Origins allowed by CORS; empty: no CORS headers at all. */
  corsOrigins: string[];
}

export interface Config {
  neo4j: Neo4jConfig;
  server: ServerConfig;
  auth: AuthConfig;
  limits: LimitsConfig;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** `pretty` for a person, `json` for a log collector; undefined: pretty when stdout is a terminal. */
  logFormat: 'json' | 'pretty' | undefined;
  /** A Chromium the browser tests use instead of the one shipped in an npm package. */
  chromiumPath: string | undefined;
  /** Root of the repository: `seed/`, `schema/` and the default data folders are found from it. */
  projectRoot: string;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const port = z.coerce.number().int().min(0).max(65535);
const memorySize = z.string().regex(/^\d+[kmgKMG]?$/, 'a size such as 512m or 2g');

const environmentSchema = z.object({
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, 'a Bolt URI such as neo4j://host:7687 or neo4j+s://xxx.databases.neo4j.io')
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(8, 'at least 8 characters (Neo4j refuses shorter passwords)').optional(),
  NEO4J_DATABASE: z.string().min(1).optional(),
  NEO4J_DATA_DIR: z.string().min(1).default('.data/neo4j'),
  NEO4J_LIBRARY_DIR: z.string().min(1).default('.cache/neo4j-5.26.19'),
  NEO4J_BOLT_PORT: port.default(7687),
  NEO4J_HEAP_SIZE: memorySize.optional(),
  NEO4J_PAGE_CACHE_SIZE: memorySize.optional(),
  NEO4J_START_TIMEOUT_MS: z.coerce.number().int().positive().default(60_000),
  JAVA_HOME: z.string().optional(),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port.default(4000),
  MAX_QUERY_DEPTH: z.coerce.number().int().min(1).max(100).default(12),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
  CHROMIUM_PATH: z.string().min(1).optional(),
  JWT_SECRET: z.string().min(32, 'at least 32 characters (an HS256 key shorter than its hash is weak)').optional(),
  JWKS_URI: z.string().url("an https:// URL of the identity provider's JWKS").optional(),
  JWT_ISSUER: z.string().min(1).optional(),
  JWT_AUDIENCE: z.string().min(1).optional(),
  JWT_ROLES_CLAIM: z
    .string()
    .regex(/^[A-Za-z_][\w-]*(\.[A-Za-z_][\w-]*)*$/, 'a claim name or dotted path such as realm_access.roles')
    .default('roles'),
  OIDC_ISSUER: z.string().url("the identity provider's issuer URL, such as https://id.example.org/realms/liaison").optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_SCOPES: z
    .string()
    .regex(/^\S+( \S+)*$/, 'scopes separated by single spaces, such as "openid profile"')
    .refine((scopes) => scopes.split(' ').includes('openid'), 'must include openid')
    .default('openid profile'),
  ANONYMOUS_ROLE: z.literal('viewer', { message: 'the only value allowed is viewer' }).optional(),
  MAX_ALIASES: z.coerce.number().int().min(1).default(30),
  MAX_TOKENS: z.coerce.number().int().min(100).default(2000),
  MAX_DIRECTIVES: z.coerce.number().int().min(1).default(20),
  MAX_COST: z.coerce.number().int().min(1).default(5000),
  MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(100_000),
  MAX_IMPORT_BODY_BYTES: z.coerce.number().int().min(1024).default(20_000_000),
  QUERY_TIMEOUT_MS: z.coerce.number().int().min(1).default(10_000),
  INTROSPECTION: z.enum(['true', 'false'], { message: 'true or false' }).default('true'),
  CORS_ORIGINS: z
    .string()
    .transform((text) =>
      text
        .split(',')
        .map((origin) => origin.trim())
        .filter((origin) => origin !== ''),
    )
    .pipe(z.array(z.string().regex(/^https?:\/\/[^/\s]+$/, 'origins such as https://liaison.example.org, comma-separated')))
    .default([]),
});

/** The browser's sign-in needs both the provider and the client registered there: one alone is a mistake, named at start. */
const checkedEnvironmentSchema = environmentSchema.superRefine((environment, context) => {
  if ((environment.OIDC_ISSUER === undefined) !== (environment.OIDC_CLIENT_ID === undefined))
    context.addIssue({
      code: 'custom',
      path: ['OIDC_ISSUER and OIDC_CLIENT_ID'],
      message: 'set both (the identity provider and the client registered there for the web application) or neither',
    });
  // Without the provider's keys every token its login brings back would be refused: say so at start, not at each sign-in.
  if (environment.OIDC_ISSUER !== undefined && environment.JWKS_URI === undefined)
    context.addIssue({
      code: 'custom',
      path: ['JWKS_URI'],
      message: "needed with OIDC_ISSUER: the identity provider's jwks_uri, with which the server verifies the tokens its login brings back",
    });
});

const projectRoot = resolve(import.meta.dirname, '..', '..');

/** Empty strings count as unset, as a shell user expects (`NEO4J_URI= npm start`). */
function withoutEmpty(environment: NodeJS.ProcessEnv): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(environment)) {
    if (value !== undefined && value !== '') result[key] = value;
  }
  return result;
}

/** The settings of `<project>/.env`, if there is one (KEY=value lines, as Node's --env-file reads them). */
function dotEnvFile(path: string): Record<string, string> {
  if (!existsSync(path)) return {};
  try {
    return withoutEmpty(parseEnv(readFileSync(path, 'utf8')));
  } catch (error) {
    throw new ConfigError(`cannot read ${path}: ${(error as Error).message}`);
  }
}

/**
 * Reads and validates the settings. Fails fast with a `ConfigError` naming every bad variable.
 * The environment wins over `.env`; `overrides` win over both (tests and commands use them).
 */
export function loadConfig(overrides: Record<string, string | undefined> = {}, envFile: string = join(projectRoot, '.env')): Config {
  const parsed = checkedEnvironmentSchema.safeParse({ ...dotEnvFile(envFile), ...withoutEmpty(process.env), ...withoutEmpty(overrides) });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const environment = parsed.data;
  return {
    neo4j: {
      uri: environment.NEO4J_URI,
      user: environment.NEO4J_USER,
      password: environment.NEO4J_PASSWORD,
      database: environment.NEO4J_DATABASE,
      dataDir: resolve(projectRoot, environment.NEO4J_DATA_DIR),
      libraryDir: resolve(projectRoot, environment.NEO4J_LIBRARY_DIR),
      boltPort: environment.NEO4J_BOLT_PORT,
      heapSize: environment.NEO4J_HEAP_SIZE,
      pageCacheSize: environment.NEO4J_PAGE_CACHE_SIZE,
      startTimeoutMs: environment.NEO4J_START_TIMEOUT_MS,
      javaCommand: environment.JAVA_HOME === undefined ? 'java' : join(environment.JAVA_HOME, 'bin', 'java'),
    },
    server: {
      host: environment.HOST,
      port: environment.PORT,
      maxQueryDepth: environment.MAX_QUERY_DEPTH,
    },
    auth: {
      jwtSecret: environment.JWT_SECRET,
      jwksUri: environment.JWKS_URI,
      issuer: environment.JWT_ISSUER,
      audience: environment.JWT_AUDIENCE,
      rolesClaim: environment.JWT_ROLES_CLAIM,
      anonymousRole: environment.ANONYMOUS_ROLE,
      oidc:
        environment.OIDC_ISSUER === undefined || environment.OIDC_CLIENT_ID === undefined
          ? undefined
          : { issuer: environment.OIDC_ISSUER, clientId: environment.OIDC_CLIENT_ID, scopes: environment.OIDC_SCOPES },
    },
    limits: {
      maxAliases: environment.MAX_ALIASES,
      maxTokens: environment.MAX_TOKENS,
      maxDirectives: environment.MAX_DIRECTIVES,
      maxCost: environment.MAX_COST,
      maxBodyBytes: environment.MAX_BODY_BYTES,
      maxImportBodyBytes: environment.MAX_IMPORT_BODY_BYTES,
      queryTimeoutMs: environment.QUERY_TIMEOUT_MS,
      introspection: environment.INTROSPECTION === 'true',
      corsOrigins: environment.CORS_ORIGINS,
    },
    logLevel: environment.LOG_LEVEL,
    logFormat: environment.LOG_FORMAT,
    chromiumPath: environment.CHROMIUM_PATH,
    projectRoot,
  };
}

/** True when the process runs under CI (`CI=true`): used only to pick quieter output. */
export function isContinuousIntegration(): boolean {
  return process.env.CI === 'true';
}

/** A copy of the environment for child processes (the embedded JVM inherits PATH, locale and the like). */
export function childProcessEnvironment(additions: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...additions };
}
