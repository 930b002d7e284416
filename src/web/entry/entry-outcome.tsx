import { Alert, Table } from 'antd';
import { Link } from 'react-router';
import type { RecordActivityMutation } from '../generated/graphql.ts';

export type RecordError = RecordActivityMutation['recordActivity']['errors'][number];

/** The form's labels for the fields the server's errors name. */
const FIELD_LABEL: Record<string, string> = {
  id: '编号',
  date: '日期',
  kind: '类型',
  title: '名称',
  organiser: '主办单位',
  chair: '主持人',
  participants: '参加人员',
  counterparts: '参加党派团体',
  number: '文号',
  issuer: '发文单位',
  issuedAt: '发文日期',
  year: '所属年度',
  recipients: '抄送/送阅',
};

/** The liaison form's labels: its `from` is the leader or department (a person's `from` is a first day). */
const LIAISON_FIELD_LABEL: Record<string, string> = {
  jurisdiction: '行政区',
  kind: '联系类型',
  from: '领导或部门',
  counterpart: '党派团体',
  sourceDocument: '来源文件',
  sourceLine: '行号',
  sourceText: '原文',
  validFrom: '起始日期',
  validTo: '终止日期',
};

/** What a write did: saved (with the way to the review), failed, or refused with its errors by field (nothing written). */
export function EntryOutcome({
  saved,
  failure,
  errors,
  reviewLink,
}: {
  saved: string | undefined;
  failure: string | undefined;
  errors: RecordError[];
  reviewLink: string;
}) {
  return (
    <>
      {saved === undefined ? null : (
        <Alert
          data-testid="entry-saved"
          type="success"
          showIcon
          style={{ marginBottom: 16 }}
          title={`已记录“${saved}”`}
          description={<Link to={reviewLink}>查看年度审查</Link>}
        />
      )}
      {failure === undefined ? null : <Alert type="error" showIcon style={{ marginBottom: 16 }} title={failure} />}
      {errors.length === 0 ? null : (
        <Alert
          data-testid="entry-errors"
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title="没有写入：请改正以下问题"
          description={
            <Table<RecordError>
              size="small"
              pagination={false}
              rowKey={(error) => `${error.sheet}/${error.row}/${error.column}/${error.message}`}
              dataSource={errors}
              columns={[
                {
                  title: '字段',
                  dataIndex: 'column',
                  width: 160,
                  render: (column: string | null | undefined, error: RecordError) => {
                    const labels = error.sheet === 'liaison' ? LIAISON_FIELD_LABEL : FIELD_LABEL;
                    return column ? `${labels[column] ?? column}（${column}）` : '—';
                  },
                },
                { title: '值', dataIndex: 'value', width: 140 },
                { title: '问题', dataIndex: 'message' },
              ]}
            />
          }
        />
      )}
    </>
  );
}
