import { Alert, App, Button, Form, Input, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { apiProblem, describeProblem } from '../../api/errors';
import { graphql } from '../../gql';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { formatDateTime } from '../../ui/format';
import { useApiForm } from '../../ui/useApiForm';

const DEVICES = graphql(`query CareElderDevices($elderId: ID!) { elderDevices(elderId: $elderId) { id label createdAt revokedAt } }`);
const CREATE = graphql(`
  mutation CareCreateDevice($elderId: ID!, $label: String!) { createDeviceAccount(elderId: $elderId, label: $label) { loginId secret device { id label } } }
`);
const REVOKE = graphql(`mutation CareRevokeDevice($id: ID!) { revokeDeviceAccount(id: $id) { id revokedAt } }`);

/** The elder's help buttons and watches (DEVICE accounts): create one (its credential shown once), revoke. */
export function DevicesPanel({ elderId }: { elderId: string }) {
  const { message } = App.useApp();
  const [{ data, error }, refetch] = useQuery({ query: DEVICES, variables: { elderId }, requestPolicy: 'network-only' });
  const refresh = () => refetch({ requestPolicy: 'network-only' });
  const [, create] = useMutation(CREATE);
  const [, revoke] = useMutation(REVOKE);
  const { form, problem, unplaced, busy, submit } = useApiForm<{ label: string }>('');
  const [credential, setCredential] = useState<{ label: string; loginId: string; secret: string } | null>(null);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <ApiErrorAlert error={error} problem={problem} unplaced={unplaced} />
      <Form form={form} layout="inline" onFinish={async (v) => {
        const made = await submit(() => create({ elderId, label: v.label }));
        if (made) {
          const c = made.createDeviceAccount;
          setCredential({ label: c.device.label, loginId: c.loginId, secret: c.secret });
          form.resetFields();
          refresh();
        }
      }}>
        <Form.Item name="label" label="设备名称" rules={[{ required: true, whitespace: true, message: '请填写设备名称' }, { max: 100 }]}>
          <Input placeholder="如 卧室紧急按钮" style={{ width: 200 }} />
        </Form.Item>
        <Form.Item><Button type="primary" htmlType="submit" loading={busy}>添加设备</Button></Form.Item>
      </Form>
      {credential && (
        <Alert type="warning" showIcon data-testid="device-credential" title={`${credential.label} 的登录凭据只显示这一次，请立即配置到设备上`}
          description={<Typography.Text copyable>{`登录号 ${credential.loginId}，密钥 ${credential.secret}`}</Typography.Text>} closable onClose={() => setCredential(null)} />
      )}
      <Table rowKey="id" size="small" pagination={false} dataSource={data?.elderDevices ?? []} locale={{ emptyText: '尚无设备' }}
        columns={[
          { title: '设备', dataIndex: 'label' },
          { title: '添加时间', render: (_, d) => formatDateTime(d.createdAt) },
          {
            title: '状态',
            render: (_, d) =>
              d.revokedAt ? <Tag>已停用 {formatDateTime(d.revokedAt)}</Tag> : (
                <Space><Tag color="green">使用中</Tag>
                  <Button size="small" danger onClick={async () => {
                    const p = apiProblem((await revoke({ id: d.id })).error);
                    if (p) message.error(describeProblem(p));
                    else message.success(`${d.label} 已停用`);
                    refresh();
                  }}>停用</Button>
                </Space>
              ),
          },
        ]} />
    </Space>
  );
}
