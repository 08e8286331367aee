import { Button, Card, Empty, Form, Input, List, Modal, Rate, Space, Steps, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { MyVisitsQuery } from '../../gql/graphql';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { formatDateTime, formatTime, yuan } from '../../ui/format';
import { ORDER_STATUS, ORDER_STATUS_COLOR, SERVICE_KIND } from '../../ui/labels';
import { useApiForm } from '../../ui/useApiForm';
import { useLive } from '../../ui/useLive';
import { ElderPicker, useSelectedElder } from './ElderPicker';
import { SlotPicker } from './SlotPicker';
import { useRefetch } from '../../ui/useRefetch';

const VISITS = graphql(`
  query MyVisits($filter: HomeCareOrderFilter, $after: String) {
    homeCareOrders(filter: $filter, first: 20, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      nodes {
        id status service startsAt endsAt durationMinutes priceFen subsidyFen copayFen cancelReason cancelledLate visitNotes
        elder { id }
        provider { id name phone }
        caregiver { id displayName }
        checkIn { at distanceMeters flagged }
        checkOut { at distanceMeters flagged }
        review { stars comment }
      }
    }
  }
`);
export const VISIT_CHANGED = graphql(`subscription MyVisitChanged($elderId: ID) { homeCareOrderChanged(elderId: $elderId) { id status startsAt } }`);
const CANCEL = graphql(`mutation CancelVisit($orderId: ID!, $reason: String!) { cancelHomeCareOrder(orderId: $orderId, reason: $reason) { id status } }`);
const RESCHEDULE = graphql(`mutation RescheduleVisit($orderId: ID!, $startsAt: DateTime!) { rescheduleHomeCareOrder(orderId: $orderId, startsAt: $startsAt) { id status startsAt } }`);
const REVIEW = graphql(`mutation ReviewVisit($orderId: ID!, $stars: Int!, $comment: String) { reviewHomeCareOrder(orderId: $orderId, stars: $stars, comment: $comment) { id review { stars comment } } }`);

type Order = MyVisitsQuery['homeCareOrders']['nodes'][number];

/** Polling interval for the live status while the live socket is down (it is pushed otherwise). */
export const LIVE_STATUS_POLL_MS = 5000;

// COMPLETED is past the last step, so every step shows as done.
const STEP_OF: Record<string, number> = { REQUESTED: 0, ASSIGNED: 1, IN_PROGRESS: 2, COMPLETED: 4 };

/** My visits (我的上门服务) with live status, cancel, reschedule and review. */
export default function MyVisitsPage() {
  const { elders, elderId, select } = useSelectedElder();
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: VISITS,
    variables: { filter: elderId ? { elderId } : {}, after },
    pause: !elderId,
  });
  const refresh = useRefetch(refetch, fetching);
  const { up } = useLive({ query: VISIT_CHANGED, variables: { elderId }, pause: !elderId }, refresh, LIVE_STATUS_POLL_MS);
  const [dialog, setDialog] = useState<{ kind: 'cancel' | 'reschedule' | 'review'; order: Order } | null>(null);
  const orders = data?.homeCareOrders.nodes ?? [];
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="large">
      <Typography.Title level={2} style={{ margin: 0 }}>上门服务</Typography.Title>
      <Space wrap>
        老人：<ElderPicker value={elderId} elders={elders} onChange={(id) => { setAfter(null); select(id); }} />
        <Typography.Text type="secondary" data-testid="live-state">{up ? '状态实时更新' : `正在连接实时更新，暂时每 ${LIVE_STATUS_POLL_MS / 1000} 秒刷新`}</Typography.Text>
      </Space>
      <ApiErrorAlert error={error} />
      {!fetching && orders.length === 0 && <Empty description="还没有预约" />}
      <List
        dataSource={orders}
        renderItem={(o) => (
          <Card key={o.id} style={{ marginBottom: 16 }} data-testid={`visit-${o.id}`}
            title={<Space wrap><span>{SERVICE_KIND[o.service]} · {formatDateTime(o.startsAt)}–{formatTime(o.endsAt)}</span><Tag color={ORDER_STATUS_COLOR[o.status]} data-testid="visit-status">{ORDER_STATUS[o.status]}</Tag></Space>}
          >
            {o.status !== 'CANCELLED' && o.status !== 'NO_SHOW' && (
              <Steps size="small" current={STEP_OF[o.status] ?? 0} style={{ marginBottom: 12 }}
                items={[{ title: '已预约' }, { title: o.caregiver ? `护理员 ${o.caregiver.displayName}` : '派护理员' }, { title: o.checkIn ? `${formatTime(o.checkIn.at)} 已签到` : '上门签到' }, { title: o.checkOut ? `${formatTime(o.checkOut.at)} 完成` : '完成' }]} />
            )}
            <Typography.Paragraph>
              {o.provider.name}{o.provider.phone ? `（电话 ${o.provider.phone}）` : ''} · 费用 {yuan(o.priceFen)}，补贴 {yuan(o.subsidyFen)}，自付 {yuan(o.copayFen)}
              {o.cancelReason && ` · 取消原因：${o.cancelReason}`}
              {o.cancelledLate && '（晚取消）'}
              {o.visitNotes && ` · 服务记录：${o.visitNotes}`}
            </Typography.Paragraph>
            {o.review && <div>我的评价：<Rate disabled value={o.review.stars} /> {o.review.comment}</div>}
            <Space wrap>
              {(o.status === 'REQUESTED' || o.status === 'ASSIGNED') && (
                <>
                  <Button onClick={() => setDialog({ kind: 'reschedule', order: o })}>改期</Button>
                  <Button danger onClick={() => setDialog({ kind: 'cancel', order: o })}>取消预约</Button>
                </>
              )}
              {o.status === 'COMPLETED' && !o.review && <Button type="primary" onClick={() => setDialog({ kind: 'review', order: o })}>评价这次服务</Button>}
            </Space>
          </Card>
        )}
      />
      <Space>
        {after && <Button onClick={() => setAfter(null)}>回到第一页</Button>}
        {data?.homeCareOrders.pageInfo.hasNextPage && <Button onClick={() => setAfter(data.homeCareOrders.pageInfo.endCursor ?? null)}>下一页</Button>}
        <Typography.Text type="secondary">共 {data?.homeCareOrders.totalCount ?? 0} 条</Typography.Text>
      </Space>
      {dialog && <OrderDialog {...dialog} onClose={() => { setDialog(null); refresh(); }} />}
    </Space>
  );
}

function OrderDialog({ kind, order, onClose }: { kind: 'cancel' | 'reschedule' | 'review'; order: Order; onClose: () => void }) {
  const [, cancel] = useMutation(CANCEL);
  const [, reschedule] = useMutation(RESCHEDULE);
  const [, review] = useMutation(REVIEW);
  const { form, problem, unplaced, busy, submit } = useApiForm<Record<string, never>>('');
  const title = { cancel: '取消预约', reschedule: '改期', review: '评价服务' }[kind];
  const [slot, setSlot] = useState<string | null>(null);
  const [slotMissing, setSlotMissing] = useState(false);
  const onFinish = async (v: { reason?: string; stars?: number; comment?: string }) => {
    if (kind === 'reschedule' && !slot) {
      setSlotMissing(true);
      return;
    }
    const data =
      kind === 'cancel'
        ? await submit(() => cancel({ orderId: order.id, reason: v.reason! }))
        : kind === 'reschedule'
          ? await submit(() => reschedule({ orderId: order.id, startsAt: slot! }))
          : await submit(() => review({ orderId: order.id, stars: v.stars!, comment: v.comment || undefined }));
    if (data) onClose();
  };
  return (
    <Modal open title={title} okText="确定" confirmLoading={busy} onOk={() => form.submit()} onCancel={onClose}>
      <ApiErrorAlert problem={problem} unplaced={unplaced} />
      <Form form={form} layout="vertical" onFinish={onFinish}>
        {kind === 'cancel' && (
          <>
          <Typography.Paragraph>机构规定的提前取消时间之内取消，可能按晚取消处理。</Typography.Paragraph>
          <Form.Item name="reason" label="取消原因" rules={[{ required: true, message: '请填写取消原因' }, { max: 500, message: '最多500个字符' }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
          </>
        )}
        {kind === 'reschedule' && (
          <>
            <Typography.Paragraph>现在：{formatDateTime(order.startsAt)}。请选一个新的空闲时段（同一机构、同一服务、{order.durationMinutes} 分钟）：</Typography.Paragraph>
            <SlotPicker providerId={order.provider.id} service={order.service} durationMinutes={order.durationMinutes} elderId={order.elder?.id ?? null}
              value={slot} onChange={(s) => { setSlot(s); setSlotMissing(false); }} exclude={order.startsAt} />
            {slotMissing && <Typography.Text type="danger" role="alert">请选择一个新的时段</Typography.Text>}
            {slot && <Typography.Paragraph strong>改到：{formatDateTime(slot)}</Typography.Paragraph>}
          </>
        )}
        {kind === 'review' && (
          <>
            <Form.Item name="stars" label="满意度" rules={[{ required: true, message: '请打分' }]}>
              <Rate aria-label="满意度" />
            </Form.Item>
            <Form.Item name="comment" label="评价" rules={[{ max: 1000, message: '最多1000个字符' }]}>
              <Input.TextArea rows={3} />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
