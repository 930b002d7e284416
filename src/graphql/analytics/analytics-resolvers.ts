import { join } from 'node:path';
import { arrangementChanges, counterpartYear, documentReach, liaisonMatrix, liaisonPaths } from '../../questions/index.ts';
import { coverageReport } from '../../review/index.ts';
import type { Database } from '../../db/index.ts';
import { ErrorCode, LiaisonError } from '../../errors/index.ts';

/** The type definitions of the analytics queries, to add to EXTENSION_TYPE_DEFINITION_FILES. */
export const ANALYTICS_TYPE_DEFINITIONS_FILE = join(import.meta.dirname, 'analytics.graphql');

/** What the analytics resolvers need of the request context (`createGraphQLContext` gives it). */
export interface AnalyticsContext {
  database?: Database;
}

/** A `Date` argument: @neo4j/graphql's scalar hands over a driver Date, whose text is YYYY-MM-DD. */
function dateText(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

function connected(context: AnalyticsContext, field: string): Database {
  if (context.database === undefined) throw new LiaisonError(ErrorCode.DATABASE_UNAVAILABLE, `${field}: no database is connected`);
  return context.database;
}

/** Thin resolvers of the analytics queries: each calls one function of src/analytics/. */
export const analyticsResolvers = {
  Query: {
    coverageReport: (_source: unknown, arguments_: { year: number; jurisdiction?: string | null; asOf?: unknown }, context: AnalyticsContext) =>
      coverageReport(connected(context, 'coverageReport'), { year: arguments_.year, jurisdiction: arguments_.jurisdiction ?? null, asOf: dateText(arguments_.asOf) }),
    documentReach: (_source: unknown, arguments_: { number: string }, context: AnalyticsContext) =>
      documentReach(connected(context, 'documentReach'), arguments_.number),
    liaisonMatrix: (_source: unknown, arguments_: { jurisdiction?: string | null; asOf?: unknown }, context: AnalyticsContext) =>
      liaisonMatrix(connected(context, 'liaisonMatrix'), { jurisdiction: arguments_.jurisdiction ?? null, asOf: dateText(arguments_.asOf) }),
    liaisonPaths: (_source: unknown, arguments_: { from: string; to: string; maxHops?: number | null }, context: AnalyticsContext) =>
      liaisonPaths(connected(context, 'liaisonPaths'), arguments_.from, arguments_.to, arguments_.maxHops),
    counterpartYear: (_source: unknown, arguments_: { name: string; year: number }, context: AnalyticsContext) =>
      counterpartYear(connected(context, 'counterpartYear'), arguments_.name, arguments_.year),
    arrangementChanges: (_source: unknown, arguments_: { jurisdiction?: string | null; from: unknown; to: unknown }, context: AnalyticsContext) =>
      arrangementChanges(connected(context, 'arrangementChanges'), {
        jurisdiction: arguments_.jurisdiction ?? null,
        from: String(dateText(arguments_.from)),
        to: String(dateText(arguments_.to)),
      }),
  },
};
