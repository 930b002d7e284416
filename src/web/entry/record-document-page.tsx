import { Button, Card, Form, Input, InputNumber, Select, Typography } from 'antd';
import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { graphqlRequest } from '../api/graphql-request.ts';
import { useQuery } from '../api/use-query.ts';
import { paths } from '../app/links.ts';
import { QueryState } from '../app/query-state.tsx';
import { ScopeBar } from '../app/scope-bar.tsx';
import { useScope } from '../app/use-scope.ts';
import { type DocumentKind, DocumentForEntryDocument, EntryChoicesDocument, RecordDocumentDocument } from '../generated/graphql.ts';
import { DOCUMENT_KIND } from '../labels.ts';
import { allows } from '../session/session.ts';
import { useSession } from '../session/session-context.tsx';
import { EntryOutcome } from './entry-outcome.tsx';
import { EditorRequired, useEntryWrite } from './use-entry-write.tsx';

interface DocumentForm {
  number: string;
  title?: string;
  issuer: string;
  issuedAt: string;
  kind: DocumentKind;
  year?: number;
  recipients?: string[];
  dataset?: string;
}

const names = (list: Array<{ name: string }> | undefined) => (list ?? []).map(({ name }) => ({ value: name, label: name }));

/**
 * 录入文件 (editors): records a document and its recipients through `recordDocument`, or corrects the
 * one with the same number: opened with `?number=…` the form starts from what is recorded, in its dataset.
 */
export default function RecordDocumentPage() {
  const session = useSession();
  const scope = useScope();
  const [params] = useSearchParams();
  const number = params.get('number') ?? undefined;
  const jurisdiction = scope.jurisdiction ?? '';
  const editor = allows(session, 'editor');
  const choices = useQuery(EntryChoicesDocument, { jurisdiction }, { skip: scope.jurisdiction === undefined || !editor });
  const existing = useQuery(DocumentForEntryDocument, { number: number ?? '' }, { skip: number === undefined || !editor });
  const { errors, failure, saved, saving, send } = useEntryWrite();
  const [form] = Form.useForm<DocumentForm>();
  const recorded = existing.data?.documents[0];

  useEffect(() => {
    if (recorded === undefined) return;
    form.setFieldsValue({
      number: recorded.number,
      title: recorded.title ?? undefined,
      issuer: recorded.issuedBy[0]?.name ?? recorded.issuer ?? undefined,
      issuedAt: recorded.issuedAt ?? undefined,
      kind: recorded.kind ?? undefined,
      year: recorded.year ?? undefined,
      recipients: recorded.recipients.map((recipient) => recipient.name),
      dataset: recorded.dataset ?? undefined,
    });
  }, [recorded, form]);

  if (!editor) return <EditorRequired what="录入文件" />;

  const submit = ({ dataset, ...document }: DocumentForm) =>
    send(
      async () =>
        (
          await graphqlRequest(
            RecordDocumentDocument,
            { document: { ...document, year: document.year ?? null }, target: { jurisdiction, dataset: dataset?.trim() || null } },
            session.token,
          )
        ).recordDocument,
      document.number,
    );
  const data = choices.data;
  const bodies = [...names(data?.offices), ...names(data?.departments)];
  return (
    <>
      <Typography.Title level={3}>{number === undefined ? '录入文件' : `更正文件 ${number}`}</Typography.Title>
      <ScopeBar scope={scope} />
      <QueryState loading={choices.loading || existing.loading} error={choices.error ?? existing.error}>
        <Card style={{ maxWidth: 860 }}>
          <EntryOutcome saved={saved} failure={failure} errors={errors} reviewLink={paths.review(scope.search)} />
          <Form<DocumentForm> form={form} layout="vertical" onFinish={(values) => void submit(values)}>
            <Form.Item name="number" label="文号" rules={[{ required: true, message: '请填写文号' }]} extra="填写已有文号则更正该文件">
              <Input data-testid="document-number" style={{ width: 320 }} />
            </Form.Item>
            <Form.Item name="title" label="标题">
              <Input data-testid="document-title" />
            </Form.Item>
            <Form.Item name="issuer" label="发文单位" rules={[{ required: true, message: '请选择发文单位' }]}>
              <Select data-testid="document-issuer" showSearch style={{ width: 320 }} options={bodies} />
            </Form.Item>
            <Form.Item name="issuedAt" label="发文日期" rules={[{ required: true, message: '请填写发文日期' }]}>
              <Input type="date" data-testid="document-issued-at" style={{ width: 200 }} />
            </Form.Item>
            <Form.Item name="kind" label="类别" rules={[{ required: true, message: '请选择类别' }]}>
              <Select
                data-testid="document-kind"
                showSearch={{ optionFilterProp: 'label' }}
                style={{ width: 240 }}
                options={Object.entries(DOCUMENT_KIND).map(([value, label]) => ({ value, label }))}
              />
            </Form.Item>
            <Form.Item name="year" label="所属年度" extra="计划和总结所属的年度；不填则为发文年度">
              <InputNumber data-testid="document-year" min={1949} max={2100} style={{ width: 120 }} />
            </Form.Item>
            <Form.Item name="recipients" label="抄送/送阅">
              <Select data-testid="document-recipients" mode="multiple" showSearch options={[...names(data?.counterparts), ...bodies]} />
            </Form.Item>
            <Form.Item name="dataset" label="数据集" extra="不填则记入 graphql 数据集">
              <Input data-testid="entry-dataset" style={{ width: 240 }} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={saving} data-testid="document-submit">
              记录
            </Button>
          </Form>
        </Card>
      </QueryState>
    </>
  );
}
