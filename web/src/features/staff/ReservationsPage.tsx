import { Button, Card, Input, Modal, Select, Space, Table, Tabs, Tag, Typography, App } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { BedCategory, BedReservationStatus } from '../../gql/graphql';
import { apiProblem, describeProblem } from '../../api/errors';
import { useUser } from '../../app/auth';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { formatDateTime } from '../../ui/format';
import { BED_CATEGORY, CARE_LEVEL, options, RESERVATION_STATUS, WAITLIST_STATUS } from '../../ui/labels';
import { useLive } from '../../ui/useLive';
import { useRefetch } from '../../ui/useRefetch';

const RESERVATIONS = graphql(`
  query StaffReservations($filter: BedReservationFilter, $after: String) {
    bedReservations(filter: $filter, first: 20, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      nodes { id status category expiresAt createdAt admittedAt governmentSupported fromWaitlist elder { id fullName age careLevel } }
    }
  }
`);
const WAITLIST = graphql(`
  query StaffWaitlist($providerId: ID!, $category: BedCategory!) {
    bedWaitlist(providerId: $providerId, category: $category) {
      id status position requestedAt elder { id fullName age careLevel }
      offers { id expiresAt outcome }
    }
  }
`);
const CAPACITY_CHANGED = graphql(`subscription StaffBedsChanged($providerId: ID!) { bedCapacityChanged(providerId: $providerId) { category available } }`);
const ADMIT = graphql(`mutation AdmitReservation($reservationId: ID!) { admitReservation(reservationId: $reservationId) { id status admittedAt } }`);
const RELEASE = graphql(`mutation ReleaseReservation($reservationId: ID!, $reason: String!) { releaseReservation(reservationId: $reservationId, reason: $reason) { id status } }`);
const DISCHARGE = graphql(`mutation DischargeResident($reservationId: ID!, $reason: String!) { dischargeResident(reservationId: $reservationId, reason: $reason) { id status } }`);

/** Reservations to admit or release (入住办理), residents to discharge, and the waitlist per bed category. */
export default function ReservationsPage() {
  const user = useUser();
  const { message } = App.useApp();
  const [status, setStatus] = useState<BedReservationStatus[]>(['HELD']);
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, error, fetching }, refetch] = useQuery({ query: RESERVATIONS, variables: { filter: { providerId: user.providerId, status }, after } });
  const refresh = useRefetch(refetch, fetching);
  // Every reservation, admission, discharge and expiry changes the provider's counts: that change is pushed (polled
  // every 30 s while the live socket is down).
  useLive({ query: CAPACITY_CHANGED, variables: { providerId: user.providerId! }, pause: !user.providerId }, refresh, 30_000);
  const [, admit] = useMutation(ADMIT);
  const [, release] = useMutation(RELEASE);
  const [, discharge] = useMutation(DISCHARGE);
  const [reasonFor, setReasonFor] = useState<{ id: string; kind: 'release' | 'discharge' } | null>(null);
  const [reason, setReason] = useState('');
  const report = (result: { error?: Parameters<typeof apiProblem>[0] }, done: string) => {
    const p = apiProblem(result.error);
    if (p) message.error(describeProblem(p));
    else message.success(done);
    refresh();
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="large">
      <Typography.Title level={2} style={{ margin: 0 }}>入住与候床</Typography.Title>
      <Tabs items={[
        {
          key: 'reservations',
          label: '床位预约',
          children: (
            <Card>
              <Space style={{ marginBottom: 12 }} wrap>
                状态：
                <Select mode="multiple" style={{ minWidth: 240 }} value={status} onChange={(v) => { setAfter(null); setStatus(v); }} options={options(RESERVATION_STATUS)} aria-label="状态" />
              </Space>
              <ApiErrorAlert error={error} />
              <Table rowKey="id" size="small" loading={fetching} pagination={false} dataSource={data?.bedReservations.nodes ?? []} scroll={{ x: true }}
                columns={[
                  { title: '老人', render: (_, r) => (r.elder ? `${r.elder.fullName}（${r.elder.age}岁）` : '—') },
                  { title: '能力等级', render: (_, r) => (r.elder?.careLevel ? CARE_LEVEL[r.elder.careLevel] : '未评估') },
                  { title: '床位', dataIndex: 'category', render: (c: string) => BED_CATEGORY[c] },
                  { title: '状态', dataIndex: 'status', render: (s: string, r) => <Space><Tag>{RESERVATION_STATUS[s]}</Tag>{r.governmentSupported && <Tag color="purple">政府保障</Tag>}</Space> },
                  { title: '保留至', dataIndex: 'expiresAt', render: (t: string, r) => (r.status === 'HELD' ? formatDateTime(t) : '—') },
                  {
                    title: '操作',
                    render: (_, r) => (
                      <Space>
                        {r.status === 'HELD' && <Button type="primary" size="small" onClick={async () => report(await admit({ reservationId: r.id }), `${r.elder?.fullName ?? '老人'} 已办理入住`)}>办理入住</Button>}
                        {r.status === 'HELD' && <Button size="small" onClick={() => setReasonFor({ id: r.id, kind: 'release' })}>释放</Button>}
                        {r.status === 'ADMITTED' && <Button size="small" onClick={() => setReasonFor({ id: r.id, kind: 'discharge' })}>办理出院</Button>}
                      </Space>
                    ),
                  },
                ]} />
              <Space style={{ marginTop: 12 }}>
                {after && <Button onClick={() => setAfter(null)}>第一页</Button>}
                {data?.bedReservations.pageInfo.hasNextPage && <Button onClick={() => setAfter(data.bedReservations.pageInfo.endCursor ?? null)}>下一页</Button>}
                <span>共 {data?.bedReservations.totalCount ?? 0} 条</span>
              </Space>
            </Card>
          ),
        },
        { key: 'waitlist', label: '候床名单', children: <Waitlist providerId={user.providerId!} /> },
      ]} />
      <Modal open={!!reasonFor} title={reasonFor?.kind === 'release' ? '释放预留床位' : '办理出院'} okText="确定"
        onCancel={() => setReasonFor(null)}
        okButtonProps={{ disabled: !reason.trim() }}
        onOk={async () => {
          const r = reasonFor!;
          setReasonFor(null);
          report(r.kind === 'release' ? await release({ reservationId: r.id, reason }) : await discharge({ reservationId: r.id, reason }), '已完成');
          setReason('');
        }}>
        <Input.TextArea rows={2} placeholder="原因（必填）" value={reason} onChange={(e) => setReason(e.target.value)} aria-label="原因" />
      </Modal>
    </Space>
  );
}

function Waitlist({ providerId }: { providerId: string }) {
  const [category, setCategory] = useState<BedCategory>('NURSING');
  const [{ data, error }] = useQuery({ query: WAITLIST, variables: { providerId, category } });
  return (
    <Card>
      <Space style={{ marginBottom: 12 }}>床位类型：<Select value={category} onChange={setCategory} options={options(BED_CATEGORY)} style={{ minWidth: 160 }} aria-label="床位类型" /></Space>
      <ApiErrorAlert error={error} />
      <Table rowKey="id" size="small" pagination={false} dataSource={data?.bedWaitlist ?? []} scroll={{ x: true }}
        columns={[
          { title: '排位', dataIndex: 'position', render: (p: number | null) => p ?? '—' },
          { title: '老人', render: (_, e) => (e.elder ? `${e.elder.fullName}（${e.elder.age}岁）` : '—') },
          { title: '能力等级', render: (_, e) => (e.elder?.careLevel ? CARE_LEVEL[e.elder.careLevel] : '未评估') },
          { title: '状态', dataIndex: 'status', render: (s: string) => WAITLIST_STATUS[s] },
          { title: '登记时间', dataIndex: 'requestedAt', render: formatDateTime },
        ]} />
    </Card>
  );
}
