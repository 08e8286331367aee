import { Card, Checkbox, Col, Form, InputNumber, Radio, Row, Space, Statistic, Tag, type FormInstance } from 'antd';
import { CARE_LEVEL } from '../../ui/labels';
import { DIMENSIONS, previewAssessment, type Dimension } from './assessment-items';

export type AssessmentValues = Partial<Record<Dimension, Array<number | undefined>>> & {
  coma?: boolean;
  dementiaDiagnosed?: boolean;
  otherMentalDisorderDiagnosed?: boolean;
  careRiskEventsLast30Days?: number;
};

/**
 * The GB/T 42195 form: items grouped by dimension, each scored within its range, and the total and level shown as
 * it is scored. Field names follow the API (`mentalState[6]`), so its field errors land on the item.
 */
export function AssessmentForm({ form, onFinish }: { form: FormInstance<AssessmentValues>; onFinish: (v: AssessmentValues) => void }) {
  const values = Form.useWatch([], form) ?? {};
  const preview = previewAssessment({ scores: values, ...values });
  return (
    <Form form={form} layout="vertical" onFinish={onFinish} name="assessment">
      <Card size="small" style={{ position: 'sticky', top: 0, zIndex: 2, marginBottom: 12 }} aria-live="polite">
        <Row gutter={8}>
          <Col xs={12} sm={6}><Statistic title="总分" value={preview.totalScore} suffix="/ 90" /></Col>
          <Col xs={12} sm={6}><Statistic title="按分数" value={CARE_LEVEL[preview.scoreLevel]} valueStyle={{ fontSize: '1em' }} /></Col>
          <Col xs={24} sm={12}>
            <div>评估结果（调整后）</div>
            <Tag color="blue" style={{ fontSize: '1.1em', padding: 4 }} data-testid="assessment-level">{CARE_LEVEL[preview.finalLevel]}</Tag>
            {!preview.complete && <Tag>尚有未评项目</Tag>}
          </Col>
        </Row>
      </Card>
      {DIMENSIONS.map((d) => (
        <Card key={d.key} size="small" title={`${d.title}（${preview.dimensionScores[d.key]}/${d.items.reduce((n, i) => n + i.max, 0)}）`} style={{ marginBottom: 12 }}>
          <Row gutter={12}>
            {d.items.map((item, i) => (
              <Col xs={12} sm={8} md={6} key={i}>
                <Form.Item name={[d.key, i]} label={`${item.title}（0–${item.max}）`} rules={[{ required: true, message: '请评分' }]}>
                  <Radio.Group aria-label={item.title} optionType="button" options={Array.from({ length: item.max + 1 }, (_, v) => ({ value: v, label: String(v) }))} />
                </Form.Item>
              </Col>
            ))}
          </Row>
        </Card>
      ))}
      <Card size="small" title="等级调整">
        <Space wrap size="large">
          <Form.Item name="coma" valuePropName="checked" noStyle><Checkbox>处于昏迷状态（直接评为完全失能）</Checkbox></Form.Item>
          <Form.Item name="dementiaDiagnosed" valuePropName="checked" noStyle><Checkbox>确诊失智</Checkbox></Form.Item>
          <Form.Item name="otherMentalDisorderDiagnosed" valuePropName="checked" noStyle><Checkbox>确诊其他精神疾病</Checkbox></Form.Item>
          <Form.Item name="careRiskEventsLast30Days" label="近30天照护风险事件（跌倒、噎食、走失、自伤、自杀）次数" style={{ marginBottom: 0 }}>
            <InputNumber min={0} max={100} precision={0} />
          </Form.Item>
        </Space>
      </Card>
    </Form>
  );
}
