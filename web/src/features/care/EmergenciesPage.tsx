import { App, Button, Card, Empty, Input, Space, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { apiProblem, describeProblem } from '../../api/errors';
import { useUser } from '../../app/auth';
import { graphql } from '../../gql';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { formatDateTime } from '../../ui/format';
import { usePolling } from '../../ui/usePolling';
import { EMERGENCY_COLOR, EMERGENCY_KIND, EMERGENCY_STATUS } from './careLabels';
import { useServedElderNames } from './useServedElderNames';

const ALERTS = graphql(`query CareEmergencyAlerts { careAlerts(first: 100) { id kind subjectId elderId createdAt } }`);
const EMERGENCY = graphql(`
  query CareEmergency($id: ID!) { emergency(id: $id) { id elderId kind status raisedAt acknowledgedAt escalatedAt resolvedAt resolutionNote location { latitude longitude } } }
`);
const ACK = graphql(`mutation CareAcknowledgeEmergency($id: ID!) { acknowledgeEmergency(id: $id) { id status acknowledgedAt } }`);
const RESOLVE = graphql(`mutation CareResolveEmergency($id: ID!, $note: String!) { resolveEmergency(id: $id, note: $note) { id status resolvedAt resolutionNote } }`);

/** "12分05秒" from `from` to `to`. */
export function elapsed(from: string, to: number): string {
  const s = Math.max(0, Math.floor((to - new Date(from).getTime()) / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return `${h ? `${h}小时` : ''}${m}分${String(s % 60).padStart(2, '0')}秒`;
}

function EmergencyCard({ id, name, now, poll }: { id: string; name: string; now: number; poll: number }) {
  const { message } = App.useApp();
  const [{ data, error }, refetch] = useQuery({ query: EMERGENCY, variables: { id } });
  const refresh = useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]);
  useEffect(() => {
    if (poll) refresh();
  }, [poll, refresh]);
  const [, ack] = useMutation(ACK);
  const [, resolve] = useMutation(RESOLVE);
  const [note, setNote] = useState('');
  const e = data?.emergency;
  if (error) return <ApiErrorAlert error={error} />;
  if (!e) return null;
  const run = async (call: () => Promise<{ error?: Parameters<typeof apiProblem>[0] }>, done: string) => {
    const p = apiProblem((await call()).error);
    if (p) message.error(describeProblem(p));
    else message.success(done);
    refresh();
  };
  const open = e.status !== 'RESOLVED';
  return (
    <Card size="small" data-testid={`emergency-${e.id}`} style={open ? { borderColor: e.status === 'RAISED' ? '#cf1322' : '#d46b08', borderWidth: 2 } : undefined}
      title={<Space wrap><Tag color={EMERGENCY_COLOR[e.status]}>{EMERGENCY_STATUS[e.status]}</Tag>{name} · {EMERGENCY_KIND[e.kind]}{e.escalatedAt && <Tag color="volcano">已上报民政</Tag>}</Space>}>
      <Space orientation="vertical">
        <span>呼叫时间 {formatDateTime(e.raisedAt)}{open && <>，已过 <b data-testid="elapsed">{elapsed(e.raisedAt, now)}</b></>}</span>
        {e.acknowledgedAt && <span>响应于 {formatDateTime(e.acknowledgedAt)}（用时 {elapsed(e.raisedAt, new Date(e.acknowledgedAt).getTime())}）</span>}
        {e.location && <span>位置 {e.location.latitude.toFixed(5)}, {e.location.longitude.toFixed(5)}</span>}
        {e.resolvedAt && <span>解决于 {formatDateTime(e.resolvedAt)}：{e.resolutionNote}</span>}
        {open && (
          <Space wrap>
            {e.status === 'RAISED' && <Button type="primary" danger onClick={() => run(() => ack({ id: e.id }), '已响应')}>响应</Button>}
            <Input style={{ width: 200 }} placeholder="处理结果" aria-label="处理结果" value={note} onChange={(ev) => setNote(ev.target.value)} />
            <Button disabled={!note.trim()} onClick={() => run(() => resolve({ id: e.id, note: note.trim() }), '已解决')}>解决</Button>
          </Space>
        )}
      </Space>
    </Card>
  );
}

/** Emergency help (助急) calls to the provider: acknowledge, resolve, with the time since each call, polled every 10 s. */
export default function EmergenciesPage() {
  const user = useUser();
  const names = useServedElderNames(user.providerId!);
  const [{ data, error }, refetch] = useQuery({ query: ALERTS });
  const [poll, setPoll] = useState(0);
  const refresh = useCallback(() => {
    refetch({ requestPolicy: 'network-only' });
    setPoll((n) => n + 1);
  }, [refetch]);
  usePolling(refresh, 10_000);
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const seen = new Set<string>();
  const calls = (data?.careAlerts ?? []).filter((a) => (a.kind === 'EMERGENCY' || a.kind === 'EMERGENCY_ESCALATED') && !seen.has(a.subjectId) && seen.add(a.subjectId));
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="large">
      <Typography.Title level={2} style={{ margin: 0 }}>助急看板</Typography.Title>
      <ApiErrorAlert error={error} />
      {calls.length === 0 ? <Empty description="暂无助急呼叫" /> : calls.map((a) => <EmergencyCard key={a.subjectId} id={a.subjectId} name={names.get(a.elderId) ?? '老人'} now={now} poll={poll} />)}
    </Space>
  );
}
