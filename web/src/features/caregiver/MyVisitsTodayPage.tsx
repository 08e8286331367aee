import { Alert, Button, Card, Empty, Input, Radio, Segmented, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { CaregiverVisitsQuery, VisitTaskOutcome } from '../../gql/graphql';
import { apiProblem, describeProblem, fieldName } from '../../api/errors';
import { EmergencyButton } from '../../ui/EmergencyButton';
import { chinaDayStart, formatDay, formatTime } from '../../ui/format';
import { currentPosition } from '../../ui/geolocation';
import { ORDER_STATUS, ORDER_STATUS_COLOR, SERVICE_KIND, TASK_STATUS } from '../../ui/labels';
import { useLive } from '../../ui/useLive';
import { ObservationButton } from './ObservationForm';
import { useRefetch } from '../../ui/useRefetch';

const VISITS = graphql(`
  query CaregiverVisits($filter: HomeCareOrderFilter) {
    homeCareOrders(filter: $filter, first: 100) {
      nodes {
        id status service startsAt endsAt durationMinutes notes
        elder { id fullName address phone }
        checkIn { at distanceMeters flagged }
        checkOut { at distanceMeters flagged }
        tasks { id title required status note }
      }
    }
  }
`);
const VISIT_CHANGED = graphql(`subscription CaregiverVisitChanged { homeCareOrderChanged { id status } }`);
const CHECK_IN = graphql(`
  mutation CheckIn($orderId: ID!, $location: GeoPointInput!) {
    checkInVisit(orderId: $orderId, location: $location) { id status checkIn { at distanceMeters flagged } }
  }
`);
const CHECK_OUT = graphql(`
  mutation CheckOut($orderId: ID!, $location: GeoPointInput!, $notes: String, $tasks: [VisitTaskResultInput!]) {
    checkOutVisit(orderId: $orderId, location: $location, notes: $notes, tasks: $tasks) { id status checkOut { at distanceMeters flagged } tasks { id status note } }
  }
`);

type Visit = CaregiverVisitsQuery['homeCareOrders']['nodes'][number];

/** Caregiver home (护理员), phone-sized: today's and this week's visits in order, check in and out where the elder lives. */
export default function MyVisitsTodayPage() {
  const [range, setRange] = useState<'today' | 'week'>('today');
  const filter = useMemo(
    () => ({ from: chinaDayStart(0).toISOString(), to: chinaDayStart(range === 'today' ? 1 : 7).toISOString(), status: ['ASSIGNED', 'IN_PROGRESS', 'COMPLETED', 'NO_SHOW'] as never }),
    [range],
  );
  const [{ data, fetching, error }, refetch] = useQuery({ query: VISITS, variables: { filter } });
  const refresh = useRefetch(refetch, fetching);
  // New assignments, reschedules and cancellations arrive live (every 30 s while the live socket is down).
  useLive({ query: VISIT_CHANGED, variables: {} }, refresh, 30_000);
  const visits = [...(data?.homeCareOrders.nodes ?? [])].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  return (
    <div style={{ maxWidth: 480, margin: '0 auto' }}>
      <Typography.Title level={2} style={{ marginTop: 0 }}>我的上门服务</Typography.Title>
      <Segmented block value={range} onChange={(v) => setRange(v as 'today' | 'week')} options={[{ value: 'today', label: '今天' }, { value: 'week', label: '本周（7天）' }]} style={{ marginBottom: 16 }} />
      {error && <Alert type="error" title={describeProblem(apiProblem(error)!)} />}
      {!fetching && visits.length === 0 && <Empty description={range === 'today' ? '今天没有安排' : '这7天没有安排'} />}
      <Space orientation="vertical" style={{ width: '100%' }}>
        {visits.map((v) => <VisitCard key={v.id} visit={v} onChanged={refresh} />)}
      </Space>
    </div>
  );
}

interface TaskResult {
  status?: VisitTaskOutcome;
  reason?: string;
}

function VisitCard({ visit, onChanged }: { visit: Visit; onChanged: () => void }) {
  const [, checkIn] = useMutation(CHECK_IN);
  const [, checkOut] = useMutation(CHECK_OUT);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [notes, setNotes] = useState('');
  const [results, setResults] = useState<Record<string, TaskResult>>({});
  const [taskErrors, setTaskErrors] = useState<Record<string, string>>({});
  const setResult = (taskId: string, patch: TaskResult) => {
    setResults((r) => ({ ...r, [taskId]: { ...r[taskId], ...patch } }));
    setTaskErrors((e) => ({ ...e, [taskId]: '' }));
  };

  const act = async (kind: 'in' | 'out') => {
    setMessage(null);
    setTaskErrors({});
    // The API's rule, checked before sending: a task marked 未做 needs the reason. (A required task left without a
    // result is the API's refusal, which names it.)
    const sent = visit.tasks.filter((t) => results[t.id]?.status).map((t) => ({ taskId: t.id, status: results[t.id].status!, reason: results[t.id].reason?.trim() || undefined }));
    if (kind === 'out') {
      const missing = sent.filter((r) => r.status === 'SKIPPED' && !r.reason);
      if (missing.length) {
        setTaskErrors(Object.fromEntries(missing.map((r) => [r.taskId, '请写明没有做的原因'])));
        return;
      }
    }
    setBusy(true);
    try {
      const location = await currentPosition();
      const result = kind === 'in' ? await checkIn({ orderId: visit.id, location }) : await checkOut({ orderId: visit.id, location, notes: notes || undefined, tasks: sent });
      const p = apiProblem(result.error);
      if (p) {
        setMessage(describeProblem(p));
        // Field problems (`tasks.2.reason`) go beside their task.
        const beside: Record<string, string> = {};
        for (const f of p.fields) {
          const [, index] = fieldName(f.path, '');
          if (typeof index === 'number' && sent[index]) beside[sent[index].taskId] = f.message;
        }
        setTaskErrors(beside);
      } else onChanged();
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const flagged = visit.checkIn?.flagged || visit.checkOut?.flagged;
  const active = visit.status === 'ASSIGNED' || visit.status === 'IN_PROGRESS';
  return (
    <Card size="small" data-testid={`visit-${visit.id}`}
      title={<Space wrap><span>{formatDay(visit.startsAt)} {formatTime(visit.startsAt)}–{formatTime(visit.endsAt)}</span><Tag color={ORDER_STATUS_COLOR[visit.status]}>{ORDER_STATUS[visit.status]}</Tag></Space>}>
      <Typography.Paragraph style={{ marginBottom: 8 }}>
        <strong>{visit.elder?.fullName}</strong> · {SERVICE_KIND[visit.service]} {visit.durationMinutes} 分钟
        <br />地址：{visit.elder?.address ?? '—'}
        {visit.elder?.phone && <><br />电话：<a href={`tel:${visit.elder.phone}`}>{visit.elder.phone}</a></>}
        {visit.notes && <><br />家属备注：{visit.notes}</>}
      </Typography.Paragraph>
      {visit.checkIn && <div>签到 {formatTime(visit.checkIn.at)}，距老人住址 {Math.round(visit.checkIn.distanceMeters)} 米</div>}
      {visit.checkOut && <div>签退 {formatTime(visit.checkOut.at)}，距老人住址 {Math.round(visit.checkOut.distanceMeters)} 米</div>}
      {flagged && <Alert style={{ margin: '8px 0' }} type="warning" showIcon data-testid="geofence-flag" title="位置不在老人住址的签到范围内：已标记，机构会核实这次服务。" />}
      {visit.tasks.length > 0 && (
        <div style={{ margin: '8px 0' }}>
          <Typography.Text strong>护理项目</Typography.Text>
          {visit.tasks.map((t) => (
            <div key={t.id} data-testid={`task-${t.title}`} style={{ borderTop: '1px solid #eee', padding: '8px 0' }}>
              <div>{t.title} {t.required && <Tag color="red">必做</Tag>}{visit.status !== 'IN_PROGRESS' && <Tag>{TASK_STATUS[t.status]}</Tag>}{t.note && `：${t.note}`}</div>
              {visit.status === 'IN_PROGRESS' && (
                <>
                  <Radio.Group aria-label={`${t.title}完成情况`} optionType="button" value={results[t.id]?.status} onChange={(e) => setResult(t.id, { status: e.target.value })}
                    options={[{ value: 'DONE', label: '已完成' }, { value: 'SKIPPED', label: '未做' }]} style={{ marginTop: 4 }} />
                  {results[t.id]?.status === 'SKIPPED' && (
                    <Input style={{ marginTop: 4 }} aria-label={`${t.title}未做原因`} placeholder="没有做的原因（必填）" maxLength={500} value={results[t.id]?.reason ?? ''}
                      status={taskErrors[t.id] ? 'error' : undefined} onChange={(e) => setResult(t.id, { reason: e.target.value })} />
                  )}
                  {taskErrors[t.id] && <div className="ant-form-item-explain-error" role="alert" style={{ color: '#cf1322' }}>{taskErrors[t.id]}</div>}
                </>
              )}
            </div>
          ))}
        </div>
      )}
      {message && <Alert style={{ margin: '8px 0' }} type="error" showIcon role="alert" title={message} />}
      {visit.status === 'ASSIGNED' && <Button type="primary" size="large" block loading={busy} onClick={() => act('in')}>到达签到</Button>}
      {visit.status === 'IN_PROGRESS' && (
        <>
          <Input.TextArea rows={2} placeholder="服务记录（可选）" value={notes} onChange={(e) => setNotes(e.target.value)} style={{ margin: '8px 0' }} aria-label="服务记录" />
          {visit.elder && <ObservationButton elderId={visit.elder.id} orderId={visit.id} />}
          <Button type="primary" size="large" block loading={busy} onClick={() => act('out')} style={{ marginTop: 8 }}>服务完成签退</Button>
        </>
      )}
      {active && visit.elder && <div style={{ marginTop: 12 }}><EmergencyButton elderId={visit.elder.id} elderName={visit.elder.fullName} /></div>}
    </Card>
  );
}
