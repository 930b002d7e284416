import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The analysts' operations (src/graphql/operations/*.graphql): the IDE opens with them, the client
 * preset turns them into typed documents for front ends (schema/generated/client/), the bench runs them.
 */
export const ANALYST_OPERATIONS_DIRECTORY = join(import.meta.dirname, 'operations');

export type AnalystOperationName =
  | 'party-liaisons'
  | 'departments-without-formal-liaison'
  | 'liaison-matrix'
  | 'leader-counterparts'
  | 'search';

/** The text of one analyst operation, by file name without `.graphql`. */
export function readAnalystOperation(name: AnalystOperationName): string {
  return readFileSync(join(ANALYST_OPERATIONS_DIRECTORY, `${name}.graphql`), 'utf8');
}
