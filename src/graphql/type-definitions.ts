import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** `schema/` at the root of the repository: the model's type definitions. */
export const DEFAULT_SCHEMA_DIRECTORY = resolve(import.meta.dirname, '..', '..', 'schema');

/** Type definitions this layer adds to the model (hand-written queries such as `search`). */
export const EXTENSION_TYPE_DEFINITION_FILES = [
  join(import.meta.dirname, 'access.graphql'),
  join(import.meta.dirname, 'search.graphql'),
  join(import.meta.dirname, 'analytics', 'analytics.graphql'),
  join(import.meta.dirname, 'records', 'records.graphql'),
  join(import.meta.dirname, 'records', 'domain-mutations.graphql'),
  join(import.meta.dirname, 'audit', 'audit.graphql'),
];

/**
 * The type definitions handed to @neo4j/graphql: every `schema/*.graphql` file in name order (the
 * printed schema in `schema/generated/` is output, not input, and is skipped), then this layer's
 * extensions. Each entry is the text of one file.
 */
export function readTypeDefinitions(schemaDirectory: string = DEFAULT_SCHEMA_DIRECTORY): string[] {
  const modelFiles = readdirSync(schemaDirectory, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.graphql'))
    .map((entry) => join(schemaDirectory, entry.name))
    .sort();
  return [...modelFiles, ...EXTENSION_TYPE_DEFINITION_FILES].map((path) => readFileSync(path, 'utf8'));
}
