import { Card, DatePicker, Empty, List, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { EmergencyButton } from '../../ui/EmergencyButton';
import { CHINA_TZ, china, formatDateTime, formatTime } from '../../ui/format';
import { FOOD_INTAKE, INCIDENT_KIND, INCIDENT_STATUS, MOOD, ORDER_STATUS, ORDER_STATUS_COLOR, SERVICE_KIND, SEVERITY, TASK_STATUS } from '../../ui/labels';
import { useLive } from '../../ui/useLive';
import { ElderPicker, useSelectedElder } from './ElderPicker';
import { useRefetch } from '../../ui/useRefetch';

const DAY = graphql(`
  query ElderDay($elderId: ID!, $from: DateTime!, $to: DateTime!) {
    homeCareOrders(filter: { elderId: $elderId, from: $from, to: $to }, first: 50) {
      nodes {
        id status service startsAt endsAt visitNotes
        caregiver { id displayName }
        checkIn { at } checkOut { at }
        tasks { id title required status note }
      }
    }
    observations(elderId: $elderId, first: 100) {
      id observedAt foodIntake fluidMl mood pain pulse bloodGlucose weightKg skinProblems nightToileting note orderId
      bloodPressure { systolic diastolic }
    }
    incidents(filter: { elderId: $elderId }, first: 50) {
      nodes { id kind severity status occurredAt place description actionsTaken outcome }
    }
  }
`);
const DAY_VISIT_CHANGED = graphql(`subscription ElderDayVisitChanged($elderId: ID) { homeCareOrderChanged(elderId: $elderId) { id status } }`);

type Observation = { foodIntake?: string | null; fluidMl?: number | null; mood?: string | null; pain?: number | null; pulse?: number | null; bloodGlucose?: number | null; weightKg?: number | null; skinProblems?: string | null; nightToileting?: number | null; note?: string | null; bloodPressure?: { systolic: number; diastolic: number } | null };

/** One observation in words: only what was recorded. */
function observationText(o: Observation): string {
  const parts = [
    o.foodIntake && `进食：${FOOD_INTAKE[o.foodIntake]}`,
    o.fluidMl != null && `饮水 ${o.fluidMl} 毫升`,
    o.mood && `情绪：${MOOD[o.mood]}`,
    o.pain != null && `疼痛 ${o.pain}/10`,
    o.bloodPressure && `血压 ${o.bloodPressure.systolic}/${o.bloodPressure.diastolic}`,
    o.pulse != null && `脉搏 ${o.pulse}`,
    o.bloodGlucose != null && `血糖 ${o.bloodGlucose}`,
    o.weightKg != null && `体重 ${o.weightKg} 公斤`,
    o.nightToileting != null && `夜间如厕 ${o.nightToileting} 次`,
    o.skinProblems && `皮肤：${o.skinProblems}`,
    o.note && `备注：${o.note}`,
  ];
  return parts.filter(Boolean).join('，') || '—';
}

/** 今日情况: an elder's day in one place (visits and the care tasks done, what was observed, incidents) and 紧急求助. */
export default function DailyPage() {
  const { elders, elder, elderId, select } = useSelectedElder();
  const [day, setDay] = useState<Dayjs>(() => china(new Date()).startOf('day'));
  const range = useMemo(() => ({ from: day.toISOString(), to: day.add(1, 'day').toISOString() }), [day]);
  const [{ data, error , fetching }, refetch] = useQuery({ query: DAY, variables: { elderId: elderId!, ...range }, pause: !elderId });
  const refresh = useRefetch(refetch, fetching);
  useLive({ query: DAY_VISIT_CHANGED, variables: { elderId }, pause: !elderId }, refresh, 30_000);
  const inDay = (iso: string) => !china(iso).isBefore(day) && china(iso).isBefore(day.add(1, 'day'));
  const visits = [...(data?.homeCareOrders.nodes ?? [])].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const observations = (data?.observations ?? []).filter((o) => inDay(o.observedAt));
  const incidents = (data?.incidents.nodes ?? []).filter((i) => inDay(i.occurredAt));
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="large">
      <Typography.Title level={2} style={{ margin: 0 }}>今日情况</Typography.Title>
      <Space wrap>
        老人：<ElderPicker value={elderId} elders={elders} onChange={select} />
        日期：<DatePicker aria-label="日期" allowClear={false} value={day} onChange={(d) => d && setDay(dayjs.tz(d.format('YYYY-MM-DD'), CHINA_TZ))} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
      </Space>
      {elderId && <EmergencyButton elderId={elderId} elderName={elder?.fullName} />}
      <ApiErrorAlert error={error} />
      <Card title="上门服务">
        {visits.length === 0 ? <Empty description="这一天没有上门服务" /> : visits.map((v) => (
          <div key={v.id} data-testid={`day-visit-${v.id}`} style={{ borderBottom: '1px solid #eee', padding: '8px 0' }}>
            <Space wrap>
              <strong>{formatTime(v.startsAt)}–{formatTime(v.endsAt)} {SERVICE_KIND[v.service]}</strong>
              <Tag color={ORDER_STATUS_COLOR[v.status]}>{ORDER_STATUS[v.status]}</Tag>
              {v.caregiver && <span>护理员 {v.caregiver.displayName}</span>}
              {v.checkIn && <span>{formatTime(v.checkIn.at)} 签到</span>}
              {v.checkOut && <span>{formatTime(v.checkOut.at)} 签退</span>}
            </Space>
            {v.tasks.length > 0 && (
              <ul style={{ margin: '4px 0', paddingLeft: 20 }}>
                {v.tasks.map((t) => (
                  <li key={t.id}>{t.title}{t.required && '（必做）'}：<Tag color={t.status === 'DONE' ? 'green' : t.status === 'SKIPPED' ? 'orange' : undefined}>{TASK_STATUS[t.status]}</Tag>{t.note && `原因：${t.note}`}</li>
                ))}
              </ul>
            )}
            {v.visitNotes && <div>服务记录：{v.visitNotes}</div>}
          </div>
        ))}
      </Card>
      <Card title="观察记录">
        {observations.length === 0 ? <Empty description="这一天没有观察记录" /> : (
          <List dataSource={observations} renderItem={(o) => <List.Item key={o.id}><span><strong>{formatTime(o.observedAt)}</strong> {observationText(o)}</span></List.Item>} />
        )}
      </Card>
      <Card title="安全事件">
        {incidents.length === 0 ? <Empty description="这一天没有安全事件" /> : incidents.map((i) => (
          <div key={i.id} style={{ borderBottom: '1px solid #eee', padding: '8px 0' }}>
            <Space wrap><strong>{formatDateTime(i.occurredAt)} {INCIDENT_KIND[i.kind]}</strong><Tag color={i.severity === 'HIGH' ? 'red' : undefined}>{SEVERITY[i.severity]}</Tag><Tag>{INCIDENT_STATUS[i.status]}</Tag></Space>
            <div>{i.place}：{i.description}</div>
            {i.actionsTaken && <div>已采取措施：{i.actionsTaken}</div>}
            {i.outcome && <div>处理结果：{i.outcome}</div>}
          </div>
        ))}
      </Card>
    </Space>
  );
}
