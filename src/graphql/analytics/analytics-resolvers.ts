import { join } from 'node:path';
import { arrangementChanges, counterpartYear, documentReach, liaisonMatrix, liaisonPaths } from '../../questions/index.ts';
import { coverageReport } from '../../review/index.ts';
import type { QueryResolvers, Scalars } from '../generated/types.ts';

/** The type definitions of the analytics queries, to add to EXTENSION_TYPE_DEFINITION_FILES. */
export const ANALYTICS_TYPE_DEFINITIONS_FILE = join(import.meta.dirname, 'analytics.graphql');

/** A `Date` argument as the questions take it: the driver Date's text is YYYY-MM-DD. */
function dateText(value: Scalars['Date']['input'] | null | undefined): string | null {
  return value === null || value === undefined ? null : value.toString();
}

/** Thin resolvers of the analytics queries: each calls one function of src/review/ or src/questions/. */
export const analyticsResolvers: { Query: QueryResolvers } = {
  Query: {
    coverageReport: (_source, { year, jurisdiction, asOf, includeDescendants }, { database }) =>
      coverageReport(database, { year, jurisdiction: jurisdiction ?? null, asOf: dateText(asOf), includeDescendants }),
    documentReach: (_source, { number }, { database }) => documentReach(database, number),
    liaisonMatrix: (_source, { jurisdiction, asOf }, { database }) =>
      liaisonMatrix(database, { jurisdiction: jurisdiction ?? null, asOf: dateText(asOf) }),
    liaisonPaths: (_source, { from, to, maxHops }, { database }) => liaisonPaths(database, from, to, maxHops),
    counterpartYear: (_source, { name, year }, { database }) => counterpartYear(database, name, year),
    arrangementChanges: (_source, { jurisdiction, from, to }, { database }) =>
      arrangementChanges(database, { jurisdiction: jurisdiction ?? null, from: from.toString(), to: to.toString() }),
  },
};
