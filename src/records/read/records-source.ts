import type { RecordError } from '../record-error.ts';
import { SHEETS, type SheetKey } from '../records-format.ts';
import type { RawRecords, RawRow } from './raw-records.ts';

/** Rows handed over at a time: enough for a batched write, few enough to keep memory flat. */
export const CHUNK_ROWS = 5_000;

/** Consecutive rows of one sheet. */
export interface SheetChunk {
  sheet: SheetKey;
  rows: RawRow[];
}

/**
 * Records that can be read more than once, sheet by sheet in the format's order (organisations,
 * people, activities, documents: each sheet may name what the ones before it declare), a chunk at
 * a time. An import reads its source twice: once to check everything, once to write; only a chunk
 * is held at a time.
 */
export interface RecordsSource {
  /**
   * Reads every row from the start. Problems of the source itself (unknown or repeated sheets,
   * unknown, repeated or missing columns) are added to `problems` as they are met.
   */
  chunks(problems: RecordError[]): AsyncIterable<SheetChunk>;
}

/** Splits rows into chunks of at most `size`. */
export function* chunksOf(sheet: SheetKey, rows: readonly RawRow[], size = CHUNK_ROWS): Generator<SheetChunk> {
  for (let start = 0; start < rows.length; start += size) yield { sheet, rows: rows.slice(start, start + size) };
}

/** A source over records already in memory (a workbook read whole, JSON, the GraphQL input). */
export function recordsInMemory(raw: RawRecords): RecordsSource {
  return {
    async *chunks(problems) {
      problems.push(...raw.errors);
      for (const definition of SHEETS) {
        const sheet = raw.sheets[definition.key];
        if (sheet !== undefined) yield* chunksOf(definition.key, sheet.rows);
      }
    },
  };
}

/** Reads a whole source into memory (tools and tests that want every row at once). */
export async function collectRecords(source: RecordsSource): Promise<RawRecords> {
  const raw: RawRecords = { sheets: {}, errors: [], rowCount: 0 };
  for await (const chunk of source.chunks(raw.errors)) {
    raw.sheets[chunk.sheet] ??= { key: chunk.sheet, rows: [] };
    const sheet = raw.sheets[chunk.sheet]!;
    sheet.rows.push(...chunk.rows);
    raw.rowCount += chunk.rows.length;
  }
  return raw;
}
