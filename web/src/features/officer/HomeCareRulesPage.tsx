import { Alert, Button, Card, Form, Input, InputNumber, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { useUser } from '../../app/auth';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { useApiForm } from '../../ui/useApiForm';
import { WorkingHoursField } from '../../ui/WorkingHoursField';

const RULES = graphql(`
  query OfficerHomeCareRules($regionCode: String!) {
    homeCareRules(regionCode: $regionCode) {
      regionCode cancellationNoticeMinutes checkInOpensMinutesBefore checkInClosesMinutesAfter geofenceMeters homeBedHorizonWeeks maxSlotWindowDays
      minBookingLeadMinutes minVisitMinutes maxVisitMinutes noShowGraceMinutes slotStepMinutes travelBufferMinutes
      defaultWorkingHours { weekday startTime endTime }
    }
  }
`);
const SET_RULES = graphql(`
  mutation SetHomeCareRules($regionPrefix: String!, $input: HomeCareRulesInput!) { setHomeCareRules(regionPrefix: $regionPrefix, input: $input) { regionCode } }
`);

/** The numeric rules, their label and the API's range (the form checks the same range before sending). */
const NUMBERS = [
  ['minBookingLeadMinutes', '最少提前预约（分钟）', 0, 10080],
  ['cancellationNoticeMinutes', '免费取消：开始前（分钟）', 0, 10080],
  ['checkInOpensMinutesBefore', '签到开放：开始前（分钟）', 0, 720],
  ['checkInClosesMinutesAfter', '签到截止：开始后（分钟）', 0, 720],
  ['noShowGraceMinutes', '可标记未上门：开始后（分钟）', 0, 720],
  ['geofenceMeters', '签到位置范围（米）', 10, 100000],
  ['minVisitMinutes', '最短服务时长（分钟）', 5, 1440],
  ['maxVisitMinutes', '最长服务时长（分钟）', 5, 1440],
  ['slotStepMinutes', '预约时间间隔（分钟）', 5, 240],
  ['travelBufferMinutes', '两次上门间隔（分钟）', 0, 240],
  ['maxSlotWindowDays', '一次最多查询的天数', 1, 62],
  ['homeBedHorizonWeeks', '家庭床位提前排期（周）', 1, 12],
] as const;

type Values = Record<(typeof NUMBERS)[number][0], number> & { defaultWorkingHours: Array<{ weekday: number; startTime: string; endTime: string }> };

/** Home-care rules (上门服务规则) of a region: what is in force there, and setting them at a prefix in the officer's scope. */
export default function HomeCareRulesPage() {
  const user = useUser();
  const [prefix, setPrefix] = useState(user.regionScope ?? '');
  const [{ data, error }, refetch] = useQuery({ query: RULES, variables: { regionCode: prefix } });
  const { form, problem, unplaced, busy, submit } = useApiForm<Values>('input');
  const [, save] = useMutation(SET_RULES);
  const [saved, setSaved] = useState(false);
  const rules = data?.homeCareRules;
  useEffect(() => {
    if (rules) form.setFieldsValue({ ...rules, defaultWorkingHours: rules.defaultWorkingHours.map((w) => ({ weekday: w.weekday, startTime: w.startTime, endTime: w.endTime })) });
  }, [rules, form]);
  const onFinish = async (v: Values) => {
    setSaved(false);
    const input = Object.fromEntries(NUMBERS.map(([name]) => [name, v[name]]));
    const result = await submit(() => save({ regionPrefix: prefix, input: { ...input, defaultWorkingHours: v.defaultWorkingHours.map((w) => ({ weekday: w.weekday, startTime: w.startTime, endTime: w.endTime })) } }));
    if (result) { setSaved(true); refetch({ requestPolicy: 'network-only' }); }
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="large">
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={2} style={{ margin: 0 }}>上门服务规则</Typography.Title>
        <Input.Search addonBefore="区域代码" defaultValue={prefix} aria-label="区域代码" style={{ width: 240 }} inputMode="numeric"
          onSearch={(v) => { if (/^\d{0,12}$/.test(v)) { setSaved(false); setPrefix(v); } }} />
      </Space>
      <ApiErrorAlert error={error} />
      <Card title={`${prefix || '全国默认'} 的规则（未单独设置的项沿用上级区域）`}>
        {saved && <Alert type="success" showIcon title="已保存，新预约立即按新规则执行" style={{ marginBottom: 12 }} />}
        <ApiErrorAlert problem={problem} unplaced={unplaced} />
        <Form form={form} layout="vertical" onFinish={onFinish}>
          <Space wrap align="start">
            {NUMBERS.map(([name, label, min, max]) => (
              <Form.Item key={name} name={name} label={label} rules={[{ required: true, message: '请填写' }, { type: 'number', min, max, message: `${min}到${max}` }]}>
                <InputNumber min={min} max={max} precision={0} style={{ width: 180 }} />
              </Form.Item>
            ))}
          </Space>
          <Form.Item label="护理员默认工作时间（北京时间）"><WorkingHoursField name="defaultWorkingHours" /></Form.Item>
          <Button type="primary" htmlType="submit" loading={busy}>保存规则</Button>
        </Form>
      </Card>
    </Space>
  );
}
