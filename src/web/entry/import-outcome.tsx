import { Alert, Table } from 'antd';
import { Link } from 'react-router';
import type { ImportRecordsFileMutation } from '../generated/graphql.ts';
// The records format is a contract shared with the server: its sheets' and columns' Chinese headers come from it.
import { SHEETS } from '../../records/records-format.ts';

type ImportAnswer = ImportRecordsFileMutation['importRecordsFile'];
type ImportError = ImportAnswer['errors'][number];
type ImportCount = ImportAnswer['counts'][number];

const COUNT_KIND: Record<string, string> = {
  organisations: '单位',
  people: '人员',
  roles: '职务',
  activities: '活动',
  documents: '文件',
};

/** 活动（activities）, or the name of a sheet the format does not know as it was written. */
function sheetLabel(sheet: string): string {
  const definition = SHEETS.find((item) => item.key === sheet);
  return definition === undefined ? sheet : `${definition.header}（${sheet}）`;
}

/** 主办单位（organiser）: the column's header in the sheet, then the key the server names. */
function columnLabel(sheet: string, column: string | null | undefined): string {
  if (!column) return '—';
  const header = SHEETS.find((item) => item.key === sheet)?.columns.find((item) => item.key === column)?.header;
  return header === undefined ? column : `${header}（${column}）`;
}

/** Every problem of a refused file by sheet, row and column, as the file has them (nothing was written). */
export function ImportErrors({ errors }: { errors: ImportError[] }) {
  return (
    <Alert
      data-testid="upload-errors"
      type="error"
      showIcon
      style={{ marginBottom: 16 }}
      title={`没有写入：文件中有 ${errors.length} 处问题，请改正后重新上传`}
      description={
        <Table<ImportError>
          size="small"
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          rowKey={(error) => `${error.sheet}/${error.row}/${error.column}/${error.message}`}
          rowClassName={() => 'upload-error'}
          dataSource={errors}
          columns={[
            { title: '工作表', dataIndex: 'sheet', width: 130, render: (sheet: string) => sheetLabel(sheet) },
            { title: '行', dataIndex: 'row', width: 60, render: (row: number | null | undefined) => row ?? '—' },
            {
              title: '列',
              dataIndex: 'column',
              width: 180,
              render: (column: string | null | undefined, error) => columnLabel(error.sheet, column),
            },
            { title: '值', dataIndex: 'value', width: 140, render: (value: string | null | undefined) => value ?? '—' },
            { title: '问题', dataIndex: 'message' },
          ]}
        />
      }
    />
  );
}

/** What a clean check would write, or what the import wrote: created, updated, unchanged and removed per kind. */
export function ImportCounts({ answer, reviewLink }: { answer: ImportAnswer; reviewLink: string }) {
  const counts = answer.counts.filter((count) => count.created + count.updated + count.unchanged + count.removed > 0);
  return (
    <Alert
      data-testid={answer.dryRun ? 'upload-checked' : 'upload-imported'}
      type="success"
      showIcon
      style={{ marginBottom: 16 }}
      title={answer.dryRun ? `校验通过：没有问题（尚未写入）。导入后数据集 ${answer.dataset} 将是：` : `已导入数据集 ${answer.dataset}`}
      description={
        <>
          <Table<ImportCount>
            data-testid="upload-counts"
            size="small"
            pagination={false}
            rowKey="kind"
            dataSource={counts}
            columns={[
              { title: '类别', dataIndex: 'kind', render: (kind: string) => COUNT_KIND[kind] ?? kind },
              { title: '新增', dataIndex: 'created', align: 'right' },
              { title: '更新', dataIndex: 'updated', align: 'right' },
              { title: '未变', dataIndex: 'unchanged', align: 'right' },
              { title: '移除', dataIndex: 'removed', align: 'right' },
            ]}
          />
          {answer.dryRun ? null : (
            <div style={{ marginTop: 8 }}>
              <Link to={reviewLink}>查看年度审查</Link>
            </div>
          )}
        </>
      }
    />
  );
}
