import { List, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { ReviewQuery } from '../generated/graphql.ts';
import { EvidenceTable } from './evidence-table.tsx';

type Rule = ReviewQuery['coverageReport']['rules'][number];
export interface GapEntry {
  rule: Rule;
  gap: Rule['gaps'][number];
}

/** Gaps, each with what is missing, the rule's explanation and the evidence it rests on. */
export function GapList({
  entries,
  showRule = true,
  actionFor,
}: {
  entries: GapEntry[];
  showRule?: boolean;
  /** A control beside a gap (for an editor: the way to correct it), when there is one. */
  actionFor?: (entry: GapEntry) => ReactNode;
}) {
  return (
    <List
      dataSource={entries}
      rowKey={(entry) => `${entry.rule.id}/${entry.gap.subject}`}
      renderItem={({ rule, gap }) => (
        <List.Item className="review-gap" data-rule={rule.id} data-subject={gap.subject} style={{ display: 'block' }}>
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Space wrap>
              {showRule ? <Tag color="red">{rule.id}</Tag> : null}
              <Typography.Text strong className="gap-subject">
                {gap.subject}
              </Typography.Text>
              {gap.missing.map((missing) => (
                <Tag key={missing} color="volcano">
                  缺 {missing}
                </Tag>
              ))}
              {actionFor?.({ rule, gap })}
            </Space>
            <Typography.Text className="gap-detail" title={gap.detail}>
              {gap.detailZh}
            </Typography.Text>
            <EvidenceTable evidence={gap.evidence} />
          </Space>
        </List.Item>
      )}
    />
  );
}
