import { Alert, Button, Card, Descriptions, Form, Input, InputNumber, Select, Space, Switch, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { graphql } from '../../gql';
import type { ServiceKind } from '../../gql/graphql';
import { useUser } from '../../app/auth';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { options, SERVICE_KIND, WEEKDAY } from '../../ui/labels';
import { useApiForm } from '../../ui/useApiForm';

const SERVICES = graphql(`
  query StaffServices($providerId: ID!) {
    provider(id: $providerId) { id name regionCode homeCareAutoAssign services { kind priceFen unit durationMinutes } }
  }
`);
const RULES = graphql(`
  query StaffHomeCareRules($regionCode: String!) {
    homeCareRules(regionCode: $regionCode) {
      regionCode cancellationNoticeMinutes checkInOpensMinutesBefore checkInClosesMinutesAfter geofenceMeters homeBedHorizonWeeks
      minBookingLeadMinutes minVisitMinutes maxVisitMinutes noShowGraceMinutes slotStepMinutes travelBufferMinutes
      defaultWorkingHours { weekday startTime endTime }
    }
  }
`);
const SET_SERVICES = graphql(`
  mutation SetProviderServices($providerId: ID!, $services: [ServiceOfferingInput!]!) {
    setProviderServices(providerId: $providerId, services: $services) { id services { kind priceFen unit durationMinutes } }
  }
`);
const SET_AUTO = graphql(`
  mutation SetHomeCareAutoAssign($providerId: ID!, $enabled: Boolean!) { setHomeCareAutoAssign(providerId: $providerId, enabled: $enabled) { providerId autoAssign } }
`);

interface Offering {
  kind: ServiceKind;
  priceYuan: number;
  unit: string;
  durationMinutes?: number | null;
}

/** Services and prices (服务与价格), automatic assignment, and the region's home-care rules the institution works under. */
export default function ServicesPage() {
  const user = useUser();
  const [{ data, error }, refetch] = useQuery({ query: SERVICES, variables: { providerId: user.providerId! } });
  const provider = data?.provider;
  const [{ data: rules }] = useQuery({ query: RULES, variables: { regionCode: provider?.regionCode ?? '' }, pause: !provider });
  const { form, problem, unplaced, busy, submit } = useApiForm<{ services: Offering[] }>('', { priceFen: 'priceYuan' });
  const [, save] = useMutation(SET_SERVICES);
  const [, setAuto] = useMutation(SET_AUTO);
  const [saved, setSaved] = useState(false);
  const [autoError, setAutoError] = useState<CombinedError | null>(null);
  useEffect(() => {
    if (provider) form.setFieldsValue({ services: provider.services.map((s) => ({ kind: s.kind, priceYuan: s.priceFen / 100, unit: s.unit, durationMinutes: s.durationMinutes })) });
  }, [provider, form]);
  const onFinish = async (v: { services: Offering[] }) => {
    setSaved(false);
    const services = (v.services ?? []).map((s) => ({ kind: s.kind, priceFen: Math.round(s.priceYuan * 100), unit: s.unit.trim(), durationMinutes: s.durationMinutes ?? undefined }));
    const result = await submit(() => save({ providerId: user.providerId!, services }));
    if (result) { setSaved(true); refetch({ requestPolicy: 'network-only' }); }
  };
  const r = rules?.homeCareRules;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="large">
      <Typography.Title level={2} style={{ margin: 0 }}>服务与价格</Typography.Title>
      <ApiErrorAlert error={error ?? autoError} />
      <Card title="提供的服务与价格">
        {saved && <Alert type="success" showIcon title="服务与价格已保存" style={{ marginBottom: 12 }} />}
        <ApiErrorAlert problem={problem} unplaced={unplaced} />
        <Form form={form} layout="vertical" onFinish={onFinish}>
          <Form.List name="services">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Space key={field.key} wrap align="baseline" data-testid="service-row">
                    <Form.Item name={[field.name, 'kind']} rules={[{ required: true, message: '请选择服务' },
                      ({ getFieldValue }) => ({ validator: (_, k) => ((getFieldValue('services') as Offering[]).filter((s) => s?.kind === k).length > 1 ? Promise.reject(new Error('每项服务只能列一次')) : Promise.resolve()) })]}>
                      <Select style={{ width: 150 }} options={options(SERVICE_KIND)} aria-label="服务" />
                    </Form.Item>
                    <Form.Item name={[field.name, 'priceYuan']} rules={[{ required: true, message: '请填写价格' }, { type: 'number', min: 0, max: 100000, message: '0 到 100000 元' }]}>
                      <InputNumber min={0} precision={2} addonBefore="¥" style={{ width: 150 }} aria-label="价格（元）" />
                    </Form.Item>
                    <Form.Item name={[field.name, 'unit']} rules={[{ required: true, whitespace: true, message: '单位' }, { max: 20, message: '最多20个字符' }]}>
                      <Input style={{ width: 80 }} placeholder="次" aria-label="计价单位" />
                    </Form.Item>
                    <Form.Item name={[field.name, 'durationMinutes']} rules={[{ type: 'number', min: 1, max: 1440, message: '1 到 1440 分钟' }]}>
                      <InputNumber min={1} max={1440} precision={0} addonAfter="分钟" style={{ width: 150 }} aria-label="标准时长" placeholder="不限" />
                    </Form.Item>
                    <Button onClick={() => remove(field.name)}>删除</Button>
                  </Space>
                ))}
                <Space>
                  <Button onClick={() => add({ unit: '次', durationMinutes: 60 })}>添加服务</Button>
                  <Button type="primary" htmlType="submit" loading={busy}>保存服务与价格</Button>
                </Space>
              </>
            )}
          </Form.List>
        </Form>
      </Card>
      <Card title="自动派单">
        <Space>
          <Switch checked={provider?.homeCareAutoAssign ?? false} aria-label="自动派单"
            onChange={async (enabled) => { const res = await setAuto({ providerId: user.providerId!, enabled }); setAutoError(res.error ?? null); refetch({ requestPolicy: 'network-only' }); }} />
          {provider?.homeCareAutoAssign ? '新预约立即派给有空且有资质的护理员' : '由机构人员手动派单'}
        </Space>
      </Card>
      {r && (
        <Card title={`本地区上门服务规则（${r.regionCode || '全国默认'}，由民政部门设定）`}>
          <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered
            items={[
              { label: '最少提前预约', children: `${r.minBookingLeadMinutes} 分钟` },
              { label: '免费取消', children: `开始前 ${r.cancellationNoticeMinutes} 分钟` },
              { label: '签到时间', children: `开始前 ${r.checkInOpensMinutesBefore} 分钟至开始后 ${r.checkInClosesMinutesAfter} 分钟` },
              { label: '签到位置范围', children: `${r.geofenceMeters} 米` },
              { label: '未上门可标记', children: `开始后 ${r.noShowGraceMinutes} 分钟` },
              { label: '服务时长', children: `${r.minVisitMinutes}–${r.maxVisitMinutes} 分钟` },
              { label: '预约时间间隔', children: `${r.slotStepMinutes} 分钟` },
              { label: '两次上门间隔', children: `${r.travelBufferMinutes} 分钟` },
              { label: '家庭床位提前排期', children: `${r.homeBedHorizonWeeks} 周` },
              { label: '默认工作时间', children: r.defaultWorkingHours.map((w) => `${WEEKDAY[w.weekday]} ${w.startTime}–${w.endTime}`).join('，') },
            ]} />
        </Card>
      )}
    </Space>
  );
}
