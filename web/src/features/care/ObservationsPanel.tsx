import { App, Button, Form, Input, InputNumber, Select, Space, Table } from 'antd';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { FoodIntake, Mood } from '../../gql/graphql';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { formatDateTime } from '../../ui/format';
import { options } from '../../ui/labels';
import { useApiForm } from '../../ui/useApiForm';
import { FOOD_INTAKE, MOOD } from './careLabels';

const OBSERVATIONS = graphql(`
  query CareObservations($elderId: ID!) {
    observations(elderId: $elderId, first: 50) { id observedAt foodIntake fluidMl mood pain nightToileting pulse weightKg bloodGlucose bloodPressure { systolic diastolic } note }
  }
`);
export const RECORD_OBSERVATION = graphql(`
  mutation CareRecordObservation($input: ObservationInput!) { recordObservation(input: $input) { id } }
`);

export interface ObservationValues {
  foodIntake?: FoodIntake;
  fluidMl?: number;
  mood?: Mood;
  pain?: number;
  nightToileting?: number;
  pulse?: number;
  weightKg?: number;
  bloodPressure?: { systolic?: number; diastolic?: number };
  note?: string;
}

/** The observation entry form (观察记录): the API's ranges checked before sending, its field errors beside the fields. */
export function ObservationForm({ elderId, onSaved }: { elderId: string; onSaved?: () => void }) {
  const { message } = App.useApp();
  const [, record] = useMutation(RECORD_OBSERVATION);
  const { form, problem, unplaced, busy, submit } = useApiForm<ObservationValues>();
  const onFinish = async (v: ObservationValues) => {
    const bp = v.bloodPressure?.systolic != null || v.bloodPressure?.diastolic != null ? v.bloodPressure : undefined;
    const input = { elderId, ...v, bloodPressure: bp ? { systolic: bp.systolic!, diastolic: bp.diastolic! } : undefined, note: v.note || undefined };
    if (await submit(() => record({ input }))) {
      message.success('观察已记录');
      form.resetFields();
      onSaved?.();
    }
  };
  const bothOrNone = (other: 'systolic' | 'diastolic') => ({
    validator: (_: unknown, value: number | undefined) =>
      (value == null) === (form.getFieldValue(['bloodPressure', other]) == null) ? Promise.resolve() : Promise.reject(new Error('收缩压和舒张压需同时填写')),
  });
  return (
    <>
      <ApiErrorAlert problem={problem} unplaced={unplaced} />
      <Form form={form} layout="inline" onFinish={onFinish} style={{ rowGap: 8 }} aria-label="观察记录表">
        <Form.Item name="foodIntake" label="进食"><Select allowClear style={{ width: 110 }} options={options(FOOD_INTAKE)} /></Form.Item>
        <Form.Item name="fluidMl" label="饮水(ml)" rules={[{ type: 'number', min: 0, max: 10000, message: '0 到 10000 毫升' }]}><InputNumber /></Form.Item>
        <Form.Item name="mood" label="情绪"><Select allowClear style={{ width: 110 }} options={options(MOOD)} /></Form.Item>
        <Form.Item name="pain" label="疼痛(0-10)" rules={[{ type: 'number', min: 0, max: 10, message: '0 到 10' }]}><InputNumber /></Form.Item>
        <Form.Item name="nightToileting" label="夜间如厕" rules={[{ type: 'number', min: 0, max: 30, message: '0 到 30 次' }]}><InputNumber /></Form.Item>
        <Form.Item name={['bloodPressure', 'systolic']} label="收缩压" dependencies={[['bloodPressure', 'diastolic']]} rules={[{ type: 'number', min: 40, max: 300, message: '40 到 300' }, bothOrNone('diastolic')]}><InputNumber /></Form.Item>
        <Form.Item name={['bloodPressure', 'diastolic']} label="舒张压" dependencies={[['bloodPressure', 'systolic']]} rules={[{ type: 'number', min: 20, max: 200, message: '20 到 200' }, bothOrNone('systolic')]}><InputNumber /></Form.Item>
        <Form.Item name="pulse" label="脉搏" rules={[{ type: 'number', min: 20, max: 250, message: '20 到 250' }]}><InputNumber /></Form.Item>
        <Form.Item name="weightKg" label="体重(kg)" rules={[{ type: 'number', min: 10, max: 300, message: '10 到 300 公斤' }]}><InputNumber step={0.1} /></Form.Item>
        <Form.Item name="note" label="备注" rules={[{ max: 2000 }]}><Input style={{ width: 220 }} /></Form.Item>
        <Form.Item><Button type="primary" htmlType="submit" loading={busy}>记录观察</Button></Form.Item>
      </Form>
    </>
  );
}

/** Observations of the elder, newest first, and the entry form. */
export function ObservationsPanel({ elderId }: { elderId: string }) {
  const [{ data, error, fetching }, refetch] = useQuery({ query: OBSERVATIONS, variables: { elderId }, requestPolicy: 'network-only' });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <ObservationForm elderId={elderId} onSaved={() => refetch({ requestPolicy: 'network-only' })} />
      <ApiErrorAlert error={error} />
      <Table rowKey="id" size="small" loading={fetching} pagination={false} scroll={{ x: true }} dataSource={data?.observations ?? []}
        columns={[
          { title: '时间', render: (_, o) => formatDateTime(o.observedAt) },
          { title: '进食', render: (_, o) => (o.foodIntake ? FOOD_INTAKE[o.foodIntake] : '—') },
          { title: '饮水', render: (_, o) => o.fluidMl ?? '—' },
          { title: '情绪', render: (_, o) => (o.mood ? MOOD[o.mood] : '—') },
          { title: '疼痛', render: (_, o) => o.pain ?? '—' },
          { title: '血压', render: (_, o) => (o.bloodPressure ? `${o.bloodPressure.systolic}/${o.bloodPressure.diastolic}` : '—') },
          { title: '脉搏', render: (_, o) => o.pulse ?? '—' },
          { title: '体重', render: (_, o) => o.weightKg ?? '—' },
          { title: '夜间如厕', render: (_, o) => o.nightToileting ?? '—' },
          { title: '备注', render: (_, o) => o.note ?? '' },
        ]} />
    </Space>
  );
}
