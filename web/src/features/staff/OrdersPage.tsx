import { App, Button, Card, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { HomeCareOrderStatus } from '../../gql/graphql';
import { apiProblem, describeProblem } from '../../api/errors';
import { useUser } from '../../app/auth';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { formatDateTime, formatTime, yuan } from '../../ui/format';
import { options, ORDER_STATUS, ORDER_STATUS_COLOR, SERVICE_KIND } from '../../ui/labels';
import { useLive } from '../../ui/useLive';
import { useRefetch } from '../../ui/useRefetch';

const ORDERS = graphql(`
  query StaffOrders($filter: HomeCareOrderFilter, $after: String) {
    homeCareOrders(filter: $filter, first: 20, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      nodes {
        id status service startsAt endsAt priceFen
        elder { id fullName address }
        caregiver { id displayName }
        checkIn { flagged distanceMeters }
        checkOut { flagged distanceMeters }
      }
    }
  }
`);
const ORDER_CHANGED = graphql(`subscription StaffOrderChanged($providerId: ID) { homeCareOrderChanged(providerId: $providerId) { id status } }`);
const CAREGIVERS = graphql(`query StaffCaregiverOptions($providerId: ID!) { caregivers(providerId: $providerId) { id displayName qualifiedServices } }`);
const ASSIGN = graphql(`mutation AssignCaregiver($orderId: ID!, $caregiverId: ID!) { assignCaregiver(orderId: $orderId, caregiverId: $caregiverId) { id status caregiver { id displayName } } }`);

/** Home-care orders to assign (派单), with the visits flagged outside the geofence. */
export default function OrdersPage() {
  const user = useUser();
  const { message } = App.useApp();
  const [status, setStatus] = useState<HomeCareOrderStatus[]>(['REQUESTED']);
  const [flagged, setFlagged] = useState<boolean | undefined>();
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, error, fetching }, refetch] = useQuery({ query: ORDERS, variables: { filter: { providerId: user.providerId, status, flagged }, after } });
  const refresh = useRefetch(refetch, fetching);
  // Bookings, check-ins and flags arrive live; every 15 s while the live socket is down.
  useLive({ query: ORDER_CHANGED, variables: { providerId: user.providerId } }, refresh, 15_000);
  const [{ data: cg }] = useQuery({ query: CAREGIVERS, variables: { providerId: user.providerId! } });
  const [, assign] = useMutation(ASSIGN);
  const [choice, setChoice] = useState<Record<string, string>>({});
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="large">
      <Typography.Title level={2} style={{ margin: 0 }}>上门订单</Typography.Title>
      <Space wrap>
        状态：<Select mode="multiple" style={{ minWidth: 240 }} value={status} onChange={(v) => { setAfter(null); setStatus(v); }} options={options(ORDER_STATUS)} aria-label="状态" />
        签到位置：<Select allowClear style={{ minWidth: 160 }} value={flagged} onChange={(v) => { setAfter(null); setFlagged(v); }} options={[{ value: true, label: '超出签到范围' }, { value: false, label: '正常' }]} aria-label="签到位置" />
      </Space>
      <ApiErrorAlert error={error} />
      <Card>
        <Table rowKey="id" size="small" loading={fetching} pagination={false} dataSource={data?.homeCareOrders.nodes ?? []} scroll={{ x: true }}
          columns={[
            { title: '时间', render: (_, o) => `${formatDateTime(o.startsAt)}–${formatTime(o.endsAt)}` },
            { title: '服务', dataIndex: 'service', render: (s: string) => SERVICE_KIND[s] },
            { title: '老人', render: (_, o) => o.elder?.fullName ?? '—' },
            { title: '地址', render: (_, o) => o.elder?.address ?? '—' },
            { title: '费用', dataIndex: 'priceFen', render: yuan },
            { title: '状态', render: (_, o) => <Space><Tag color={ORDER_STATUS_COLOR[o.status]}>{ORDER_STATUS[o.status]}</Tag>{(o.checkIn?.flagged || o.checkOut?.flagged) && <Tag color="red">位置异常</Tag>}</Space> },
            {
              title: '护理员',
              render: (_, o) =>
                o.status === 'REQUESTED' || o.status === 'ASSIGNED' ? (
                  <Space>
                    <Select style={{ minWidth: 140 }} placeholder="选择护理员" aria-label="选择护理员" value={choice[o.id] ?? o.caregiver?.id}
                      onChange={(v) => setChoice((c) => ({ ...c, [o.id]: v }))}
                      options={(cg?.caregivers ?? []).filter((c) => c.qualifiedServices.includes(o.service)).map((c) => ({ value: c.id, label: c.displayName }))} />
                    <Button type="primary" size="small" disabled={!choice[o.id] || choice[o.id] === o.caregiver?.id}
                      onClick={async () => {
                        const result = await assign({ orderId: o.id, caregiverId: choice[o.id] });
                        const p = apiProblem(result.error);
                        if (p) message.error(describeProblem(p));
                        else message.success('已派单');
                        refresh();
                      }}>派单</Button>
                  </Space>
                ) : (o.caregiver?.displayName ?? '—'),
            },
          ]} />
        <Space style={{ marginTop: 12 }}>
          {after && <Button onClick={() => setAfter(null)}>第一页</Button>}
          {data?.homeCareOrders.pageInfo.hasNextPage && <Button onClick={() => setAfter(data.homeCareOrders.pageInfo.endCursor ?? null)}>下一页</Button>}
          <span>共 {data?.homeCareOrders.totalCount ?? 0} 条</span>
        </Space>
      </Card>
    </Space>
  );
}
