import { App, Button, Card, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { apiProblem, describeProblem } from '../../api/errors';
import { graphql } from '../../gql';
import type { AdministrationStatus, MedicationRoute } from '../../gql/graphql';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import dayjs from 'dayjs';
import { CHINA_TZ, china, formatTime } from '../../ui/format';
import { options } from '../../ui/labels';
import { useApiForm } from '../../ui/useApiForm';
import { ADMINISTRATION_COLOR, ADMINISTRATION_STATUS, MEDICATION_ROUTE } from './careLabels';

const MEDICATION = graphql(`
  query CareMedication($elderId: ID!) {
    medicationOrders(elderId: $elderId) { id drugName dose route timesOfDay startsOn endsOn prescriberNote }
    medicationAdministrations(elderId: $elderId, first: 200) { id medicationOrderId scheduledAt status reason at }
  }
`);
const SET_ORDER = graphql(`
  mutation CareSetMedicationOrder($input: MedicationOrderInput!) { setMedicationOrder(input: $input) { id } }
`);
const RECORD_DOSE = graphql(`
  mutation CareRecordDose($input: MedicationAdministrationInput!) { recordMedicationAdministration(input: $input) { id status } }
`);

interface OrderValues { drugName: string; dose: string; route: MedicationRoute; times: string; startsOn: string; prescriberNote?: string }
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The instant of a dose at HH:MM on a China day (YYYY-MM-DD). */
const doseAt = (day: string, hhmm: string) => dayjs.tz(`${day} ${hhmm}`, CHINA_TZ).toISOString();

/** Medication orders and today's administration chart (MAR): each scheduled dose recorded GIVEN, REFUSED or HELD. */
export function MedicationPanel({ elderId }: { elderId: string }) {
  const { message } = App.useApp();
  const [{ data, error }, refetch] = useQuery({ query: MEDICATION, variables: { elderId }, requestPolicy: 'network-only' });
  const refresh = () => refetch({ requestPolicy: 'network-only' });
  const [, setOrder] = useMutation(SET_ORDER);
  const [, recordDose] = useMutation(RECORD_DOSE);
  const { form, problem, unplaced, busy, submit } = useApiForm<OrderValues>();
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const today = china(new Date()).format('YYYY-MM-DD');

  const doses = (data?.medicationOrders ?? [])
    .filter((o) => o.startsOn <= today && (!o.endsOn || o.endsOn >= today))
    .flatMap((o) => o.timesOfDay.map((time) => {
      const scheduledAt = doseAt(today, time);
      const record = data?.medicationAdministrations.find((a) => a.medicationOrderId === o.id && new Date(a.scheduledAt).getTime() === new Date(scheduledAt).getTime());
      return { key: `${o.id}@${time}`, order: o, time, scheduledAt, record };
    }))
    .sort((a, b) => a.time.localeCompare(b.time));

  const record = async (dose: (typeof doses)[number], status: AdministrationStatus) => {
    const reason = reasons[dose.key]?.trim();
    if (status !== 'GIVEN' && !reason) {
      message.error('拒服或暂停需填写原因');
      return;
    }
    const result = await recordDose({ input: { medicationOrderId: dose.order.id, scheduledAt: dose.scheduledAt, status, reason: status === 'GIVEN' ? null : reason } });
    const p = apiProblem(result.error);
    if (p) message.error(describeProblem(p));
    else message.success(`${dose.order.drugName} ${dose.time} 已记录为${ADMINISTRATION_STATUS[status]}`);
    refresh();
  };

  const onFinish = async (v: OrderValues) => {
    const timesOfDay = v.times.split(/[,，\s]+/).filter(Boolean);
    const saved = await submit(() => setOrder({ input: { elderId, drugName: v.drugName, dose: v.dose, route: v.route, timesOfDay, startsOn: v.startsOn, prescriberNote: v.prescriberNote || null } }));
    if (saved) {
      message.success('医嘱已保存');
      form.resetFields();
      refresh();
    }
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <ApiErrorAlert error={error} />
      <Typography.Title level={4} style={{ margin: 0 }}>今日给药（{today}）</Typography.Title>
      <Table rowKey="key" size="small" pagination={false} scroll={{ x: true }} dataSource={doses} data-testid="mar"
        locale={{ emptyText: '今日无给药安排' }}
        columns={[
          { title: '时间', dataIndex: 'time' },
          { title: '药品', render: (_, d) => `${d.order.drugName} ${d.order.dose}（${MEDICATION_ROUTE[d.order.route]}）` },
          {
            title: '记录',
            render: (_, d) =>
              d.record ? (
                <Space><Tag color={ADMINISTRATION_COLOR[d.record.status]}>{ADMINISTRATION_STATUS[d.record.status]}</Tag>{formatTime(d.record.at)} {d.record.reason ?? ''}</Space>
              ) : (
                <Space wrap>
                  <Button type="primary" size="small" onClick={() => record(d, 'GIVEN')}>已服</Button>
                  <Input size="small" style={{ width: 140 }} placeholder="拒服/暂停原因" aria-label={`${d.order.drugName} ${d.time} 原因`} value={reasons[d.key] ?? ''}
                    onChange={(e) => setReasons((r) => ({ ...r, [d.key]: e.target.value }))} />
                  <Button size="small" onClick={() => record(d, 'REFUSED')}>拒服</Button>
                  <Button size="small" onClick={() => record(d, 'HELD')}>暂停</Button>
                </Space>
              ),
          },
        ]} />
      <Card size="small" title="新增医嘱">
        <ApiErrorAlert problem={problem} unplaced={unplaced} />
        <Form form={form} layout="inline" onFinish={onFinish} style={{ rowGap: 8 }} initialValues={{ route: 'ORAL', startsOn: today }}>
          <Form.Item name="drugName" label="药品" rules={[{ required: true, message: '请填写药品' }, { max: 200 }]}><Input /></Form.Item>
          <Form.Item name="dose" label="剂量" rules={[{ required: true, message: '请填写剂量' }, { max: 100 }]}><Input style={{ width: 100 }} /></Form.Item>
          <Form.Item name="route" label="途径"><Select style={{ width: 100 }} options={options(MEDICATION_ROUTE)} /></Form.Item>
          <Form.Item name="times" label="时间" rules={[{ required: true, message: '如 08:00, 20:00' }, { validator: (_, v: string) => (!v || v.split(/[,，\s]+/).filter(Boolean).every((x) => TIME.test(x)) ? Promise.resolve() : Promise.reject(new Error('时间格式为 HH:MM'))) }]}>
            <Input placeholder="08:00, 20:00" style={{ width: 140 }} />
          </Form.Item>
          <Form.Item name="startsOn" label="开始日期" rules={[{ required: true, pattern: /^\d{4}-\d{2}-\d{2}$/, message: 'YYYY-MM-DD' }]}><Input style={{ width: 120 }} /></Form.Item>
          <Form.Item name="prescriberNote" label="医嘱说明" rules={[{ max: 1000 }]}><Input /></Form.Item>
          <Form.Item><Button htmlType="submit" loading={busy}>保存医嘱</Button></Form.Item>
        </Form>
      </Card>
      <Table rowKey="id" size="small" pagination={false} scroll={{ x: true }} dataSource={data?.medicationOrders ?? []}
        columns={[
          { title: '药品', dataIndex: 'drugName' },
          { title: '剂量', dataIndex: 'dose' },
          { title: '途径', render: (_, o) => MEDICATION_ROUTE[o.route] },
          { title: '时间', render: (_, o) => o.timesOfDay.join('、') },
          { title: '起止', render: (_, o) => `${o.startsOn} 至 ${o.endsOn ?? '长期'}` },
        ]} />
    </Space>
  );
}
