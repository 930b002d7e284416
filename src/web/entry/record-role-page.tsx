import { Button, Card, Form, Input, Select, Typography } from 'antd';
import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { graphqlRequest } from '../api/graphql-request.ts';
import { useQuery } from '../api/use-query.ts';
import { paths } from '../app/links.ts';
import { QueryState } from '../app/query-state.tsx';
import { ScopeBar } from '../app/scope-bar.tsx';
import { useScope } from '../app/use-scope.ts';
import { EntryChoicesDocument, RecordPersonRoleDocument, type RoleKind } from '../generated/graphql.ts';
import { ROLE_KIND } from '../labels.ts';
import { allows } from '../session/session.ts';
import { useSession } from '../session/session-context.tsx';
import { EntryOutcome } from './entry-outcome.tsx';
import { EditorRequired, useEntryWrite } from './use-entry-write.tsx';

interface RoleForm {
  name: string;
  organisation: string;
  role: RoleKind;
  section?: string;
  party?: string;
  from?: string;
  to?: string;
  dataset?: string;
}

const names = (list: Array<{ name: string }> | undefined) => (list ?? []).map(({ name }) => ({ value: name, label: name }));
/** The roles a person holds at a department or a counterpart (a leader's titles come with the notice). */
const PERSON_ROLES = ['HEAD', 'LEADER_IN_CHARGE', 'LIAISON_OFFICER', 'SPECIAL_SUPERVISOR', 'MEMBER'] as const;

/**
 * 录入职务 (editors): a person's role at an organisation for a period, through `recordPersonRole`
 * (heads, leaders in charge with their section, liaison officers, special supervisors with their party).
 * Opened with `?organisation=…` (from an R4–R6 gap) the organisation is chosen already.
 */
export default function RecordRolePage() {
  const session = useSession();
  const scope = useScope();
  const [params] = useSearchParams();
  const organisation = params.get('organisation') ?? undefined;
  const jurisdiction = scope.jurisdiction ?? '';
  const editor = allows(session, 'editor');
  const choices = useQuery(EntryChoicesDocument, { jurisdiction }, { skip: scope.jurisdiction === undefined || !editor });
  const { errors, failure, saved, saving, send } = useEntryWrite();
  const [form] = Form.useForm<RoleForm>();

  useEffect(() => {
    if (organisation !== undefined) form.setFieldsValue({ organisation });
  }, [organisation, form]);

  if (!editor) return <EditorRequired what="录入职务" />;

  const submit = ({ dataset, ...person }: RoleForm) =>
    send(
      async () =>
        (
          await graphqlRequest(
            RecordPersonRoleDocument,
            { person, target: { jurisdiction, dataset: dataset?.trim() || null } },
            session.token,
          )
        ).recordPersonRole,
      `${person.organisation} ${ROLE_KIND[person.role]} ${person.name}`,
    );
  const data = choices.data;
  return (
    <>
      <Typography.Title level={3}>录入职务</Typography.Title>
      <ScopeBar scope={scope} />
      <QueryState loading={choices.loading} error={choices.error}>
        <Card style={{ maxWidth: 860 }}>
          <EntryOutcome saved={saved} failure={failure} errors={errors} reviewLink={paths.review(scope.search)} />
          <Form<RoleForm> form={form} layout="vertical" onFinish={(values) => void submit(values)}>
            <Form.Item name="name" label="姓名" rules={[{ required: true, message: '请填写姓名' }]}>
              <Input data-testid="role-name" style={{ width: 240 }} />
            </Form.Item>
            <Form.Item name="organisation" label="单位" rules={[{ required: true, message: '请选择单位' }]}>
              <Select
                data-testid="role-organisation"
                showSearch
                style={{ width: 320 }}
                options={[...names(data?.departments), ...names(data?.counterparts), ...names(data?.offices)]}
              />
            </Form.Item>
            <Form.Item name="role" label="职务" rules={[{ required: true, message: '请选择职务' }]}>
              <Select
                data-testid="role-kind"
                showSearch={{ optionFilterProp: 'label' }}
                style={{ width: 240 }}
                options={PERSON_ROLES.map((value) => ({ value, label: ROLE_KIND[value] }))}
              />
            </Form.Item>
            <Form.Item name="section" label="责任科室" extra="分管领导或联络人员所在的科室">
              <Input data-testid="role-section" style={{ width: 240 }} />
            </Form.Item>
            <Form.Item name="party" label="所属党派" extra="特约监督员、成员所属的党派团体">
              <Select data-testid="role-party" allowClear showSearch style={{ width: 320 }} options={names(data?.counterparts)} />
            </Form.Item>
            <Form.Item name="from" label="起始日期">
              <Input type="date" data-testid="role-from" style={{ width: 200 }} />
            </Form.Item>
            <Form.Item name="to" label="终止日期" extra="仍在任则不填">
              <Input type="date" data-testid="role-to" style={{ width: 200 }} />
            </Form.Item>
            <Form.Item name="dataset" label="数据集" extra="不填则记入 graphql 数据集">
              <Input data-testid="entry-dataset" style={{ width: 240 }} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={saving} data-testid="role-submit">
              记录
            </Button>
          </Form>
        </Card>
      </QueryState>
    </>
  );
}
