import { Alert, Button, Card, Empty, Input, Segmented, Space, Tag, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { CaregiverVisitsQuery } from '../../gql/graphql';
import { apiProblem, describeProblem } from '../../api/errors';
import { chinaDayStart, formatDay, formatTime } from '../../ui/format';
import { ORDER_STATUS, ORDER_STATUS_COLOR, SERVICE_KIND } from '../../ui/labels';
import { usePolling } from '../../ui/usePolling';

const VISITS = graphql(`
  query CaregiverVisits($filter: HomeCareOrderFilter) {
    homeCareOrders(filter: $filter, first: 100) {
      nodes {
        id status service startsAt endsAt durationMinutes notes
        elder { id fullName address phone }
        checkIn { at distanceMeters flagged }
        checkOut { at distanceMeters flagged }
      }
    }
  }
`);
const CHECK_IN = graphql(`
  mutation CheckIn($orderId: ID!, $location: GeoPointInput!) {
    checkInVisit(orderId: $orderId, location: $location) { id status checkIn { at distanceMeters flagged } }
  }
`);
const CHECK_OUT = graphql(`
  mutation CheckOut($orderId: ID!, $location: GeoPointInput!, $notes: String) {
    checkOutVisit(orderId: $orderId, location: $location, notes: $notes) { id status checkOut { at distanceMeters flagged } }
  }
`);

type Visit = CaregiverVisitsQuery['homeCareOrders']['nodes'][number];

/** The browser's position, as the API's GeoPointInput. */
export function currentPosition(): Promise<{ latitude: number; longitude: number }> {
  return new Promise((resolve, reject) => {
    if (!navigator.geolocation) return reject(new Error('此设备不支持定位'));
    navigator.geolocation.getCurrentPosition(
      (p) => resolve({ latitude: p.coords.latitude, longitude: p.coords.longitude }),
      (e) => reject(new Error(e.code === e.PERMISSION_DENIED ? '请允许浏览器获取位置后再签到' : '无法获取当前位置，请到室外或稍后再试')),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 0 },
    );
  });
}

/** Caregiver home (护理员), phone-sized: today's and this week's visits in order, check in and out where the elder lives. */
export default function MyVisitsTodayPage() {
  const [range, setRange] = useState<'today' | 'week'>('today');
  const filter = useMemo(
    () => ({ from: chinaDayStart(0).toISOString(), to: chinaDayStart(range === 'today' ? 1 : 7).toISOString(), status: ['ASSIGNED', 'IN_PROGRESS', 'COMPLETED', 'NO_SHOW'] as never }),
    [range],
  );
  const [{ data, fetching, error }, refetch] = useQuery({ query: VISITS, variables: { filter } });
  const refresh = useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]);
  usePolling(refresh, 30_000);
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

function VisitCard({ visit, onChanged }: { visit: Visit; onChanged: () => void }) {
  const [, checkIn] = useMutation(CHECK_IN);
  const [, checkOut] = useMutation(CHECK_OUT);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [notes, setNotes] = useState('');
  const act = async (kind: 'in' | 'out') => {
    setBusy(true);
    setMessage(null);
    try {
      const location = await currentPosition();
      const result = kind === 'in' ? await checkIn({ orderId: visit.id, location }) : await checkOut({ orderId: visit.id, location, notes: notes || undefined });
      const p = apiProblem(result.error);
      if (p) setMessage(describeProblem(p));
      else onChanged();
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const flagged = visit.checkIn?.flagged || visit.checkOut?.flagged;
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
      {message && <Alert style={{ margin: '8px 0' }} type="error" showIcon title={message} />}
      {visit.status === 'ASSIGNED' && <Button type="primary" size="large" block loading={busy} onClick={() => act('in')}>到达签到</Button>}
      {visit.status === 'IN_PROGRESS' && (
        <>
          <Input.TextArea rows={2} placeholder="服务记录（可选）" value={notes} onChange={(e) => setNotes(e.target.value)} style={{ margin: '8px 0' }} aria-label="服务记录" />
          <Button type="primary" size="large" block loading={busy} onClick={() => act('out')}>服务完成签退</Button>
        </>
      )}
    </Card>
  );
}
