import { Button, Card, Empty, Form, Input, InputNumber, Radio, Result, Select, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { ServiceKind } from '../../gql/graphql';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { chinaDayStart, formatTime, newIdempotencyKey, yuan } from '../../ui/format';
import { SERVICE_KIND } from '../../ui/labels';
import { useApiForm } from '../../ui/useApiForm';
import { ElderPicker, useSelectedElder } from './ElderPicker';

const PROVIDER = graphql(`
  query BookingProvider($id: ID!) {
    provider(id: $id) { id name address services { kind priceFen unit durationMinutes } }
  }
`);

const SLOTS = graphql(`
  query VisitSlots($providerId: ID!, $service: ServiceKind!, $from: DateTime!, $to: DateTime!, $durationMinutes: Int!, $elderId: ID) {
    availableVisitSlots(providerId: $providerId, service: $service, from: $from, to: $to, durationMinutes: $durationMinutes, elderId: $elderId) {
      startsAt endsAt freeCaregivers
    }
  }
`);

const BOOK = graphql(`
  mutation BookVisit($input: BookHomeCareVisitInput!) {
    bookHomeCareVisit(input: $input) { id status startsAt priceFen subsidyFen copayFen }
  }
`);

/** Book a home-care visit (预约上门) from the provider's real free slots. */
export default function BookVisitPage() {
  const [params] = useSearchParams();
  const providerId = params.get('provider');
  const { elders, elderId, select } = useSelectedElder();
  const [{ data: providerData }] = useQuery({ query: PROVIDER, variables: { id: providerId! }, pause: !providerId });
  const provider = providerData?.provider;
  const [service, setService] = useState<ServiceKind | undefined>((params.get('service') as ServiceKind) ?? undefined);
  const offering = provider?.services.find((s) => s.kind === service) ?? provider?.services[0];
  const chosen = (service && provider?.services.some((s) => s.kind === service) ? service : offering?.kind) as ServiceKind | undefined;
  const [duration, setDuration] = useState<number | null>(null);
  const durationMinutes = duration ?? offering?.durationMinutes ?? 60;
  const [day, setDay] = useState(0);
  const [slot, setSlot] = useState<string | null>(null);
  // One key per booking attempt: a retried submit is the same booking, never a second one.
  const [idempotencyKey, setKey] = useState(newIdempotencyKey);
  const range = useMemo(() => ({ from: chinaDayStart(day).toISOString(), to: chinaDayStart(day + 1).toISOString() }), [day]);
  const [{ data: slotData, fetching, error: slotError }] = useQuery({
    query: SLOTS,
    variables: { providerId: providerId!, service: chosen!, durationMinutes, elderId, ...range },
    pause: !providerId || !chosen,
    requestPolicy: 'network-only',
  });
  const [, book] = useMutation(BOOK);
  const { form, problem, unplaced, busy, submit } = useApiForm<{ notes?: string }>('input');
  const [booked, setBooked] = useState<{ id: string; startsAt: string; priceFen: number; subsidyFen: number; copayFen: number } | null>(null);
  const navigate = useNavigate();

  if (!providerId) return <Empty description="请先在“查找服务”中选择一个服务机构" />;
  if (booked) {
    return (
      <Result
        status="success"
        title="预约成功"
        subTitle={`${formatTime(booked.startsAt)} 上门。费用 ${yuan(booked.priceFen)}，补贴 ${yuan(booked.subsidyFen)}，自付 ${yuan(booked.copayFen)}。`}
        extra={<Button type="primary" onClick={() => navigate(`/family/visits?elder=${elderId}`)}>查看我的预约</Button>}
      />
    );
  }
  const onFinish = async ({ notes }: { notes?: string }) => {
    if (!slot || !chosen || !elderId) return;
    const data = await submit(() => book({ input: { elderId, providerId, service: chosen, startsAt: slot, durationMinutes, notes: notes || undefined, idempotencyKey } }));
    if (data) setBooked(data.bookHomeCareVisit);
    else setKey(newIdempotencyKey());
  };
  const slots = slotData?.availableVisitSlots ?? [];
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="large">
      <Typography.Title level={2} style={{ margin: 0 }}>预约上门服务 · {provider?.name}</Typography.Title>
      <ApiErrorAlert problem={problem} unplaced={unplaced} />
      <Card>
        <Form form={form} layout="vertical" onFinish={onFinish}>
          <Form.Item label="老人"><ElderPicker value={elderId} elders={elders} onChange={select} /></Form.Item>
          <Form.Item label="服务项目" name="service">
            <Select
              aria-label="服务项目"
              value={chosen}
              onChange={(v) => { setService(v); setSlot(null); }}
              options={(provider?.services ?? []).map((s) => ({ value: s.kind, label: `${SERVICE_KIND[s.kind]} · ${yuan(s.priceFen)}/${s.unit}` }))}
            />
          </Form.Item>
          <Form.Item label="服务时长（分钟）" name="durationMinutes">
            <InputNumber min={15} max={480} step={15} value={durationMinutes} onChange={(v) => { setDuration(v); setSlot(null); }} aria-label="服务时长" />
          </Form.Item>
          <Form.Item label="日期">
            <Radio.Group value={day} onChange={(e) => { setDay(e.target.value); setSlot(null); }} optionType="button"
              options={Array.from({ length: 7 }, (_, i) => ({ value: i, label: i === 0 ? '今天' : i === 1 ? '明天' : chinaDayStart(i).format('M月D日') }))} />
          </Form.Item>
          <Form.Item label="可预约时段（有空闲护理员）" required>
            <ApiErrorAlert error={slotError} />
            {!fetching && slots.length === 0 && <Typography.Text type="secondary">这一天没有可预约的时段，请换一天。</Typography.Text>}
            <Space wrap>
              {slots.map((s) => (
                <Button key={s.startsAt} type={slot === s.startsAt ? 'primary' : 'default'} onClick={() => setSlot(s.startsAt)} aria-pressed={slot === s.startsAt}>
                  {formatTime(s.startsAt)}–{formatTime(s.endsAt)}
                </Button>
              ))}
            </Space>
          </Form.Item>
          <Form.Item label="给护理员的备注" name="notes" rules={[{ max: 1000, message: '最多1000个字符' }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Button type="primary" htmlType="submit" disabled={!slot} loading={busy}>确认预约</Button>
        </Form>
      </Card>
    </Space>
  );
}
