import { Table } from 'antd';
import type { RoleKind } from '../generated/graphql.ts';
import { period, ROLE_KIND } from '../labels.ts';

export interface RoleRow {
  key: string;
  kind: RoleKind;
  section?: string | null;
  validFrom?: string | null;
  validTo?: string | null;
  holder: Array<{ name: string }>;
  party?: Array<{ name: string }>;
}

/** People in their roles, with their periods (heads, leaders in charge, liaison officers, supervisors, members). */
export function RolesTable({ roles, testId }: { roles: RoleRow[]; testId: string }) {
  const order = Object.keys(ROLE_KIND);
  const sorted = [...roles].sort(
    (a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || (a.validFrom ?? '').localeCompare(b.validFrom ?? ''),
  );
  return (
    <Table<RoleRow>
      data-testid={testId}
      size="small"
      pagination={false}
      rowKey="key"
      dataSource={sorted}
      locale={{ emptyText: '没有记录' }}
      columns={[
        { title: '职务', key: 'kind', width: 120, render: (_: unknown, role) => ROLE_KIND[role.kind] },
        { title: '姓名', key: 'holder', width: 120, render: (_: unknown, role) => role.holder.map((holder) => holder.name).join('、') },
        { title: '责任科室', dataIndex: 'section', width: 140, render: (section: string | null | undefined) => section ?? '—' },
        {
          title: '所属党派',
          key: 'party',
          width: 180,
          render: (_: unknown, role) => role.party?.map((party) => party.name).join('、') || '—',
        },
        { title: '期间', key: 'period', render: (_: unknown, role) => period(role.validFrom, role.validTo) },
      ]}
    />
  );
}
