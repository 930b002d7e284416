import { Button, Card, Form, Input, InputNumber, Radio, Select, Typography } from 'antd';
import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { graphqlRequest } from '../api/graphql-request.ts';
import { useQuery } from '../api/use-query.ts';
import { paths } from '../app/links.ts';
import { QueryState } from '../app/query-state.tsx';
import { ScopeBar } from '../app/scope-bar.tsx';
import { useScope } from '../app/use-scope.ts';
import {
  EndLiaisonDocument,
  EntryChoicesDocument,
  type LiaisonKind,
  LiaisonSourcesDocument,
  StateLiaisonDocument,
} from '../generated/graphql.ts';
import { LIAISON_KIND } from '../labels.ts';
import { allows } from '../session/session.ts';
import { useSession } from '../session/session-context.tsx';
import { EntryOutcome } from './entry-outcome.tsx';
import { EditorRequired, refusalByField, useEntryWrite } from './use-entry-write.tsx';

interface LiaisonForm {
  action: 'state' | 'end';
  from: string;
  counterpart: string;
  kind: LiaisonKind;
  sourceDocument?: string;
  sourceLine?: number;
  sourceText?: string;
  validFrom?: string;
  validTo?: string;
}

const names = (list: Array<{ name: string }> | undefined) => (list ?? []).map(({ name }) => ({ value: name, label: name }));
const blankToNull = (text: string | undefined) => (text?.trim() ? text.trim() : null);

/**
 * 录入联系 (editors): states a leader's or department's liaison with a counterpart, or corrects the
 * one of the same pair, kind and document (`stateLiaison`), naming the document and line that state
 * it as the notice's liaisons do; or ends the liaisons in force on a day (`endLiaison`). Opened with
 * `?counterpart=…` (from an R9 gap) or `?from=…` the end is chosen already.
 */
export default function RecordLiaisonPage() {
  const session = useSession();
  const scope = useScope();
  const [params] = useSearchParams();
  const jurisdiction = scope.jurisdiction ?? '';
  const editor = allows(session, 'editor');
  const skip = { skip: scope.jurisdiction === undefined || !editor };
  const choices = useQuery(EntryChoicesDocument, { jurisdiction }, skip);
  const sources = useQuery(LiaisonSourcesDocument, { jurisdiction }, skip);
  const { errors, failure, saved, saving, send } = useEntryWrite();
  const [form] = Form.useForm<LiaisonForm>();
  const action = Form.useWatch('action', form) ?? 'state';
  const from = params.get('from') ?? undefined;
  const counterpart = params.get('counterpart') ?? undefined;

  useEffect(() => {
    form.setFieldsValue({ ...(from === undefined ? {} : { from }), ...(counterpart === undefined ? {} : { counterpart }) });
  }, [from, counterpart, form]);

  if (!editor) return <EditorRequired what="录入联系" />;

  const submit = (values: LiaisonForm) => {
    const ends = { jurisdiction, from: values.from, counterpart: values.counterpart, kind: values.kind };
    const pair = `${values.from}—${values.counterpart} ${LIAISON_KIND[values.kind]}`;
    if (values.action === 'end')
      return send(
        () =>
          refusalByField(
            () =>
              graphqlRequest(
                EndLiaisonDocument,
                { ending: { ...ends, validTo: values.validTo ?? '', sourceDocument: blankToNull(values.sourceDocument) } },
                session.token,
              ),
            'liaison',
          ),
        `${pair} 于 ${values.validTo} 终止`,
      );
    return send(
      () =>
        refusalByField(
          () =>
            graphqlRequest(
              StateLiaisonDocument,
              {
                liaison: {
                  ...ends,
                  sourceDocument: values.sourceDocument ?? '',
                  sourceLine: values.sourceLine ?? 0,
                  sourceText: blankToNull(values.sourceText),
                  validFrom: blankToNull(values.validFrom),
                },
              },
              session.token,
            ),
          'liaison',
        ),
      `${pair}（${values.sourceDocument} 第 ${values.sourceLine} 行）`,
    );
  };
  const data = choices.data;
  const documents = (sources.data?.jurisdictions[0]?.documents ?? []).map((document) => ({
    value: document.number,
    label: `${document.number} ${document.title ?? ''}${document.liaisonCount > 0 ? `（载有 ${document.liaisonCount} 条联系）` : ''}`,
  }));
  return (
    <>
      <Typography.Title level={3}>录入联系</Typography.Title>
      <ScopeBar scope={scope} />
      <QueryState loading={choices.loading || sources.loading} error={choices.error ?? sources.error}>
        <Card style={{ maxWidth: 860 }}>
          <EntryOutcome saved={saved} failure={failure} errors={errors} reviewLink={paths.review(scope.search)} />
          <Form<LiaisonForm>
            form={form}
            layout="vertical"
            initialValues={{ action: 'state', kind: 'FORMAL' }}
            onFinish={(values) => void submit(values)}
          >
            <Form.Item name="action" label="操作">
              <Radio.Group
                data-testid="liaison-action"
                optionType="button"
                options={[
                  { value: 'state', label: '确认或更正联系' },
                  { value: 'end', label: '终止联系' },
                ]}
              />
            </Form.Item>
            <Form.Item name="from" label="市政府领导或部门" rules={[{ required: true, message: '请选择领导或部门' }]}>
              <Select
                data-testid="liaison-from"
                showSearch
                style={{ width: 320 }}
                options={[
                  { label: '市政府领导', options: names(data?.leaders) },
                  { label: '部门', options: names(data?.departments) },
                ]}
              />
            </Form.Item>
            <Form.Item name="counterpart" label="党派团体" rules={[{ required: true, message: '请选择党派团体' }]}>
              <Select data-testid="liaison-counterpart" showSearch style={{ width: 320 }} options={names(data?.counterparts)} />
            </Form.Item>
            <Form.Item name="kind" label="联系类型" rules={[{ required: true, message: '请选择联系类型' }]}>
              <Select
                data-testid="liaison-kind"
                style={{ width: 240 }}
                options={Object.entries(LIAISON_KIND).map(([value, label]) => ({ value, label }))}
              />
            </Form.Item>
            <Form.Item
              name="sourceDocument"
              label="来源文件"
              extra={action === 'end' ? '只终止该文件所述的联系；不填则终止两者之间该类型的全部联系' : '载明这一联系的文件（须已在图谱中）'}
              rules={action === 'end' ? [] : [{ required: true, message: '请选择来源文件' }]}
            >
              <Select
                data-testid="liaison-document"
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                style={{ width: '100%' }}
                options={documents}
              />
            </Form.Item>
            {action === 'end' ? (
              <Form.Item name="validTo" label="终止日期" rules={[{ required: true, message: '请填写终止日期' }]} extra="联系有效的最后一天">
                <Input type="date" data-testid="liaison-valid-to" style={{ width: 200 }} />
              </Form.Item>
            ) : (
              <>
                <Form.Item
                  name="sourceLine"
                  label="行号"
                  rules={[{ required: true, message: '请填写行号' }]}
                  extra="文件正文中载明联系的行（从 1 起）"
                >
                  <InputNumber data-testid="liaison-line" min={1} precision={0} style={{ width: 160 }} />
                </Form.Item>
                <Form.Item name="sourceText" label="原文" extra="该行的文字">
                  <Input.TextArea data-testid="liaison-text" autoSize={{ minRows: 1, maxRows: 4 }} />
                </Form.Item>
                <Form.Item name="validFrom" label="起始日期" extra="不填则为文件的发文日期">
                  <Input type="date" data-testid="liaison-valid-from" style={{ width: 200 }} />
                </Form.Item>
              </>
            )}
            <Button type="primary" htmlType="submit" loading={saving} data-testid="liaison-submit">
              {action === 'end' ? '终止' : '记录'}
            </Button>
          </Form>
        </Card>
      </QueryState>
    </>
  );
}
