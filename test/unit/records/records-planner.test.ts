import { describe, expect, it } from 'vitest';
import {
  RecordsPlanner,
  rawRecordsFromObject,
  formatRecordError,
  type RecordError,
  type SheetKey,
  chunksOf,
  type SheetChunk,
  validateRows,
} from '../../../src/records/index.ts';
import { ziyangDirectory } from './name-directory-fixture.ts';

/** The rows of one sheet of a records object, split into chunks of `size` (JSON rows are numbered from 1). */
function chunks(sheet: SheetKey, rows: readonly object[], size: number): SheetChunk[] {
  const raw = rawRecordsFromObject({ [sheet]: rows });
  expect(raw.errors).toEqual([]);
  return [...chunksOf(sheet, raw.sheets[sheet]?.rows ?? [], size)];
}

/** Plans each chunk in turn and takes its result, the way an import plans a source. */
function planChunks(planner: RecordsPlanner, sheetChunks: readonly SheetChunk[]) {
  return sheetChunks.map((chunk) => {
    const errors: RecordError[] = [];
    planner.planRows(chunk.sheet, validateRows(chunk.sheet, chunk.rows, errors));
    expect(errors).toEqual([]);
    return planner.take();
  });
}

const activity = (id: string | null, title: string, participants: string | null = null) => ({
  id,
  date: '2031-03-15',
  kind: 'OTHER',
  title,
  organiser: '市发改委',
  participants,
  counterparts: '民盟',
});

describe('planning records a chunk at a time', () => {
  it('resolves a person declared in the people sheet from an activity in a later chunk', () => {
    const planner = new RecordsPlanner(ziyangDirectory());
    const [people, first, second] = planChunks(planner, [
      ...chunks('people', [{ name: '张三', organisation: '市发改委', role: '主要负责人', from: '2031-01-01' }], 10),
      ...chunks('activities', [activity('A-1', '活动一'), activity('A-2', '活动二', '张三')], 1),
    ]);
    expect(people?.errors).toEqual([]);
    expect(people?.plan.nodes.map((node) => `${node.label} ${node.key}`)).toEqual([
      'Person 资阳市/市发展改革委/张三',
      'Role 资阳市/市发展改革委/张三/资阳市/市发展改革委/HEAD/2031-01-01',
    ]);
    expect(first?.plan.nodes.map((node) => node.key)).toEqual(['资阳市/A-1']);
    expect(second?.errors).toEqual([]);
    expect(second?.plan.nodes.map((node) => [node.label, node.key, node.row])).toEqual([['Activity', '资阳市/A-2', 2]]);
    const participation = second?.plan.links
      .filter((link) => link.type === 'PARTICIPATED_IN')
      .map((link) => `${link.from.label} ${link.from.key}`);
    expect(participation).toEqual(['Person 资阳市/市发展改革委/张三', 'Counterpart 资阳市/民盟资阳市委会']);
  });

  it('hands over with each take only what was planned since the last one', () => {
    const planner = new RecordsPlanner(ziyangDirectory());
    planChunks(planner, chunks('activities', [activity('A-1', '活动一')], 10));
    expect(planner.take()).toEqual({ plan: { nodes: [], links: [], unchangedRows: [] }, errors: [] });
  });

  it('reports an activity id repeated in a later chunk as a duplicate of the row that first gave it', () => {
    const planner = new RecordsPlanner(ziyangDirectory());
    const taken = planChunks(
      planner,
      chunks(
        'activities',
        [activity('A-1', '活动一'), activity('A-2', '活动二'), activity('A-3', '活动三'), activity('A-1', '另一个活动')],
        2,
      ),
    );
    expect(taken.map((item) => item.errors.map(formatRecordError))).toEqual([[], ['activities:4:id: duplicate of row 1 (same id)']]);
    expect(taken[1]?.errors).toEqual([
      { sheet: 'activities', row: 4, column: 'id', value: 'A-1', message: 'duplicate of row 1 (same id)' },
    ]);
    expect(taken[1]?.plan.nodes.map((node) => node.key)).toEqual(['资阳市/A-3']);
  });

  it('reports an activity without id repeated in a later chunk by its date, organiser and title', () => {
    const planner = new RecordsPlanner(ziyangDirectory());
    const taken = planChunks(
      planner,
      chunks('activities', [activity(null, '座谈'), activity(null, '调研'), { ...activity(null, '座谈'), organiser: '市发展改革委' }], 2),
    );
    expect(taken.flatMap((item) => item.errors.map(formatRecordError))).toEqual([
      'activities:3: duplicate of row 1 (same date, organiser and title)',
    ]);
  });

  it('does not report the repeated id when duplicates are not checked', () => {
    const planner = new RecordsPlanner(ziyangDirectory(), false);
    const taken = planChunks(
      planner,
      chunks('activities', [activity('A-1', '活动一'), activity('A-2', '活动二'), activity('A-1', '另一个活动')], 2),
    );
    expect(taken.flatMap((item) => item.errors)).toEqual([]);
    expect(taken[1]?.plan.nodes.map((node) => [node.key, node.row])).toEqual([['资阳市/A-1', 3]]);
  });
});
