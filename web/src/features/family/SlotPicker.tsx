import { Button, Form, Radio, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { ServiceKind } from '../../gql/graphql';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { chinaDayStart, formatTime } from '../../ui/format';

const SLOTS = graphql(`
  query VisitSlots($providerId: ID!, $service: ServiceKind!, $from: DateTime!, $to: DateTime!, $durationMinutes: Int!, $elderId: ID) {
    availableVisitSlots(providerId: $providerId, service: $service, from: $from, to: $to, durationMinutes: $durationMinutes, elderId: $elderId) {
      startsAt endsAt freeCaregivers
    }
  }
`);

/**
 * A day (today and the next six China days) and one of the provider's real free slots on it (a time with a free,
 * qualified caregiver and no other visit of the elder), as the API computes them; `exclude` hides a start (the
 * visit's current time when rescheduling).
 */
export function SlotPicker({ providerId, service, durationMinutes, elderId, value, onChange, exclude }: {
  providerId: string;
  service: ServiceKind | undefined;
  durationMinutes: number;
  elderId: string | null;
  value: string | null;
  onChange: (startsAt: string | null) => void;
  exclude?: string;
}) {
  const [day, setDay] = useState(0);
  const range = useMemo(() => ({ from: chinaDayStart(day).toISOString(), to: chinaDayStart(day + 1).toISOString() }), [day]);
  const [{ data, fetching, error }] = useQuery({
    query: SLOTS,
    variables: { providerId, service: service!, durationMinutes, elderId, ...range },
    pause: !service,
    requestPolicy: 'network-only',
  });
  const slots = (data?.availableVisitSlots ?? []).filter((s) => s.startsAt !== exclude);
  return (
    <>
      <Form.Item label="日期">
        <Radio.Group value={day} onChange={(e) => { setDay(e.target.value); onChange(null); }} optionType="button"
          options={Array.from({ length: 7 }, (_, i) => ({ value: i, label: i === 0 ? '今天' : i === 1 ? '明天' : chinaDayStart(i).format('M月D日') }))} />
      </Form.Item>
      <Form.Item label="可预约时段（有空闲护理员）" required>
        <ApiErrorAlert error={error} />
        {!fetching && slots.length === 0 && <Typography.Text type="secondary">这一天没有可预约的时段，请换一天。</Typography.Text>}
        <Space wrap data-testid="slots" data-day={day} data-ready={String(!fetching && !!data)}>
          {slots.map((s) => (
            <Button key={s.startsAt} type={value === s.startsAt ? 'primary' : 'default'} onClick={() => onChange(s.startsAt)} aria-pressed={value === s.startsAt}>
              {formatTime(s.startsAt)}–{formatTime(s.endsAt)}
            </Button>
          ))}
        </Space>
      </Form.Item>
    </>
  );
}
