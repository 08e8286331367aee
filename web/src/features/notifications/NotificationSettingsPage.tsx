import { App, Button, Card, Checkbox, Form, Input, Space, Table, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { NotificationChannel, NotificationKind } from '../../gql/graphql';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { NOTIFICATION_KIND } from '../../ui/labels';
import { useApiForm } from '../../ui/useApiForm';

const PREFS = graphql(`
  query MyNotificationPreferences {
    myNotificationPreferences { quietHoursStart quietHoursEnd channels { kind channels } }
  }
`);
const SET_PREFS = graphql(`
  mutation SetNotificationPreferences($input: NotificationPreferencesInput!) {
    setNotificationPreferences(input: $input) { quietHoursStart quietHoursEnd channels { kind channels } }
  }
`);

const CHANNELS: Array<{ value: NotificationChannel; label: string }> = [
  { value: 'SMS', label: '短信' },
  { value: 'WEBHOOK', label: '微信等平台消息' },
];
const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * 通知设置: for each kind of message, which outward channels carry it besides the in-app inbox (always on), and the
 * quiet hours in China time when a non-urgent SMS waits until morning.
 */
export default function NotificationSettingsPage() {
  const { message } = App.useApp();
  const [{ data, error }] = useQuery({ query: PREFS });
  const [, save] = useMutation(SET_PREFS);
  const { form, problem, unplaced, busy, submit } = useApiForm<{ quietHoursStart: string; quietHoursEnd: string }>('input');
  const [channels, setChannels] = useState<Record<string, NotificationChannel[]>>({});
  const kinds = useMemo(() => Object.keys(NOTIFICATION_KIND) as NotificationKind[], []);
  useEffect(() => {
    if (!data) return;
    const p = data.myNotificationPreferences;
    form.setFieldsValue({ quietHoursStart: p.quietHoursStart, quietHoursEnd: p.quietHoursEnd });
    // A kind not listed goes out on every channel.
    const given = Object.fromEntries(p.channels.map((c) => [c.kind, c.channels]));
    setChannels(Object.fromEntries(kinds.map((k) => [k, given[k] ?? CHANNELS.map((c) => c.value)])));
  }, [data, form, kinds]);
  const onFinish = async (v: { quietHoursStart: string; quietHoursEnd: string }) => {
    const input = { quietHoursStart: v.quietHoursStart, quietHoursEnd: v.quietHoursEnd, channels: kinds.map((kind) => ({ kind, channels: channels[kind] ?? [] })) };
    if (await submit(() => save({ input }))) message.success('通知设置已保存');
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="large">
      <Typography.Title level={2} style={{ margin: 0 }}>通知设置</Typography.Title>
      <Typography.Paragraph>站内消息总会收到。下面选择每类消息是否还通过短信、平台消息发送（平台未开通的渠道不会发送）。</Typography.Paragraph>
      <ApiErrorAlert error={error} />
      <ApiErrorAlert problem={problem} unplaced={unplaced} />
      <Card>
        <Form form={form} layout="vertical" onFinish={onFinish}>
          <Space wrap>
            <Form.Item name="quietHoursStart" label="免打扰开始（北京时间）" rules={[{ required: true, message: '请填写' }, { pattern: HHMM, message: '格式为 时:分，如 22:00' }]}>
              <Input aria-label="免打扰开始" placeholder="22:00" style={{ width: 120 }} />
            </Form.Item>
            <Form.Item name="quietHoursEnd" label="免打扰结束（北京时间）" rules={[{ required: true, message: '请填写' }, { pattern: HHMM, message: '格式为 时:分，如 07:00' }]}>
              <Input aria-label="免打扰结束" placeholder="07:00" style={{ width: 120 }} />
            </Form.Item>
          </Space>
          <Typography.Paragraph type="secondary">免打扰时段内的普通短信会等到结束后再发；紧急消息立即发送。开始和结束相同表示不设免打扰。</Typography.Paragraph>
          <Table
            rowKey="kind"
            size="small"
            pagination={false}
            scroll={{ x: true }}
            dataSource={kinds.map((kind) => ({ kind }))}
            columns={[
              { title: '消息', render: (_, r) => NOTIFICATION_KIND[r.kind] },
              {
                title: '站外发送渠道',
                render: (_, r) => (
                  <Checkbox.Group aria-label={`${NOTIFICATION_KIND[r.kind]}的发送渠道`} options={CHANNELS} value={channels[r.kind] ?? []}
                    onChange={(v) => setChannels((c) => ({ ...c, [r.kind]: v as NotificationChannel[] }))} />
                ),
              },
            ]}
          />
          <Button type="primary" htmlType="submit" loading={busy} style={{ marginTop: 16 }}>保存设置</Button>
        </Form>
      </Card>
    </Space>
  );
}
