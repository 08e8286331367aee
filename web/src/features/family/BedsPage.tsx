import { Button, Card, Form, Select, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { BedCategory } from '../../gql/graphql';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { china, formatDateTime, newIdempotencyKey } from '../../ui/format';
import { BED_CATEGORY, options, RESERVATION_STATUS, WAITLIST_STATUS } from '../../ui/labels';
import { useApiForm } from '../../ui/useApiForm';
import { useLive } from '../../ui/useLive';
import { ElderPicker, useSelectedElder } from './ElderPicker';
import { useRefetch } from '../../ui/useRefetch';

const BEDS = graphql(`
  query ElderBeds($elderId: ID!) {
    bedReservations(filter: { elderId: $elderId }, first: 50) {
      nodes { id status category expiresAt admittedAt createdAt provider { id name } }
    }
    elderBedWaitlist(elderId: $elderId) {
      id status category position requestedAt provider { id name }
      offers { id expiresAt outcome reservationId }
    }
  }
`);
const HOMES = graphql(`
  query ResidentialProviders {
    providers(filter: { kinds: [NURSING_HOME] }, first: 100) {
      nodes { id name capacity { category available } }
    }
  }
`);
const WAITLIST_CHANGED = graphql(`subscription ElderWaitlistChanged($elderId: ID!) { bedWaitlistChanged(elderId: $elderId) { id status position } }`);
const RESERVE = graphql(`mutation ReserveBed($input: ReserveBedInput!) { reserveBed(input: $input) { id status expiresAt } }`);
const JOIN = graphql(`mutation JoinWaitlist($input: JoinBedWaitlistInput!) { joinBedWaitlist(input: $input) { id status position } }`);
const LEAVE = graphql(`mutation LeaveWaitlist($entryId: ID!) { leaveBedWaitlist(entryId: $entryId) { id status } }`);

/** Countdown to a hold's expiry, refreshed every 30 s. */
function Expiry({ at }: { at: string }) {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(t);
  }, []);
  const minutes = Math.max(0, Math.round((Date.parse(at) - now) / 60_000));
  return <span>保留至 {formatDateTime(at)}（还剩 {minutes >= 120 ? `${Math.floor(minutes / 60)} 小时` : `${minutes} 分钟`}）</span>;
}

/** Reserve a bed (预约床位): a hold's expiry, the waitlist position when the home is full. */
export default function BedsPage() {
  const [params] = useSearchParams();
  const { elders, elderId, select } = useSelectedElder();
  const [{ data, error , fetching }, refetch] = useQuery({ query: BEDS, variables: { elderId: elderId! }, pause: !elderId });
  const refresh = useRefetch(refetch, fetching);
  // The waitlist position and offers are pushed; holds expire on the server's timer and show at the next refresh (every
  // 30 s while the live socket is down, and on each waitlist change).
  useLive({ query: WAITLIST_CHANGED, variables: { elderId: elderId! }, pause: !elderId }, refresh, 30_000);
  const [{ data: homes }] = useQuery({ query: HOMES });
  const [, reserve] = useMutation(RESERVE);
  const [, join] = useMutation(JOIN);
  const [, leave] = useMutation(LEAVE);
  const { form, problem, unplaced, busy, submit } = useApiForm<{ providerId: string; category: BedCategory }>('input');
  const [key, setKey] = useState(newIdempotencyKey);
  const [joinMessage, setJoinMessage] = useState<string | null>(null);
  const onFinish = async (v: { providerId: string; category: BedCategory }) => {
    setJoinMessage(null);
    const result = await submit(() => reserve({ input: { ...v, elderId: elderId!, idempotencyKey: key } }));
    setKey(newIdempotencyKey());
    if (result) refresh();
  };
  const joinWaitlist = async () => {
    const v = form.getFieldsValue();
    const result = await submit(() => join({ input: { providerId: v.providerId, category: v.category, elderId: elderId! } }));
    if (result) {
      setJoinMessage(`已加入候床名单，当前排第 ${result.joinBedWaitlist.position ?? '—'} 位`);
      refresh();
    }
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="large">
      <Typography.Title level={2} style={{ margin: 0 }}>床位预约</Typography.Title>
      <Space>老人：<ElderPicker value={elderId} elders={elders} onChange={select} /></Space>
      <Card title="预约床位">
        <ApiErrorAlert problem={problem} unplaced={unplaced} />
        {problem?.reason === 'NO_BED_AVAILABLE' && <Button onClick={joinWaitlist} style={{ marginBottom: 16 }}>加入候床名单</Button>}
        {joinMessage && <Typography.Paragraph type="success">{joinMessage}</Typography.Paragraph>}
        <Form form={form} layout="inline" onFinish={onFinish} style={{ rowGap: 8 }}
          initialValues={{ providerId: params.get('provider') ?? undefined, category: (params.get('category') as BedCategory) ?? 'SELF_CARE' }}>
          <Form.Item name="providerId" label="养老机构" rules={[{ required: true, message: '请选择养老机构' }]}>
            <Select style={{ minWidth: 240 }} showSearch optionFilterProp="label" aria-label="养老机构"
              options={(homes?.providers.nodes ?? []).map((p) => ({ value: p.id, label: `${p.name}（空床 ${p.capacity.reduce((n, c) => n + c.available, 0)}）` }))} />
          </Form.Item>
          <Form.Item name="category" label="床位类型" rules={[{ required: true, message: '请选择床位类型' }]}>
            <Select style={{ minWidth: 160 }} options={options(BED_CATEGORY)} aria-label="床位类型" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} disabled={!elderId}>预约</Button>
        </Form>
      </Card>
      <ApiErrorAlert error={error} />
      <Card title="我的床位预约">
        <Table rowKey="id" size="small" pagination={false} dataSource={data?.bedReservations.nodes ?? []} scroll={{ x: true }}
          columns={[
            { title: '机构', render: (_, r) => r.provider.name },
            { title: '床位', dataIndex: 'category', render: (c: string) => BED_CATEGORY[c] },
            { title: '状态', dataIndex: 'status', render: (s: string) => <Tag>{RESERVATION_STATUS[s]}</Tag> },
            { title: '说明', render: (_, r) => (r.status === 'HELD' ? <Expiry at={r.expiresAt} /> : r.admittedAt ? `入住于 ${formatDateTime(r.admittedAt)}` : `预约于 ${formatDateTime(r.createdAt)}`) },
          ]} />
      </Card>
      <Card title="候床名单">
        <Table rowKey="id" size="small" pagination={false} dataSource={data?.elderBedWaitlist ?? []} scroll={{ x: true }}
          columns={[
            { title: '机构', render: (_, e) => e.provider.name },
            { title: '床位', dataIndex: 'category', render: (c: string) => BED_CATEGORY[c] },
            { title: '状态', dataIndex: 'status', render: (s: string) => WAITLIST_STATUS[s] },
            { title: '排位', dataIndex: 'position', render: (p: number | null) => (p ? `第 ${p} 位` : '—') },
            { title: '登记时间', dataIndex: 'requestedAt', render: (t: string) => china(t).format('YYYY-MM-DD') },
            { title: '', render: (_, e) => (e.status === 'WAITING' || e.status === 'OFFERED') && <Button size="small" onClick={async () => { await leave({ entryId: e.id }); refresh(); }}>退出排队</Button> },
          ]} />
      </Card>
    </Space>
  );
}
