import { Alert, Button, Card, Checkbox, Form, Input, InputNumber, Modal, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { graphql } from '../../gql';
import type { ServiceKind, StaffCaregiversQuery } from '../../gql/graphql';
import { useUser } from '../../app/auth';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { formatDateTime } from '../../ui/format';
import { SERVICE_KIND, WEEKDAY } from '../../ui/labels';
import { useApiForm } from '../../ui/useApiForm';
import { HH_MM, weekdayOptions, WorkingHoursField } from '../../ui/WorkingHoursField';

const CAREGIVERS = graphql(`
  query StaffCaregivers($providerId: ID!) {
    caregivers(providerId: $providerId) {
      id displayName qualifiedServices customHours customQualifications
      workingHours { weekday startTime endTime }
    }
    homeBeds(providerId: $providerId) {
      id elderId status createdAt generatedUntil endedAt endReason plan { weekday time service durationMinutes }
    }
    provider(id: $providerId) { id services { kind } }
    elders(filter: { providerId: $providerId }, first: 100) { nodes { id fullName } }
  }
`);
const SET_PROFILE = graphql(`
  mutation SetCaregiverProfile($caregiverId: ID!, $input: SetCaregiverProfileInput!) {
    setCaregiverProfile(caregiverId: $caregiverId, input: $input) { id qualifiedServices customHours customQualifications workingHours { weekday startTime endTime } }
  }
`);
const REGISTER_BED = graphql(`
  mutation RegisterHomeBed($input: RegisterHomeBedInput!) {
    registerHomeBed(input: $input) { homeBed { id status } booked { id } skipped { startsAt service reason } }
  }
`);
const END_BED = graphql(`mutation EndHomeBed($homeBedId: ID!, $reason: String!) { endHomeBed(homeBedId: $homeBedId, reason: $reason) { id status endedAt } }`);
const EXTEND_BED = graphql(`
  mutation ExtendHomeBedVisits($homeBedId: ID!) { extendHomeBedVisits(homeBedId: $homeBedId) { homeBed { id generatedUntil } booked { id } skipped { startsAt service reason } } }
`);

type Caregiver = StaffCaregiversQuery['caregivers'][number];
type HomeBed = StaffCaregiversQuery['homeBeds'][number];

/** Caregivers and their working hours (护理员与排班), and the home beds (家庭养老床位) the institution serves. */
export default function CaregiversPage() {
  const user = useUser();
  const [{ data, error, fetching }, refetch] = useQuery({ query: CAREGIVERS, variables: { providerId: user.providerId! } });
  const [editing, setEditing] = useState<Caregiver | null>(null);
  const [registering, setRegistering] = useState(false);
  const [ending, setEnding] = useState<HomeBed | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [actionError, setActionError] = useState<CombinedError | null>(null);
  const [, extend] = useMutation(EXTEND_BED);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const offered = (data?.provider?.services ?? []).map((s) => s.kind);
  const elderName = new Map((data?.elders.nodes ?? []).map((e) => [e.id, e.fullName]));
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="large">
      <Typography.Title level={2} style={{ margin: 0 }}>护理员与家庭床位</Typography.Title>
      <ApiErrorAlert error={error ?? actionError} />
      {notice && <Alert type="success" showIcon title={notice} closable onClose={() => setNotice(null)} />}
      <Card title="护理员">
        <Table rowKey="id" size="small" loading={fetching} pagination={{ pageSize: 20 }} dataSource={data?.caregivers ?? []} scroll={{ x: true }}
          columns={[
            { title: '姓名', dataIndex: 'displayName' },
            { title: '可提供的服务', render: (_, c) => (c.customQualifications ? c.qualifiedServices.map((s) => <Tag key={s}>{SERVICE_KIND[s]}</Tag>) : '全部服务') },
            { title: '工作时间', render: (_, c) => <>{c.workingHours.map((w, i) => <div key={i}>{WEEKDAY[w.weekday]} {w.startTime}–{w.endTime}</div>)}{!c.customHours && <Tag>地区默认</Tag>}</> },
            { title: '', render: (_, c) => <Button size="small" onClick={() => setEditing(c)} aria-label={`修改 ${c.displayName}`}>修改</Button> },
          ]} />
      </Card>
      <Card title="家庭养老床位" extra={<Button type="primary" onClick={() => setRegistering(true)}>登记家庭床位</Button>}>
        <Table rowKey="id" size="small" loading={fetching} pagination={{ pageSize: 20 }} dataSource={data?.homeBeds ?? []} scroll={{ x: true }}
          columns={[
            { title: '老人', dataIndex: 'elderId', render: (id: string) => elderName.get(id) ?? id },
            { title: '登记时间', dataIndex: 'createdAt', render: formatDateTime },
            { title: '状态', render: (_, b) => (b.status === 'ACTIVE' ? <Tag color="green">服务中</Tag> : <Tag>已结束（{b.endReason}）</Tag>) },
            { title: '服务计划', render: (_, b) => b.plan.map((p, i) => <div key={i}>{WEEKDAY[p.weekday]} {p.time} {SERVICE_KIND[p.service]} {p.durationMinutes}分钟</div>) },
            { title: '已排到', dataIndex: 'generatedUntil', render: formatDateTime },
            {
              title: '',
              render: (_, b) => b.status === 'ACTIVE' && (
                <Space wrap>
                  <Button size="small" onClick={async () => {
                    const r = await extend({ homeBedId: b.id });
                    setActionError(r.error ?? null);
                    if (r.data) {
                      const g = r.data.extendHomeBedVisits;
                      setNotice(`已排到 ${formatDateTime(g.homeBed.generatedUntil)}：新增或已有 ${g.booked.length} 次上门${g.skipped.length ? `，${g.skipped.length} 次未能预约` : ''}`);
                      reload();
                    }
                  }}>续排上门</Button>
                  <Button size="small" danger onClick={() => setEnding(b)}>结束</Button>
                </Space>
              ),
            },
          ]} />
      </Card>
      {editing && <CaregiverModal caregiver={editing} offered={offered} onClose={(changed) => { setEditing(null); if (changed) { setNotice(`已保存 ${editing.displayName} 的资质与工作时间`); reload(); } }} />}
      {registering && (
        <HomeBedModal providerId={user.providerId!} offered={offered} elders={data?.elders.nodes ?? []}
          onClose={(message) => { setRegistering(false); if (message) { setNotice(message); reload(); } }} />
      )}
      {ending && <EndBedModal bed={ending} onClose={(changed) => { setEnding(null); if (changed) { setNotice('家庭床位已结束，未开始的上门已取消'); reload(); } }} />}
    </Space>
  );
}

interface ProfileValues {
  allServices: boolean;
  qualifiedServices: ServiceKind[];
  defaultHours: boolean;
  workingHours: Array<{ weekday: number; startTime: string; endTime: string }>;
}

function CaregiverModal({ caregiver, offered, onClose }: { caregiver: Caregiver; offered: ServiceKind[]; onClose: (changed: boolean) => void }) {
  const { form, problem, unplaced, busy, submit } = useApiForm<ProfileValues>('input');
  const [, save] = useMutation(SET_PROFILE);
  const allServices = Form.useWatch('allServices', form);
  const defaultHours = Form.useWatch('defaultHours', form);
  const onFinish = async (v: ProfileValues) => {
    const data = await submit(() => save({
      caregiverId: caregiver.id,
      input: {
        qualifiedServices: v.allServices ? null : v.qualifiedServices,
        workingHours: v.defaultHours ? null : v.workingHours.map((w) => ({ weekday: w.weekday, startTime: w.startTime, endTime: w.endTime })),
      },
    }));
    if (data) onClose(true);
  };
  return (
    <Modal open title={`资质与工作时间：${caregiver.displayName}`} okText="保存" confirmLoading={busy} onOk={() => form.submit()} onCancel={() => onClose(false)} width={640}>
      <ApiErrorAlert problem={problem} unplaced={unplaced} />
      <Form form={form} layout="vertical" onFinish={onFinish}
        initialValues={{
          allServices: !caregiver.customQualifications,
          qualifiedServices: caregiver.customQualifications ? caregiver.qualifiedServices : offered,
          defaultHours: !caregiver.customHours,
          workingHours: caregiver.workingHours.map((w) => ({ weekday: w.weekday, startTime: w.startTime, endTime: w.endTime })),
        }}>
        <Form.Item name="allServices" label="可提供本机构的全部服务" valuePropName="checked"><Switch /></Form.Item>
        {!allServices && (
          <Form.Item name="qualifiedServices" label="可提供的服务">
            <Checkbox.Group options={offered.map((k) => ({ value: k, label: SERVICE_KIND[k] }))} />
          </Form.Item>
        )}
        <Form.Item name="defaultHours" label="使用地区默认工作时间" valuePropName="checked"><Switch /></Form.Item>
        {!defaultHours && <Form.Item label="每周工作时间（北京时间）" required><WorkingHoursField name="workingHours" /></Form.Item>}
      </Form>
    </Modal>
  );
}

interface BedValues {
  elderId: string;
  plan: Array<{ weekday: number; time: string; service: ServiceKind; durationMinutes: number }>;
}

function HomeBedModal({ providerId, offered, elders, onClose }: { providerId: string; offered: ServiceKind[]; elders: Array<{ id: string; fullName: string }>; onClose: (message: string | null) => void }) {
  const { form, problem, unplaced, busy, submit } = useApiForm<BedValues>('input');
  const [, register] = useMutation(REGISTER_BED);
  const onFinish = async (v: BedValues) => {
    const data = await submit(() => register({ input: { providerId, elderId: v.elderId, plan: v.plan } }));
    if (data) {
      const g = data.registerHomeBed;
      onClose(`家庭床位已登记：已预约 ${g.booked.length} 次上门${g.skipped.length ? `，${g.skipped.length} 次因时段无空闲未能预约` : ''}`);
    }
  };
  return (
    <Modal open title="登记家庭养老床位" okText="登记" confirmLoading={busy} onOk={() => form.submit()} onCancel={() => onClose(null)} width={680}>
      <ApiErrorAlert problem={problem} unplaced={unplaced} />
      <Form form={form} layout="vertical" onFinish={onFinish} initialValues={{ plan: [{ weekday: 1, time: '09:00', service: offered[0], durationMinutes: 60 }] }}>
        <Form.Item name="elderId" label="老人（本机构服务的老人）" rules={[{ required: true, message: '请选择老人' }]}>
          <Select showSearch optionFilterProp="label" options={elders.map((e) => ({ value: e.id, label: e.fullName }))} />
        </Form.Item>
        <Form.Item label="每周服务计划" required>
          <Form.List name="plan" rules={[{ validator: (_, v: unknown[]) => (v?.length ? Promise.resolve() : Promise.reject(new Error('至少一项'))) }]}>
            {(fields, { add, remove }, { errors }) => (
              <>
                {fields.map((field) => (
                  <Space key={field.key} wrap align="baseline">
                    <Form.Item name={[field.name, 'weekday']} rules={[{ required: true }]}><Select options={weekdayOptions} style={{ width: 90 }} aria-label="星期" /></Form.Item>
                    <Form.Item name={[field.name, 'time']} rules={[{ required: true, message: '时间' }, { pattern: HH_MM, message: 'HH:MM' }]}><Input style={{ width: 90 }} aria-label="上门时间" /></Form.Item>
                    <Form.Item name={[field.name, 'service']} rules={[{ required: true, message: '服务' }]}>
                      <Select style={{ width: 140 }} options={offered.map((k) => ({ value: k, label: SERVICE_KIND[k] }))} aria-label="服务" />
                    </Form.Item>
                    <Form.Item name={[field.name, 'durationMinutes']} rules={[{ required: true, message: '时长' }]}>
                      <InputNumber min={5} max={1440} precision={0} addonAfter="分钟" style={{ width: 140 }} aria-label="时长" />
                    </Form.Item>
                    <Button onClick={() => remove(field.name)}>删除</Button>
                  </Space>
                ))}
                <Button onClick={() => add({ weekday: 1, time: '09:00', service: offered[0], durationMinutes: 60 })}>添加一项</Button>
                <Form.ErrorList errors={errors} />
              </>
            )}
          </Form.List>
        </Form.Item>
      </Form>
    </Modal>
  );
}

function EndBedModal({ bed, onClose }: { bed: HomeBed; onClose: (changed: boolean) => void }) {
  const { form, problem, unplaced, busy, submit } = useApiForm<{ reason: string }>('');
  const [, end] = useMutation(END_BED);
  return (
    <Modal open title="结束家庭床位" okText="结束" okButtonProps={{ danger: true }} confirmLoading={busy} onOk={() => form.submit()} onCancel={() => onClose(false)}>
      <ApiErrorAlert problem={problem} unplaced={unplaced} />
      <Form form={form} layout="vertical" onFinish={async (v) => { if (await submit(() => end({ homeBedId: bed.id, reason: v.reason }))) onClose(true); }}>
        <Form.Item name="reason" label="结束原因（未开始的上门将取消）" rules={[{ required: true, whitespace: true, message: '请填写原因' }, { max: 500, message: '最多500个字符' }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
