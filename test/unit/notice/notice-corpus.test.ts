import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  compareNoticeJson,
  evaluateNoticeCorpus,
  isHoldoutName,
  listHoldoutDirectories,
  listLabelledNotices,
  NOTICE_CORPUS_DIRECTORY,
  parseNoticeFile,
  REAL_NOTICE_DIRECTORY,
  type NoticeComparison,
} from '../../../bench/notice-evaluation.ts';
import { noticeSection } from '../../../bench/workload-benchmarks.ts';
import type { NoticeJson } from '../../../src/notice/index.ts';

const corpus = join(import.meta.dirname, '..', '..', '..', NOTICE_CORPUS_DIRECTORY);
const fixtures = await listLabelledNotices(corpus);
const realFixtures = await listLabelledNotices(join(corpus, REAL_NOTICE_DIRECTORY));
const noDifference: NoticeComparison = {
  missing: [],
  unexpected: [],
  wrongText: [],
  missingWarningLines: [],
  unexpectedWarningLines: [],
  documentDifferences: [],
};

describe('the labelled notice corpus (test/fixtures/notices, every holdout folder excluded)', () => {
  it('holds the thirty-four training notices (holdout-2 to -5 included, now seen) and the GB18030 twin of linlan', () => {
    expect(fixtures.map((fixture) => fixture.name)).toHaveLength(35);
    expect(fixtures.map((fixture) => fixture.name)).toContain('linlan-2022-9.gbk');
    expect(fixtures.map((fixture) => fixture.name)).toEqual(
      expect.arrayContaining([
        'jinyi-2021-7',
        'songhe-2022-31',
        'yunhe-province-2023-11',
        'qiaoting-county-2021-3',
        'qipo-2018-15',
        'shuotang-2024-news',
      ]),
    );
    expect(fixtures.map((fixture) => fixture.name)).toEqual(
      expect.arrayContaining([
        'liaoting-2023-17',
        'chengyue-province-2024-9',
        'sanglu-county-2022-21',
        'jichuan-2021-56',
        'xingxi-2020-23',
      ]),
    );
    expect(fixtures.map((fixture) => fixture.name)).toEqual(
      expect.arrayContaining([
        'moya-prefecture-2023-9',
        'yanting-district-2022-14',
        'xiuchuan-2021-17',
        'biao-county-2024-2',
        'yanping-2019-8',
      ]),
    );
    expect(fixtures.map((fixture) => fixture.name)).toEqual(
      expect.arrayContaining([
        'luting-district-2023-8',
        'langzhu-province-2021-19',
        'tanping-prefecture-2019-6',
        'tongyuan-county-2020-11',
        'luyu-2022-40',
      ]),
    );
  });

  it('lists no fixture of a folder whose name starts with holdout', async () => {
    expect(fixtures.some((fixture) => fixture.textPath.includes('holdout'))).toBe(false);
    const holdouts = await listHoldoutDirectories(corpus);
    expect(holdouts.map((directory) => basename(directory))).toEqual(expect.arrayContaining(['holdout']));
    expect(holdouts.every((directory) => isHoldoutName(basename(directory)))).toBe(true);
  });

  it('evaluates a holdout folder on its own, counting only the notices inside it', async () => {
    const [first] = await listHoldoutDirectories(corpus);
    const evaluation = await evaluateNoticeCorpus(first ?? '');
    expect(evaluation.notices.length).toBeGreaterThan(0);
    expect(evaluation.notices.every((notice) => !fixtures.some((fixture) => fixture.name === notice.name))).toBe(true);
    expect(evaluation.formal.truePositives + evaluation.formal.falseNegatives).toBeGreaterThan(0);
  });

  it.each(fixtures.map((fixture) => [fixture.name, fixture] as const))('parses %s exactly as labelled', async (_name, fixture) => {
    const expected = JSON.parse(readFileSync(fixture.expectedPath, 'utf8')) as NoticeJson;
    const actual = await parseNoticeFile(fixture.textPath);
    expect(compareNoticeJson(actual, expected)).toEqual(noDifference);
    expect(actual.liaisons).toHaveLength(expected.liaisons.length);
  });

  it('reaches precision ≥ 98% and recall ≥ 95% on formal and on general pairs', async () => {
    const evaluation = await evaluateNoticeCorpus(corpus);
    for (const counts of [evaluation.formal, evaluation.general]) {
      expect(counts.precision).toBeGreaterThanOrEqual(0.98);
      expect(counts.recall).toBeGreaterThanOrEqual(0.95);
    }
    // 868 formal + 538 general pairs, plus the pairs of linlan's GB18030 twin (21 formal + 7 general).
    expect(evaluation.formal.truePositives + evaluation.formal.falseNegatives).toBe(889);
    expect(evaluation.general.truePositives + evaluation.general.falseNegatives).toBe(545);
  });
});

describe('compareNoticeJson', () => {
  const liaison = {
    from: '市商务局',
    fromKind: 'department',
    counterpart: '民盟',
    kind: 'formal',
    line: 3,
    text: '市商务局联系民盟市委',
  } as const;
  const label: NoticeJson = {
    document: { number: null, title: null, issuer: null, issued: null },
    liaisons: [liaison, liaison],
    warnings: [{ line: 4, message: '*' }],
  };

  it('compares liaisons as a multiset and warnings by line only', () => {
    const actual: NoticeJson = {
      ...label,
      liaisons: [liaison],
      warnings: [
        { line: 4, message: 'anything' },
        { line: 5, message: 'x' },
      ],
    };
    const comparison = compareNoticeJson(actual, label);
    expect(comparison.missing).toEqual([liaison]);
    expect(comparison.unexpected).toEqual([]);
    expect(comparison.unexpectedWarningLines).toEqual([5]);
    expect(comparison.missingWarningLines).toEqual([]);
  });

  it('reports a pair on the right line with another text as wrong text, and a changed document field', () => {
    const actual: NoticeJson = {
      document: { ...label.document, number: '某〔2020〕1号' },
      liaisons: [liaison, { ...liaison, text: 'other' }],
      warnings: label.warnings,
    };
    const comparison = compareNoticeJson(actual, label);
    expect(comparison.wrongText).toHaveLength(1);
    expect(comparison.documentDifferences).toEqual(['number: 某〔2020〕1号 ≠ null']);
  });
});

describe('the real notices the parser is tuned on (test/fixtures/notices/real)', () => {
  it.each(realFixtures.map((fixture) => [fixture.name, fixture] as const))('parses %s exactly as labelled', async (_name, fixture) => {
    const expected = JSON.parse(readFileSync(fixture.expectedPath, 'utf8')) as NoticeJson;
    expect(compareNoticeJson(await parseNoticeFile(fixture.textPath), expected)).toEqual(noDifference);
  });

  it('is reported apart from the invented notices, with its blind sets, by the benchmark', async () => {
    const results = await noticeSection(join(corpus, '..', '..', '..'));
    const real = results.filter((result) => result.origin === 'real').map((result) => `${basename(result.set)} ${result.seen}`);
    expect(real).toEqual(['real true', 'holdout-real false', 'holdout-real-2 false', 'holdout-real-news false']);
    expect(results.find((result) => result.set.endsWith(join('notices', 'real')))?.formal.truePositives).toBe(92);
  });
});
