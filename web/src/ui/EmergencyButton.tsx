import { Alert, Button, Checkbox, Modal, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import { useMutation, useSubscription } from 'urql';
import { apiProblem, describeProblem } from '../api/errors';
import { graphql } from '../gql';
import { currentPosition } from './geolocation';
import { formatTime } from './format';
import { EMERGENCY_KIND, EMERGENCY_STATUS, options } from './labels';

const RAISE = graphql(`
  mutation RaiseEmergency($elderId: ID!, $kind: String!, $location: GeoPointInput) {
    raiseEmergency(elderId: $elderId, kind: $kind, location: $location) { id status kind raisedAt acknowledgedAt escalatedAt resolvedAt resolutionNote }
  }
`);
const CHANGED = graphql(`
  subscription EmergencyChanged($id: ID!) {
    emergencyChanged(id: $id) { id status kind raisedAt acknowledgedAt escalatedAt resolvedAt resolutionNote }
  }
`);

type Emergency = { id: string; status: string; kind: string; raisedAt: string; acknowledgedAt?: string | null; escalatedAt?: string | null; resolvedAt?: string | null; resolutionNote?: string | null };

/**
 * 紧急求助: a big red button, then what happened (the kind) and, if allowed, where the elder is; afterwards the
 * emergency's state, pushed live: answered by the serving provider, escalated to civil affairs, resolved.
 */
export function EmergencyButton({ elderId, elderName }: { elderId: string; elderName?: string }) {
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<string | null>(null);
  const [withLocation, setWithLocation] = useState(true);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [raised, setRaised] = useState<Emergency | null>(null);
  const [, raise] = useMutation(RAISE);
  const [{ data }] = useSubscription({ query: CHANGED, variables: { id: raised?.id ?? '' }, pause: !raised });
  const current: Emergency | null = data?.emergencyChanged.id === raised?.id && data ? data.emergencyChanged : raised;

  const send = async () => {
    if (!kind) {
      setProblem('请选择发生了什么');
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      // The position helps responders but never holds the call for help back.
      const location = withLocation ? await currentPosition(5_000).catch(() => undefined) : undefined;
      const result = await raise({ elderId, kind, location });
      const p = apiProblem(result.error);
      if (p) setProblem(describeProblem(p));
      else if (result.data) {
        setRaised(result.data.raiseEmergency);
        setOpen(false);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <div data-testid="emergency">
      <Button danger type="primary" block size="large" style={{ height: 64, fontSize: '1.4em', fontWeight: 700 }} onClick={() => { setOpen(true); setProblem(null); }}>
        紧急求助
      </Button>
      {current && (
        <Alert
          style={{ marginTop: 12 }}
          showIcon
          role="status"
          data-testid="emergency-status"
          type={current.status === 'RAISED' ? 'error' : current.status === 'ACKNOWLEDGED' ? 'warning' : 'success'}
          title={`${EMERGENCY_KIND[current.kind] ?? current.kind}：${EMERGENCY_STATUS[current.status] ?? current.status}`}
          description={
            <Space orientation="vertical" size={0}>
              <span>{formatTime(current.raisedAt)} 发出求助{elderName ? `（${elderName}）` : ''}，服务机构已收到通知。</span>
              {current.acknowledgedAt && <span>{formatTime(current.acknowledgedAt)} 已有人响应，正在处理。</span>}
              {current.escalatedAt && <span>{formatTime(current.escalatedAt)} 已上报民政部门。</span>}
              {current.resolvedAt && <span>{formatTime(current.resolvedAt)} 处理完毕{current.resolutionNote ? `：${current.resolutionNote}` : ''}。</span>}
              {current.status === 'RAISED' && <strong>情况危急请直接拨打 120。</strong>}
            </Space>
          }
        />
      )}
      <Modal open={open} title="紧急求助" okText="立即求助" okButtonProps={{ danger: true, size: 'large' }} confirmLoading={busy} onOk={send} onCancel={() => setOpen(false)}>
        <Typography.Paragraph>发生了什么？{elderName ? `（${elderName}）` : ''}</Typography.Paragraph>
        <Radio.Group aria-label="发生了什么" value={kind} onChange={(e) => setKind(e.target.value)} options={options(EMERGENCY_KIND)} optionType="button" buttonStyle="solid" size="large" />
        <div style={{ marginTop: 12 }}>
          <Checkbox checked={withLocation} onChange={(e) => setWithLocation(e.target.checked)}>同时发送当前位置</Checkbox>
        </div>
        {problem && <Alert style={{ marginTop: 12 }} type="error" showIcon role="alert" title={problem} />}
        <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>情况危急请直接拨打 120。</Typography.Paragraph>
      </Modal>
    </div>
  );
}
