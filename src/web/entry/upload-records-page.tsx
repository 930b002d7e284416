import { Alert, Button, Card, Input, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { graphqlRequest } from '../api/graphql-request.ts';
import { paths } from '../app/links.ts';
import { ScopeBar } from '../app/scope-bar.tsx';
import { useScope } from '../app/use-scope.ts';
import { ImportRecordsFileDocument, type ImportRecordsFileMutation } from '../generated/graphql.ts';
import { allows } from '../session/session.ts';
import { useSession } from '../session/session-context.tsx';
import { ImportCounts, ImportErrors } from './import-outcome.tsx';
import { EditorRequired } from './use-entry-write.tsx';

type ImportAnswer = ImportRecordsFileMutation['importRecordsFile'];

interface ChosenFile {
  name: string;
  size: number;
  base64: string;
}

/** The file's bytes as base64, as the mutation takes them (a data: URL is base64 after its comma). */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('无法读取文件'));
    reader.readAsDataURL(file);
  });
}

const withoutExtension = (name: string) => name.replace(/\.[^.]+$/, '');

/**
 * 导入记录 (editors): uploads a records workbook (.xlsx), one sheet's .csv or a .json file through
 * `importRecordsFile`, which reads it with the readers of `npm run import`. 校验 is a dry run that
 * lists every problem by the file's sheet, row and column, or what the import would write; 导入 is
 * offered only after a clean check of the same file, dataset and jurisdiction, and writes it all in
 * one transaction (nothing when there is a problem).
 */
export default function UploadRecordsPage() {
  const session = useSession();
  const scope = useScope();
  const [file, setFile] = useState<ChosenFile | undefined>();
  const [dataset, setDataset] = useState('');
  const [answer, setAnswer] = useState<{ key: string; result: ImportAnswer } | undefined>();
  const [failure, setFailure] = useState<string | undefined>();
  const [busy, setBusy] = useState<'check' | 'import' | undefined>();
  if (!allows(session, 'editor')) return <EditorRequired what="导入记录" />;

  const jurisdiction = scope.jurisdiction ?? '';
  const target = dataset.trim() || (file === undefined ? '' : withoutExtension(file.name));
  const key = file === undefined ? '' : `${file.name}|${file.size}|${target}|${jurisdiction}`;
  const checked = answer?.key === key && answer.result.dryRun && answer.result.ok;

  const choose = async (chosen: File) => {
    setAnswer(undefined);
    setFailure(undefined);
    try {
      setFile({ name: chosen.name, size: chosen.size, base64: await readBase64(chosen) });
    } catch (error) {
      setFailure((error as Error).message);
    }
  };
  const run = async (dryRun: boolean) => {
    if (file === undefined) return;
    setBusy(dryRun ? 'check' : 'import');
    setFailure(undefined);
    try {
      const { importRecordsFile } = await graphqlRequest(
        ImportRecordsFileDocument,
        { fileName: file.name, contentBase64: file.base64, dataset: target, jurisdiction, dryRun },
        session.token,
      );
      setAnswer({ key, result: importRecordsFile });
    } catch (error) {
      setAnswer(undefined);
      setFailure((error as Error).message);
    } finally {
      setBusy(undefined);
    }
  };
  const result = answer?.key === key ? answer.result : undefined;
  return (
    <>
      <Typography.Title level={3}>导入记录</Typography.Title>
      <ScopeBar scope={scope} />
      <Card style={{ maxWidth: 960 }}>
        <Typography.Paragraph type="secondary">
          上传一年工作的记录：工作簿（.xlsx，工作表为 单位、人员、活动、文件）、一个工作表的 CSV 文件（文件名即工作表名，如 活动.csv）或
          JSON 文件，格式与 <Typography.Text code>npm run import</Typography.Text>{' '}
          相同。先校验：有问题时按工作表、行和列列出，什么也不写入；没有问题再导入，文件的内容将替换该数据集原有的记录。
        </Typography.Paragraph>
        <Upload.Dragger
          data-testid="upload-file"
          accept=".xlsx,.csv,.json"
          maxCount={1}
          fileList={file === undefined ? [] : [{ uid: file.name, name: file.name, status: 'done', size: file.size }]}
          beforeUpload={(chosen) => {
            void choose(chosen);
            return false;
          }}
          onRemove={() => {
            setFile(undefined);
            setAnswer(undefined);
          }}
        >
          <p style={{ fontSize: 16, margin: '12px 0 4px' }}>点击或拖入记录文件</p>
          <p style={{ color: 'rgba(0, 0, 0, 0.45)', margin: 0 }}>.xlsx 工作簿、.csv 单表或 .json</p>
        </Upload.Dragger>
        <Space wrap style={{ margin: '16px 0' }}>
          <Typography.Text>数据集</Typography.Text>
          <Input
            data-testid="upload-dataset"
            style={{ width: 260 }}
            value={dataset}
            placeholder={file === undefined ? '不填则以文件名为数据集' : withoutExtension(file.name)}
            onChange={(event) => setDataset(event.target.value)}
          />
          <Button data-testid="upload-check" disabled={file === undefined} loading={busy === 'check'} onClick={() => void run(true)}>
            校验
          </Button>
          <Button
            type="primary"
            data-testid="upload-import"
            disabled={!checked}
            loading={busy === 'import'}
            onClick={() => void run(false)}
          >
            导入
          </Button>
        </Space>
        {failure === undefined ? null : (
          <Alert data-testid="upload-failure" type="error" showIcon style={{ marginBottom: 16 }} title={failure} />
        )}
        {result === undefined ? null : result.ok ? (
          <ImportCounts answer={result} reviewLink={paths.review(scope.search)} />
        ) : (
          <ImportErrors errors={result.errors} />
        )}
      </Card>
    </>
  );
}
