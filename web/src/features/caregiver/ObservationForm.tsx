import { App, Button, Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { FoodIntake, Mood } from '../../gql/graphql';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { FOOD_INTAKE, MOOD, options } from '../../ui/labels';
import { useApiForm } from '../../ui/useApiForm';

const RECORD = graphql(`
  mutation RecordVisitObservation($input: ObservationInput!) {
    recordObservation(input: $input) { id observedAt foodIntake mood pain }
  }
`);

interface Values {
  foodIntake?: FoodIntake;
  fluidMl?: number;
  mood?: Mood;
  pain?: number;
  bloodPressure?: { systolic?: number; diastolic?: number };
  pulse?: number;
  bloodGlucose?: number;
  weightKg?: number;
  skinProblems?: string;
  note?: string;
}

/** The API's ranges (ObservationInput), checked before sending. */
const range = (min: number, max: number, what: string) => [{ type: 'number' as const, min, max, message: `${what}应在 ${min}–${max} 之间` }];

/** 记录观察: what the caregiver saw at this visit (food, fluid, mood, pain, vital signs, a note). */
export function ObservationButton({ elderId, orderId }: { elderId: string; orderId: string }) {
  const [open, setOpen] = useState(false);
  const [, record] = useMutation(RECORD);
  const { message } = App.useApp();
  const { form, problem, unplaced, busy, submit } = useApiForm<Values>('input');
  const onFinish = async (v: Values) => {
    const bp = v.bloodPressure?.systolic != null && v.bloodPressure?.diastolic != null ? { systolic: v.bloodPressure.systolic, diastolic: v.bloodPressure.diastolic } : undefined;
    const input = {
      elderId,
      orderId,
      foodIntake: v.foodIntake,
      fluidMl: v.fluidMl,
      mood: v.mood,
      pain: v.pain,
      bloodPressure: bp,
      pulse: v.pulse,
      bloodGlucose: v.bloodGlucose,
      weightKg: v.weightKg,
      skinProblems: v.skinProblems || undefined,
      note: v.note || undefined,
    };
    const data = await submit(() => record({ input }));
    if (data) {
      message.success('观察记录已保存');
      form.resetFields();
      setOpen(false);
    }
  };
  return (
    <>
      <Button size="large" block onClick={() => setOpen(true)}>记录观察</Button>
      <Modal open={open} title="记录观察" okText="保存" confirmLoading={busy} onOk={() => form.submit()} onCancel={() => setOpen(false)} destroyOnHidden={false}>
        <ApiErrorAlert problem={problem} unplaced={unplaced} />
        <Form form={form} layout="vertical" onFinish={onFinish}>
          <Form.Item name="foodIntake" label="进食"><Select aria-label="进食" allowClear options={options(FOOD_INTAKE)} /></Form.Item>
          <Form.Item name="fluidMl" label="饮水（毫升）" rules={range(0, 10000, '饮水')}><InputNumber aria-label="饮水（毫升）" style={{ width: '100%' }} /></Form.Item>
          <Form.Item name="mood" label="情绪"><Select aria-label="情绪" allowClear options={options(MOOD)} /></Form.Item>
          <Form.Item name="pain" label="疼痛（0 不痛 – 10 最痛）" rules={range(0, 10, '疼痛')}><InputNumber aria-label="疼痛" precision={0} style={{ width: '100%' }} /></Form.Item>
          <Form.Item label="血压（毫米汞柱）">
            <Space.Compact style={{ width: '100%' }}>
              <Form.Item name={['bloodPressure', 'systolic']} noStyle rules={range(40, 300, '收缩压')}><InputNumber aria-label="收缩压" placeholder="高压" precision={0} style={{ width: '50%' }} /></Form.Item>
              <Form.Item name={['bloodPressure', 'diastolic']} noStyle rules={range(20, 200, '舒张压')}><InputNumber aria-label="舒张压" placeholder="低压" precision={0} style={{ width: '50%' }} /></Form.Item>
            </Space.Compact>
          </Form.Item>
          <Form.Item name="pulse" label="脉搏（次/分）" rules={range(20, 250, '脉搏')}><InputNumber aria-label="脉搏" precision={0} style={{ width: '100%' }} /></Form.Item>
          <Form.Item name="bloodGlucose" label="血糖（mmol/L）" rules={range(0, 50, '血糖')}><InputNumber aria-label="血糖" step={0.1} style={{ width: '100%' }} /></Form.Item>
          <Form.Item name="weightKg" label="体重（公斤）" rules={range(10, 300, '体重')}><InputNumber aria-label="体重" step={0.1} style={{ width: '100%' }} /></Form.Item>
          <Form.Item name="skinProblems" label="皮肤情况" rules={[{ max: 500, message: '最多500个字符' }]}><Input aria-label="皮肤情况" /></Form.Item>
          <Form.Item name="note" label="备注" rules={[{ max: 2000, message: '最多2000个字符' }]}><Input.TextArea aria-label="观察备注" rows={2} /></Form.Item>
        </Form>
      </Modal>
    </>
  );
}
