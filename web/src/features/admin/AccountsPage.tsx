import { Alert, Button, Card, Form, Input, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { Role } from '../../gql/graphql';
import { useUser } from '../../app/auth';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { options, ROLE } from '../../ui/labels';
import { rules } from '../../ui/rules';
import { useApiForm } from '../../ui/useApiForm';

const CREATE_USER = graphql(`
  mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { id displayName role providerId regionScope } }
`);

interface Values {
  phone: string;
  password: string;
  displayName: string;
  role: Role;
  providerId?: string;
  regionScope?: string;
}

/**
 * Accounts (账号管理): an admin creates any account; an officer creates staff and caregivers of providers in scope.
 * The API has no account list yet, so this page creates accounts only.
 */
export default function AccountsPage() {
  const user = useUser();
  const [, create] = useMutation(CREATE_USER);
  const { form, problem, unplaced, busy, submit } = useApiForm<Values>('input');
  const [created, setCreated] = useState<string | null>(null);
  const role = Form.useWatch('role', form);
  const roles = user.role === 'ADMIN' ? options(ROLE) : options(ROLE).filter((r) => r.value === 'PROVIDER_STAFF' || r.value === 'CAREGIVER');
  const onFinish = async (v: Values) => {
    setCreated(null);
    const data = await submit(() => create({ input: { ...v, providerId: v.providerId || undefined, regionScope: v.regionScope || undefined } }));
    if (data) {
      setCreated(`已创建 ${ROLE[data.createUser.role]} 账号：${data.createUser.displayName}`);
      form.resetFields();
    }
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="large">
      <Typography.Title level={2} style={{ margin: 0 }}>账号管理</Typography.Title>
      <Card title="创建账号" style={{ maxWidth: 560 }}>
        {created && <Alert type="success" showIcon title={created} style={{ marginBottom: 16 }} />}
        <ApiErrorAlert problem={problem} unplaced={unplaced} />
        <Form form={form} layout="vertical" onFinish={onFinish} initialValues={{ role: roles[0].value }}>
          <Form.Item name="role" label="角色" rules={[{ required: true }]}><Select options={roles} /></Form.Item>
          <Form.Item name="displayName" label="姓名" rules={rules.displayName}><Input /></Form.Item>
          <Form.Item name="phone" label="手机号" rules={rules.phone}><Input inputMode="numeric" maxLength={11} /></Form.Item>
          <Form.Item name="password" label="初始密码" rules={rules.password}><Input.Password autoComplete="new-password" /></Form.Item>
          {(role === 'PROVIDER_STAFF' || role === 'CAREGIVER') && (
            <Form.Item name="providerId" label="所属机构ID" rules={[{ required: true, message: '机构工作人员和护理员须属于一个机构' }]}><Input /></Form.Item>
          )}
          {role === 'CIVIL_AFFAIRS' && <Form.Item name="regionScope" label="管辖区域代码前缀" rules={rules.regionScope}><Input inputMode="numeric" /></Form.Item>}
          <Button type="primary" htmlType="submit" loading={busy}>创建</Button>
        </Form>
      </Card>
    </Space>
  );
}
