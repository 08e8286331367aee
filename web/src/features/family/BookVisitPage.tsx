import { Button, Card, Empty, Form, Input, InputNumber, Result, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { ServiceKind } from '../../gql/graphql';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { formatTime, newIdempotencyKey, yuan } from '../../ui/format';
import { SERVICE_KIND } from '../../ui/labels';
import { useApiForm } from '../../ui/useApiForm';
import { ElderPicker, useSelectedElder } from './ElderPicker';
import { SlotPicker } from './SlotPicker';

const PROVIDER = graphql(`
  query BookingProvider($id: ID!) {
    provider(id: $id) { id name address services { kind priceFen unit durationMinutes } }
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
  const [slot, setSlot] = useState<string | null>(null);
  // One key per booking attempt: a retried submit is the same booking, never a second one.
  const [idempotencyKey, setKey] = useState(newIdempotencyKey);
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
          <SlotPicker providerId={providerId} service={chosen} durationMinutes={durationMinutes} elderId={elderId} value={slot} onChange={setSlot} />
          <Form.Item label="给护理员的备注" name="notes" rules={[{ max: 1000, message: '最多1000个字符' }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Button type="primary" htmlType="submit" disabled={!slot} loading={busy}>确认预约</Button>
        </Form>
      </Card>
    </Space>
  );
}
