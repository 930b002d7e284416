import { Table, Tag } from 'antd';
import type { ReactNode } from 'react';
import type { LiaisonKind } from '../generated/graphql.ts';
import { LIAISON_KIND, LIAISON_KIND_COLOR, period, sourceOf } from '../labels.ts';

/** One liaison as a page lists it: with whom, of which kind, for when, and the line of the document that states it. */
export interface LiaisonRow {
  key: string;
  party: ReactNode;
  kind: LiaisonKind;
  validFrom?: string | null;
  validTo?: string | null;
  sourceDocument?: string | null;
  sourceLine?: number | null;
  sourceText?: string | null;
}

export function LiaisonTable({ rows, partyTitle, testId }: { rows: LiaisonRow[]; partyTitle: string; testId: string }) {
  return (
    <Table<LiaisonRow>
      data-testid={testId}
      size="small"
      pagination={false}
      rowKey="key"
      dataSource={rows}
      columns={[
        { title: partyTitle, key: 'party', width: 200, render: (_: unknown, row) => row.party },
        {
          title: '联系方式',
          key: 'kind',
          width: 120,
          render: (_: unknown, row) => <Tag color={LIAISON_KIND_COLOR[row.kind]}>{LIAISON_KIND[row.kind]}</Tag>,
        },
        { title: '期间', key: 'period', width: 200, render: (_: unknown, row) => period(row.validFrom, row.validTo) },
        { title: '依据', key: 'source', width: 220, render: (_: unknown, row) => sourceOf(row.sourceDocument, row.sourceLine) },
        { title: '原文', dataIndex: 'sourceText', render: (text: string | null | undefined) => text ?? '—' },
      ]}
    />
  );
}
