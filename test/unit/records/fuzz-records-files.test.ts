import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  emptyRecordsTable,
  planRecords,
  type RecordError,
  type RecordsTable,
  readRecords,
  validateRecords,
  writeCsvRecords,
  writeXlsxRecords,
} from '../../../src/records/index.ts';
import { ziyangDirectory } from './name-directory-fixture.ts';

// Property-based fuzzing of records files: one cell of a valid year, in any sheet, row and column,
// made into something wrong, written as a workbook, a CSV folder or JSON. Whatever it becomes, the
// reader and the checks never throw, and every message names a sheet, a row and a column, that
// cell's among them, so an office can find it.

let folder: string;
let written = 0;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'records-fuzz-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

function validTable(): RecordsTable {
  const table = emptyRecordsTable();
  const person = { section: '办公室', party: null, to: null };
  table.people.push(
    { ...person, name: '张三', organisation: '市发展改革委', role: '主要负责人', from: '2023-01-01' },
    { ...person, name: '李四', organisation: '市商务局', role: '联络人员', from: '2023-02-01', to: '2023-12-31' },
    { ...person, name: '王五', organisation: '民盟资阳市委会', role: '成员', section: null, party: '民盟', from: '2023-03-01' },
  );
  const activity = { id: null, chair: null, participants: null };
  table.activities.push(
    { ...activity, date: '2023-03-15', kind: '座谈会', title: '民主党派座谈会', organiser: '市政府', counterparts: '民盟' },
    {
      ...activity,
      date: '2023-05-20',
      kind: '考察调研',
      title: '调研',
      organiser: '市发展改革委',
      participants: '张三',
      counterparts: '民盟',
    },
    { ...activity, date: '2023-09-01', kind: '专题会议', title: '专题会议', organiser: '市商务局', counterparts: '市工商联' },
  );
  return table;
}

type Format = 'xlsx' | 'csv' | 'json';
const SHEETS = ['people', 'activities'] as const;

async function write(table: RecordsTable, format: Format): Promise<string> {
  written += 1;
  const path = join(folder, `records-${written}${format === 'csv' ? '' : `.${format}`}`);
  if (format === 'xlsx') await writeXlsxRecords(path, table, { headers: written % 2 === 0 ? 'english' : 'chinese' });
  else if (format === 'csv') await writeCsvRecords(path, table, { headers: written % 2 === 0 ? 'english' : 'chinese' });
  else await writeFile(path, JSON.stringify(table), 'utf8');
  return path;
}

async function errorsOf(path: string): Promise<RecordError[]> {
  const raw = await readRecords(path);
  const validation = validateRecords(raw);
  const planning = planRecords(validation.records, ziyangDirectory());
  return [...raw.errors, ...validation.errors, ...planning.errors];
}

/** What a cell may be made into: each is wrong for at least one column, some for all. */
const corruption = fc.oneof(
  fc.constantFrom('', ' ', '\u0000', '\t\n', '2023-02-30', '2023-13-01', '23-4-2', '2023/04/02', 'yesterday'),
  fc.constantFrom('市不存在局', '不存在的人', '局长', '不存在党', '9999-01-01', '1899-12-31', '"', '=1+1', '、、'),
  fc.string({ maxLength: 30 }),
  fc.string({ minLength: 2_000, maxLength: 3_000 }),
);

const DATE_COLUMNS = { people: ['from'], activities: ['date'] } as const;

describe('fuzzing records files', () => {
  it('reads the valid year without a message in every format', async () => {
    for (const format of ['xlsx', 'csv', 'json'] as const) expect(await errorsOf(await write(validTable(), format))).toEqual([]);
  });

  it('names the sheet, the row and the column of any cell made wrong, in every format', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<Format>('xlsx', 'csv', 'json'),
        fc.constantFrom(...SHEETS),
        fc.nat(2),
        fc.nat(20),
        corruption,
        async (format, sheet, index, columnPick, value) => {
          const table = validTable();
          const row = table[sheet][index] as unknown as Record<string, unknown>;
          const columns = Object.keys(row);
          const column = columns[columnPick % columns.length]!;
          row[column] = value;
          const path = await write(table, format);
          const rowNumber = format === 'json' ? index + 1 : index + 2;
          const errors = await errorsOf(path);
          const context = JSON.stringify({ format, sheet, index, column, value });
          for (const error of errors) {
            expect(error.sheet, context).toMatch(/^(people|activities)$/);
            expect(Number.isInteger(error.row) && (error.row ?? 0) >= 1, `${context}: ${JSON.stringify(error)}`).toBe(true);
            expect(error.column, `${context}: ${JSON.stringify(error)}`).toBeTypeOf('string');
            expect(error.message.length).toBeGreaterThan(0);
          }
          // An error elsewhere can only follow from it: an activity naming a person renamed or refused.
          const elsewhere = errors.filter((error) => error.sheet !== sheet || error.row !== rowNumber);
          for (const error of elsewhere) {
            expect({ corrupted: sheet, at: error.sheet, column: error.column }, `${context}: ${JSON.stringify(error)}`).toEqual({
              corrupted: 'people',
              at: 'activities',
              column: error.column === 'chair' ? 'chair' : 'participants',
            });
          }
        },
      ),
      { numRuns: 120 },
    );
  }, 120_000);

  it('refuses a date column made into anything but a date, naming that cell', async () => {
    const notADate = fc.oneof(
      fc.constantFrom('2023-02-30', '2023-13-01', '23-4-2', '2023/04/02', 'yesterday'),
      // A blank cell is an absent value (a start date is optional), so only text that is there counts.
      fc.string({ maxLength: 12 }).filter((text) => text.trim() !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(text.trim())),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<Format>('csv', 'json'),
        fc.constantFrom(...SHEETS),
        fc.nat(2),
        notADate,
        async (format, sheet, index, value) => {
          const table = validTable();
          const column = DATE_COLUMNS[sheet][0];
          (table[sheet][index] as unknown as Record<string, unknown>)[column] = value;
          const errors = await errorsOf(await write(table, format));
          expect(errors.length, JSON.stringify({ format, sheet, index, value })).toBeGreaterThan(0);
          expect(errors[0]).toMatchObject({ sheet, row: format === 'json' ? index + 1 : index + 2, column });
        },
      ),
      { numRuns: 60 },
    );
  }, 120_000);
});
