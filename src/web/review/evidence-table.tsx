import { Table } from 'antd';
import type { ReviewQuery } from '../generated/graphql.ts';
import { EVIDENCE_KIND } from '../labels.ts';

type Evidence = ReviewQuery['coverageReport']['rules'][number]['gaps'][number]['evidence'][number];

/** Where a record comes from: the dataset's sheet and row, or the document's line. */
function provenance(evidence: Evidence): string {
  if (evidence.dataset) {
    const where = [
      evidence.sourceSheet,
      evidence.sourceRow === null || evidence.sourceRow === undefined ? undefined : `第 ${evidence.sourceRow} 行`,
    ];
    return `数据集 ${evidence.dataset}${where.some(Boolean) ? `：${where.filter(Boolean).join(' ')}` : ''}`;
  }
  if (evidence.sourceDocument) return `${evidence.sourceDocument}${evidence.sourceLine ? ` 第 ${evidence.sourceLine} 行` : ''}`;
  return '—';
}

/** The records a rule weighed for one subject, each with its provenance and how the rule judged it. */
export function EvidenceTable({ evidence }: { evidence: Evidence[] }) {
  if (evidence.length === 0) return null;
  return (
    <Table<Evidence>
      className="gap-evidence"
      size="small"
      pagination={false}
      rowKey={(item) => `${item.kind}/${item.key}`}
      dataSource={evidence}
      columns={[
        { title: '类别', key: 'kind', width: 70, render: (_: unknown, item) => EVIDENCE_KIND[item.kind] },
        { title: '记录', dataIndex: 'label' },
        { title: '日期', dataIndex: 'date', width: 110, render: (date: string | null | undefined) => date ?? '—' },
        { title: '出处', key: 'provenance', width: 300, render: (_: unknown, item) => provenance(item) },
        {
          title: '判断',
          dataIndex: 'noteZh',
          width: 260,
          render: (noteZh: string | null | undefined, item) => <span title={item.note ?? undefined}>{noteZh ?? item.note ?? '—'}</span>,
        },
      ]}
    />
  );
}
