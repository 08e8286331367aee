import { App, Button, Card, Collapse, Form, Input, List, Modal, Space, Typography } from 'antd';
import { useMutation, useQuery, type OperationResult } from 'urql';
import { graphql } from '../../gql';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { formatDateTime } from '../../ui/format';
import { rules } from '../../ui/rules';
import { useApiForm } from '../../ui/useApiForm';

const INVITATIONS = graphql(`query MyGuardianInvitations { myElderGuardianInvitations { id elderName invitedBy createdAt expiresAt } }`);
const ACCEPT = graphql(`mutation AcceptGuardianInvitation($invitationId: ID!) { acceptElderGuardianInvitation(invitationId: $invitationId) { id fullName } }`);
const ADD = graphql(`mutation InviteGuardian($elderId: ID!, $phone: String!) { addElderGuardian(elderId: $elderId, phone: $phone) { id guardians { userId displayName since } } }`);
const REMOVE = graphql(`mutation RemoveGuardian($elderId: ID!, $phone: String!) { removeElderGuardian(elderId: $elderId, phone: $phone) { id guardians { userId displayName since } } }`);

/** Invitations to become a co-guardian (共同监护人) of an elder, sent to my phone: accept to see and act for the elder. */
export function GuardianInvitations({ onAccepted }: { onAccepted: () => void }) {
  const { message } = App.useApp();
  const [{ data }, refetch] = useQuery({ query: INVITATIONS, requestPolicy: 'network-only' });
  const [{ error, fetching }, accept] = useMutation(ACCEPT);
  const invitations = data?.myElderGuardianInvitations ?? [];
  if (!invitations.length) return null;
  return (
    <Card title="监护人邀请" data-testid="guardian-invitations">
      <ApiErrorAlert error={error} />
      <List
        dataSource={invitations}
        renderItem={(i) => (
          <List.Item key={i.id} actions={[
            <Button key="accept" type="primary" loading={fetching} onClick={async () => {
              const result = await accept({ invitationId: i.id });
              if (!result.error) {
                message.success(`您已成为 ${result.data?.acceptElderGuardianInvitation.fullName} 的监护人`);
                refetch({ requestPolicy: 'network-only' });
                onAccepted();
              }
            }}>接受邀请</Button>,
          ]}>
            {i.invitedBy} 邀请您一起照看老人 {i.elderName}（{formatDateTime(i.createdAt)} 发出，{formatDateTime(i.expiresAt)} 前有效）
          </List.Item>
        )}
      />
    </Card>
  );
}

/** What each person sees of an elder (docs/elder-privacy.md), in plain words. */
export function VisibilityExplained() {
  return (
    <Collapse
      size="small"
      items={[{
        key: 'who',
        label: '谁能看到老人的信息？',
        children: (
          <ul style={{ paddingLeft: 20, margin: 0 }}>
            <li><strong>完整信息</strong>：监护人（您和您邀请的家人）；为老人提供服务的机构工作人员（预约过上门、床位或候床）；被派到老人上门服务的护理员；老人所在地的民政工作人员。</li>
            <li><strong>概况</strong>：其他地区负责监管服务机构的民政人员和平台管理员，只能看到姓氏（如“王**”）、五岁年龄段、性别、所在区县和能力等级，看不到姓名、身份证、地址、电话、补贴和评估细节。</li>
            <li><strong>看不到</strong>：其他任何人，包括同一机构中没有为老人服务过的护理员。</li>
            <li>身份证号只对监护人显示后4位，对其他人完全隐藏。健康和照护记录只对监护人和提供服务的机构可见。</li>
          </ul>
        ),
      }]}
    />
  );
}

/** The elder's guardians: invite a family member by phone (they accept), remove one by phone; never the last one. */
export function GuardiansModal({ elder, onClose }: { elder: { id: string; fullName: string; guardians?: Array<{ userId: string; displayName: string; since: string }> | null }; onClose: () => void }) {
  const [, add] = useMutation(ADD);
  const [, remove] = useMutation(REMOVE);
  return (
    <Modal open title={`${elder.fullName} 的监护人`} footer={<Button onClick={onClose}>关闭</Button>} onCancel={onClose}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <List size="small" bordered dataSource={elder.guardians ?? []}
          renderItem={(g) => <List.Item key={g.userId}>{g.displayName}<Typography.Text type="secondary">（{formatDateTime(g.since)} 起）</Typography.Text></List.Item>} />
        <Typography.Title level={5}>邀请家人一起照看</Typography.Title>
        <Typography.Paragraph type="secondary">填写对方注册用的手机号。对方登录后在“我的老人”页接受邀请（14天内有效），之后和您一样能查看和预约。</Typography.Paragraph>
        <PhoneAction label="邀请手机号" button="发送邀请" done="邀请已发出" call={(phone) => add({ elderId: elder.id, phone })} />
        <Typography.Title level={5}>移除监护人</Typography.Title>
        <PhoneAction label="移除手机号" button="移除" done="已移除" danger call={(phone) => remove({ elderId: elder.id, phone })} />
        <VisibilityExplained />
      </Space>
    </Modal>
  );
}

/** One phone number and one action on it (invite, remove), with the API's refusal beside the field or above it. */
function PhoneAction({ label, button, done, danger, call }: { label: string; button: string; done: string; danger?: boolean; call: (phone: string) => Promise<OperationResult<unknown>> }) {
  const { message } = App.useApp();
  const { form, problem, unplaced, busy, submit } = useApiForm<{ phone: string }>('');
  return (
    <>
      <ApiErrorAlert problem={problem} unplaced={unplaced} />
      <Form form={form} layout="inline" onFinish={async ({ phone }) => {
        if (await submit(() => call(phone))) {
          message.success(done);
          form.resetFields();
        }
      }}>
        <Form.Item name="phone" label="手机号" rules={rules.phone}><Input aria-label={label} inputMode="numeric" maxLength={11} /></Form.Item>
        <Button type={danger ? 'default' : 'primary'} danger={danger} htmlType="submit" loading={busy}>{button}</Button>
      </Form>
    </>
  );
}
