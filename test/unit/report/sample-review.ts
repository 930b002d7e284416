import type { AnnualReview } from '../../../src/report/index.ts';
import type { Evidence } from '../../../src/review/index.ts';

function evidence(overrides: Partial<Evidence>): Evidence {
  return {
    kind: 'ACTIVITY',
    key: 'key',
    label: 'label',
    date: null,
    dataset: null,
    sourceSheet: null,
    sourceRow: null,
    sourceDocument: null,
    sourceLine: null,
    note: null,
    noteZh: null,
    ...overrides,
  };
}

const ruleIds = ['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8', 'R9', 'R10'] as const;

/** A small review to render: two departments (one with gaps, one with a name that needs escaping), three counterparts. */
export function sampleReview(): AnnualReview {
  const rules = ruleIds.map((id) => ({
    id,
    clause: '二（一）',
    title: `Title of ${id}`,
    satisfied: true,
    checked: 2,
    gaps: [] as AnnualReview['coverage']['rules'][number]['gaps'],
  }));
  rules[4] = {
    id: 'R5',
    clause: '三（一）',
    title: 'Each department names a leader in charge, a responsible section and a liaison officer',
    satisfied: false,
    checked: 2,
    gaps: [
      {
        subject: '市发展改革委',
        missing: ['责任科室', '联络人员'],
        detail: 'not named on 2023-12-31: 责任科室、联络人员',
        detailZh: '2023-12-31未明确：责任科室、联络人员',
        evidence: [
          evidence({
            kind: 'ROLE',
            key: 'r1',
            label: '张三 分管领导（市发展改革委，2023-01-01—）',
            date: '2023-01-01',
            dataset: 'sample-2023',
            sourceSheet: 'people',
            sourceRow: 14,
            note: 'in force on 2023-12-31',
            noteZh: '2023-12-31在任',
          }),
        ],
      },
    ],
  };
  rules[8] = {
    id: 'R9',
    clause: '二',
    title: 'Every counterpart has a liaison leader and a liaison department',
    satisfied: false,
    checked: 3,
    gaps: [
      {
        subject: '市工商联',
        missing: ['领导'],
        detail: '0 liaison leaders and 1 liaison departments on 2023-12-31',
        detailZh: '2023-12-31有联系领导0名、联系部门1个',
        evidence: [
          evidence({
            kind: 'LIAISON',
            key: '市市场监管局 → 市工商联',
            label: '市市场监管局 → 市工商联（FORMAL，2022-11-02—）',
            sourceDocument: '资府办函〔2022〕65号',
            sourceLine: 95,
            note: 'in force on 2023-12-31',
          }),
        ],
      },
    ],
  };
  return {
    coverage: { jurisdiction: '资阳市', year: 2023, asOf: '2023-12-31', generatedAt: '2024-01-05T08:00:00.000Z', rules, descendants: [] },
    matrix: {
      jurisdiction: '资阳市',
      asOf: '2023-12-31',
      departments: ['市发展改革委', '市<测试>局'],
      counterparts: ['民盟资阳市委会', '九三学社资阳市委会', '市工商联'],
      cells: [
        {
          department: '市发展改革委',
          counterpart: '民盟资阳市委会',
          kind: 'FORMAL',
          validFrom: '2022-11-02',
          validTo: null,
          sourceDocument: '资府办函〔2022〕65号',
          sourceLine: 70,
        },
        {
          department: '市发展改革委',
          counterpart: '九三学社资阳市委会',
          kind: 'FORMAL',
          validFrom: '2022-11-02',
          validTo: null,
          sourceDocument: '资府办函〔2022〕65号',
          sourceLine: 70,
        },
        {
          department: '市发展改革委',
          counterpart: '市工商联',
          kind: null,
          validFrom: null,
          validTo: null,
          sourceDocument: null,
          sourceLine: null,
        },
        {
          department: '市<测试>局',
          counterpart: '民盟资阳市委会',
          kind: 'WORKING_CONTACT',
          validFrom: '2023-01-01',
          validTo: null,
          sourceDocument: null,
          sourceLine: null,
        },
        {
          department: '市<测试>局',
          counterpart: '九三学社资阳市委会',
          kind: null,
          validFrom: null,
          validTo: null,
          sourceDocument: null,
          sourceLine: null,
        },
        {
          department: '市<测试>局',
          counterpart: '市工商联',
          kind: 'GENERAL',
          validFrom: null,
          validTo: null,
          sourceDocument: null,
          sourceLine: null,
        },
      ],
    },
  };
}
