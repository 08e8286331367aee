import { Alert, Button, Card, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { graphql } from '../../gql';
import type { AdminUsersQuery, Role } from '../../gql/graphql';
import { useUser } from '../../app/auth';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { formatDateTime } from '../../ui/format';
import { options, ROLE } from '../../ui/labels';
import { rules } from '../../ui/rules';
import { useApiForm } from '../../ui/useApiForm';

const CREATE_USER = graphql(`
  mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { id displayName role providerId regionScope } }
`);
const USERS = graphql(`
  query AdminUsers($filter: UserFilter, $after: String) {
    users(filter: $filter, first: 20, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      nodes { id displayName phone role providerId regionScope disabledAt createdAt }
    }
  }
`);
const CHANGE_ROLE = graphql(`
  mutation ChangeUserRole($userId: ID!, $input: ChangeUserRoleInput!) { changeUserRole(userId: $userId, input: $input) { id role providerId regionScope } }
`);
const DISABLE = graphql(`mutation DisableUser($userId: ID!, $reason: String!) { disableUser(userId: $userId, reason: $reason) { id disabledAt } }`);
const ENABLE = graphql(`mutation EnableUser($userId: ID!) { enableUser(userId: $userId) { id disabledAt } }`);
const RESET = graphql(`mutation ResetPassword($userId: ID!, $newPassword: String!) { resetPassword(userId: $userId, newPassword: $newPassword) { id } }`);

type Account = AdminUsersQuery['users']['nodes'][number];

interface Values {
  phone: string;
  password: string;
  displayName: string;
  role: Role;
  providerId?: string;
  regionScope?: string;
}

/** Roles an account may be created with or changed to (a device account is created by its elder's guardian or staff). */
const PERSON_ROLES = options(ROLE).filter((r) => r.value !== 'DEVICE');

const boundToProvider = (role?: Role) => role === 'PROVIDER_STAFF' || role === 'CAREGIVER';

/** The binding fields a role needs, as the API checks them (provider for staff and caregivers, scope for officers). */
function BindingFields({ role }: { role?: Role }) {
  return (
    <>
      {boundToProvider(role) && (
        <Form.Item name="providerId" label="所属机构ID" rules={[{ required: true, message: '机构工作人员和护理员须属于一个机构' }]}><Input /></Form.Item>
      )}
      {role === 'CIVIL_AFFAIRS' && <Form.Item name="regionScope" label="管辖区域代码前缀" rules={rules.regionScope}><Input inputMode="numeric" /></Form.Item>}
    </>
  );
}

/**
 * Accounts (账号管理): an admin lists, filters and manages every account (role, disable/enable, password) and creates
 * any account; an officer creates staff and caregivers of providers in scope (the API lists accounts to admins only).
 */
export default function AccountsPage() {
  const user = useUser();
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="large">
      <Typography.Title level={2} style={{ margin: 0 }}>{user.role === 'ADMIN' ? '账号管理' : '机构账号'}</Typography.Title>
      {user.role === 'ADMIN' && <AccountList selfId={user.id} />}
      <CreateAccount />
    </Space>
  );
}

function AccountList({ selfId }: { selfId: string }) {
  const [role, setRole] = useState<Role | undefined>();
  const [phone, setPhone] = useState('');
  const [disabled, setDisabled] = useState<boolean | undefined>();
  const [after, setAfter] = useState<string | null>(null);
  const [acting, setActing] = useState<{ account: Account; action: 'role' | 'disable' | 'password' } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [phoneError, setPhoneError] = useState<string | null>(null);
  const [{ data, error, fetching }, refetch] = useQuery({
    query: USERS,
    variables: { filter: { role, phoneContains: phone || undefined, disabled }, after },
  });
  const [, enable] = useMutation(ENABLE);
  const [enableError, setEnableError] = useState<CombinedError | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const filterChanged = () => { setAfter(null); setDone(null); };
  return (
    <Card title="账号列表">
      <Space wrap style={{ marginBottom: 12 }}>
        角色：<Select allowClear style={{ width: 160 }} value={role} onChange={(v) => { filterChanged(); setRole(v); }} options={options(ROLE)} aria-label="按角色筛选" placeholder="全部" />
        状态：<Select allowClear style={{ width: 120 }} value={disabled === undefined ? undefined : String(disabled)} aria-label="按状态筛选" placeholder="全部"
          onChange={(v) => { filterChanged(); setDisabled(v === undefined ? undefined : v === 'true'); }} options={[{ value: 'false', label: '正常' }, { value: 'true', label: '已停用' }]} />
        <Input.Search allowClear style={{ width: 220 }} placeholder="手机号（部分数字即可）" aria-label="按手机号查找" inputMode="numeric" maxLength={11}
          onSearch={(v) => {
            const digits = v.trim();
            if (digits && !/^\d{1,11}$/.test(digits)) { setPhoneError('手机号只能是数字，最多11位'); return; }
            setPhoneError(null); filterChanged(); setPhone(digits);
          }} />
      </Space>
      {phoneError && <Alert type="error" showIcon title={phoneError} style={{ marginBottom: 12 }} />}
      {done && <Alert type="success" showIcon title={done} style={{ marginBottom: 12 }} />}
      <ApiErrorAlert error={error ?? enableError} />
      <Table rowKey="id" size="small" loading={fetching} pagination={false} dataSource={data?.users.nodes ?? []} scroll={{ x: true }}
        columns={[
          { title: '姓名', dataIndex: 'displayName' },
          { title: '手机号', dataIndex: 'phone' },
          { title: '角色', dataIndex: 'role', render: (r: string) => ROLE[r] },
          { title: '机构/管辖区域', render: (_, a) => a.providerId ?? a.regionScope ?? '—' },
          { title: '状态', render: (_, a) => (a.disabledAt ? <Tag color="red">已停用（{formatDateTime(a.disabledAt)}）</Tag> : <Tag color="green">正常</Tag>) },
          { title: '创建时间', dataIndex: 'createdAt', render: formatDateTime },
          {
            title: '操作',
            render: (_, a) => (a.id === selfId ? <Typography.Text type="secondary">本人账号</Typography.Text> : (
              <Space wrap>
                {a.role !== 'DEVICE' && <Button size="small" onClick={() => setActing({ account: a, action: 'role' })}>改角色</Button>}
                {a.disabledAt
                  ? <Button size="small" onClick={async () => {
                    const r = await enable({ userId: a.id });
                    setEnableError(r.error ?? null);
                    if (!r.error) { setDone(`已启用 ${a.displayName}`); reload(); }
                  }}>启用</Button>
                  : <Button size="small" danger onClick={() => setActing({ account: a, action: 'disable' })}>停用</Button>}
                <Button size="small" onClick={() => setActing({ account: a, action: 'password' })}>重置密码</Button>
              </Space>
            )),
          },
        ]} />
      <Space style={{ marginTop: 12 }}>
        {after && <Button onClick={() => setAfter(null)}>第一页</Button>}
        {data?.users.pageInfo.hasNextPage && <Button onClick={() => setAfter(data.users.pageInfo.endCursor ?? null)}>下一页</Button>}
        <span>共 {data?.users.totalCount ?? 0} 个账号</span>
      </Space>
      {acting && (
        <AccountActionModal {...acting} onClose={(message) => { setActing(null); if (message) { setDone(message); reload(); } }} />
      )}
    </Card>
  );
}

function AccountActionModal({ account, action, onClose }: { account: Account; action: 'role' | 'disable' | 'password'; onClose: (done: string | null) => void }) {
  const argument = action === 'role' ? 'input' : '';
  const { form, problem, unplaced, busy, submit } = useApiForm<Record<string, string>>(argument);
  const [, changeRole] = useMutation(CHANGE_ROLE);
  const [, disable] = useMutation(DISABLE);
  const [, reset] = useMutation(RESET);
  const role = Form.useWatch('role', form) as Role | undefined;
  const title = { role: `修改角色：${account.displayName}`, disable: `停用账号：${account.displayName}`, password: `重置密码：${account.displayName}` }[action];
  const onFinish = async (v: Record<string, string>) => {
    if (action === 'role') {
      const data = await submit(() => changeRole({ userId: account.id, input: { role: v.role as Role, providerId: v.providerId || undefined, regionScope: v.regionScope || undefined } }));
      if (data) onClose(`已将 ${account.displayName} 改为${ROLE[data.changeUserRole.role]}，其登录已失效`);
    } else if (action === 'disable') {
      const data = await submit(() => disable({ userId: account.id, reason: v.reason }));
      if (data) onClose(`已停用 ${account.displayName}：不能再登录，已登录的设备立即退出`);
    } else {
      const data = await submit(() => reset({ userId: account.id, newPassword: v.newPassword }));
      if (data) onClose(`已为 ${account.displayName} 设置新密码，其登录已失效`);
    }
  };
  return (
    <Modal open title={title} okText="确定" okButtonProps={{ danger: action === 'disable' }} confirmLoading={busy} onOk={() => form.submit()} onCancel={() => onClose(null)}>
      <ApiErrorAlert problem={problem} unplaced={unplaced} />
      <Form form={form} layout="vertical" onFinish={onFinish}
        initialValues={action === 'role' ? { role: account.role, providerId: account.providerId ?? undefined, regionScope: account.regionScope ?? undefined } : {}}>
        {action === 'role' && (
          <>
            <Form.Item name="role" label="新角色" rules={[{ required: true }]}><Select options={PERSON_ROLES} /></Form.Item>
            <BindingFields role={role} />
          </>
        )}
        {action === 'disable' && (
          <Form.Item name="reason" label="停用原因" rules={[{ required: true, whitespace: true, message: '请填写停用原因' }, { max: 500, message: '最多500个字符' }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        )}
        {action === 'password' && (
          <Form.Item name="newPassword" label="新密码" rules={rules.password}><Input.Password autoComplete="new-password" /></Form.Item>
        )}
      </Form>
    </Modal>
  );
}

function CreateAccount() {
  const user = useUser();
  const [, create] = useMutation(CREATE_USER);
  const { form, problem, unplaced, busy, submit } = useApiForm<Values>('input');
  const [created, setCreated] = useState<string | null>(null);
  const role = Form.useWatch('role', form);
  const roles = user.role === 'ADMIN' ? PERSON_ROLES : PERSON_ROLES.filter((r) => r.value === 'PROVIDER_STAFF' || r.value === 'CAREGIVER');
  const onFinish = async (v: Values) => {
    setCreated(null);
    const data = await submit(() => create({ input: { ...v, providerId: v.providerId || undefined, regionScope: v.regionScope || undefined } }, { additionalTypenames: ['User'] }));
    if (data) {
      setCreated(`已创建 ${ROLE[data.createUser.role]} 账号：${data.createUser.displayName}`);
      form.resetFields();
    }
  };
  return (
    <Card title="创建账号" style={{ maxWidth: 560 }}>
      {created && <Alert type="success" showIcon title={created} style={{ marginBottom: 16 }} />}
      <ApiErrorAlert problem={problem} unplaced={unplaced} />
      <Form form={form} layout="vertical" onFinish={onFinish} initialValues={{ role: roles[0].value }}>
        <Form.Item name="role" label="角色" rules={[{ required: true }]}><Select options={roles} /></Form.Item>
        <Form.Item name="displayName" label="姓名" rules={rules.displayName}><Input /></Form.Item>
        <Form.Item name="phone" label="手机号" rules={rules.phone}><Input inputMode="numeric" maxLength={11} /></Form.Item>
        <Form.Item name="password" label="初始密码" rules={rules.password}><Input.Password autoComplete="new-password" /></Form.Item>
        <BindingFields role={role} />
        <Button type="primary" htmlType="submit" loading={busy}>创建</Button>
      </Form>
    </Card>
  );
}
