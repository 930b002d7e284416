import { Button, Card, Form, Input, Select, Typography } from 'antd';
import { graphqlRequest } from '../api/graphql-request.ts';
import { useQuery } from '../api/use-query.ts';
import { paths } from '../app/links.ts';
import { QueryState } from '../app/query-state.tsx';
import { ScopeBar } from '../app/scope-bar.tsx';
import { useScope } from '../app/use-scope.ts';
import { type ActivityKind, EntryChoicesDocument, RecordActivityDocument } from '../generated/graphql.ts';
import { ACTIVITY_KIND } from '../labels.ts';
import { allows } from '../session/session.ts';
import { useSession } from '../session/session-context.tsx';
import { EntryOutcome } from './entry-outcome.tsx';
import { EditorRequired, useEntryWrite } from './use-entry-write.tsx';

interface ActivityForm {
  id?: string;
  date: string;
  kind: ActivityKind;
  title: string;
  organiser: string[];
  chair?: string[];
  counterparts?: string[];
  participants?: string[];
  dataset?: string;
}

const names = (list: Array<{ name: string }> | undefined) => (list ?? []).map(({ name }) => ({ value: name, label: name }));

/**
 * 录入活动 (editors): records an activity through the `recordActivity` mutation, which validates it
 * as the records import does; its errors come back naming the field, and nothing is written then.
 */
export default function RecordActivityPage() {
  const session = useSession();
  const scope = useScope();
  const jurisdiction = scope.jurisdiction ?? '';
  const choices = useQuery(
    EntryChoicesDocument,
    { jurisdiction },
    { skip: scope.jurisdiction === undefined || !allows(session, 'editor') },
  );
  const { errors, failure, saved, saving, send } = useEntryWrite();
  const [form] = Form.useForm<ActivityForm>();
  if (!allows(session, 'editor')) return <EditorRequired what="录入活动" />;

  const submit = ({ dataset, ...activity }: ActivityForm) =>
    send(
      async () =>
        (
          await graphqlRequest(
            RecordActivityDocument,
            { activity: { ...activity, id: activity.id?.trim() || null }, target: { jurisdiction, dataset: dataset?.trim() || null } },
            session.token,
          )
        ).recordActivity,
      activity.title,
      () => form.resetFields(),
    );
  const data = choices.data;
  return (
    <>
      <Typography.Title level={3}>录入活动</Typography.Title>
      <ScopeBar scope={scope} />
      <QueryState loading={choices.loading} error={choices.error}>
        <Card style={{ maxWidth: 860 }}>
          <EntryOutcome saved={saved} failure={failure} errors={errors} reviewLink={paths.review(scope.search)} />
          <Form<ActivityForm> form={form} layout="vertical" onFinish={(values) => void submit(values)}>
            <Form.Item name="date" label="日期" rules={[{ required: true, message: '请填写日期' }]}>
              <Input type="date" data-testid="entry-date" style={{ width: 200 }} />
            </Form.Item>
            <Form.Item name="kind" label="类型" rules={[{ required: true, message: '请选择类型' }]}>
              <Select
                data-testid="entry-kind"
                showSearch={{ optionFilterProp: 'label' }}
                style={{ width: 240 }}
                options={Object.entries(ACTIVITY_KIND).map(([value, label]) => ({ value, label }))}
              />
            </Form.Item>
            <Form.Item name="title" label="名称" rules={[{ required: true, message: '请填写名称' }]}>
              <Input data-testid="entry-title" />
            </Form.Item>
            <Form.Item name="organiser" label="主办单位" rules={[{ required: true, message: '请选择主办单位' }]}>
              <Select
                data-testid="entry-organiser"
                mode="multiple"
                showSearch
                options={[...names(data?.offices), ...names(data?.departments)]}
              />
            </Form.Item>
            <Form.Item name="chair" label="主持人">
              <Select data-testid="entry-chair" mode="multiple" showSearch options={names(data?.leaders)} />
            </Form.Item>
            <Form.Item name="counterparts" label="参加党派团体">
              <Select data-testid="entry-counterparts" mode="multiple" showSearch options={names(data?.counterparts)} />
            </Form.Item>
            <Form.Item name="participants" label="参加人员" extra="输入姓名后回车；须是已记录的人员">
              <Select data-testid="entry-participants" mode="tags" open={false} />
            </Form.Item>
            <Form.Item name="id" label="编号" extra="填写已有编号则更正该活动">
              <Input data-testid="entry-id" style={{ width: 240 }} />
            </Form.Item>
            <Form.Item name="dataset" label="数据集" extra="不填则记入 graphql 数据集">
              <Input data-testid="entry-dataset" style={{ width: 240 }} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={saving} data-testid="entry-submit">
              记录
            </Button>
          </Form>
        </Card>
      </QueryState>
    </>
  );
}
