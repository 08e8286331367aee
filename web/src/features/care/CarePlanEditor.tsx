import { App, Button, Card, Checkbox, Form, Input, Select, Space, Typography } from 'antd';
import { useEffect } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { ServiceKind, TaskSchedule } from '../../gql/graphql';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { formatDateTime } from '../../ui/format';
import { options, SERVICE_KIND, WEEKDAY } from '../../ui/labels';
import { useApiForm } from '../../ui/useApiForm';
import { TASK_SCHEDULE } from './careLabels';

const PLAN = graphql(`
  query CarePlanOf($elderId: ID!, $providerId: ID!) {
    carePlan(elderId: $elderId, providerId: $providerId) { id goals updatedAt tasks { id title service instructions required schedule weekdays } }
    suggestedCarePlan(elderId: $elderId) { goals tasks { title service instructions required schedule weekdays } }
  }
`);
const SET_PLAN = graphql(`
  mutation SetCarePlan($input: CarePlanInput!) { setCarePlan(input: $input) { id goals updatedAt tasks { id title service instructions required schedule weekdays } } }
`);

interface TaskValues { title: string; service: ServiceKind; instructions?: string | null; required: boolean; schedule: TaskSchedule; weekdays?: number[] | null }
interface PlanValues { goals: string[]; tasks: TaskValues[] }

const toValues = (p: { goals: string[]; tasks: ReadonlyArray<TaskValues> }): PlanValues => ({
  goals: [...p.goals],
  tasks: p.tasks.map((t) => ({ title: t.title, service: t.service, instructions: t.instructions ?? undefined, required: t.required, schedule: t.schedule, weekdays: t.weekdays ?? undefined })),
});

/** The care plan of (elder, own provider): edited from the saved plan, or started from the suggestion of the latest assessment. */
export function CarePlanEditor({ elderId, providerId }: { elderId: string; providerId: string }) {
  const { message } = App.useApp();
  const [{ data, error }, refetch] = useQuery({ query: PLAN, variables: { elderId, providerId }, requestPolicy: 'network-only' });
  const [, setPlan] = useMutation(SET_PLAN);
  const { form, problem, unplaced, busy, submit } = useApiForm<PlanValues>();
  useEffect(() => {
    if (data?.carePlan) form.setFieldsValue(toValues(data.carePlan));
  }, [data?.carePlan, form]);

  const onFinish = async (v: PlanValues) => {
    const tasks = (v.tasks ?? []).map((t) => ({ ...t, instructions: t.instructions || null, weekdays: t.schedule === 'WEEKDAYS' ? (t.weekdays ?? []) : null }));
    const saved = await submit(() => setPlan({ input: { elderId, providerId, goals: (v.goals ?? []).filter(Boolean), tasks } }));
    if (saved) {
      message.success('照护计划已保存');
      refetch({ requestPolicy: 'network-only' });
    }
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <ApiErrorAlert error={error} problem={problem} unplaced={unplaced} />
      <Space wrap>
        <Typography.Text>{data?.carePlan ? `已保存，更新于 ${formatDateTime(data.carePlan.updatedAt)}` : '尚无照护计划'}</Typography.Text>
        <Button disabled={!data?.suggestedCarePlan} onClick={() => data?.suggestedCarePlan && form.setFieldsValue(toValues(data.suggestedCarePlan))}>
          按能力评估建议填写
        </Button>
      </Space>
      <Form form={form} layout="vertical" onFinish={onFinish} initialValues={{ goals: [], tasks: [] }}>
        <Form.List name="goals">
          {(fields, { add, remove }) => (
            <Form.Item label="照护目标">
              {fields.map((f) => (
                <Space key={f.key} style={{ display: 'flex', marginBottom: 8 }} wrap>
                  <Form.Item name={f.name} noStyle rules={[{ required: true, message: '请填写目标' }, { max: 500 }]}>
                    <Input aria-label={`目标 ${f.name + 1}`} style={{ minWidth: 260 }} />
                  </Form.Item>
                  <Button onClick={() => remove(f.name)}>删除</Button>
                </Space>
              ))}
              <Button onClick={() => add('')}>添加目标</Button>
            </Form.Item>
          )}
        </Form.List>
        <Form.List name="tasks">
          {(fields, { add, remove }) => (
            <Space orientation="vertical" style={{ width: '100%' }}>
              {fields.map((f) => (
                <Card key={f.key} size="small" data-testid={`plan-task-${f.name}`}>
                  <Space wrap align="start">
                    <Form.Item name={[f.name, 'title']} label="任务" rules={[{ required: true, message: '请填写任务' }, { max: 200 }]}>
                      <Input style={{ minWidth: 180 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'service']} label="服务" rules={[{ required: true }]}>
                      <Select style={{ minWidth: 140 }} options={options(SERVICE_KIND)} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'schedule']} label="安排" rules={[{ required: true }]}>
                      <Select style={{ minWidth: 140 }} options={options(TASK_SCHEDULE)} />
                    </Form.Item>
                    <Form.Item noStyle shouldUpdate>
                      {() =>
                        form.getFieldValue(['tasks', f.name, 'schedule']) === 'WEEKDAYS' && (
                          <Form.Item name={[f.name, 'weekdays']} label="星期" rules={[{ required: true, message: '请选择星期' }]}>
                            <Checkbox.Group options={WEEKDAY.slice(1).map((d, i) => ({ value: i + 1, label: d }))} />
                          </Form.Item>
                        )
                      }
                    </Form.Item>
                    <Form.Item name={[f.name, 'required']} label="必做" valuePropName="checked">
                      <Checkbox />
                    </Form.Item>
                    <Form.Item name={[f.name, 'instructions']} label="做法" rules={[{ max: 2000 }]}>
                      <Input style={{ minWidth: 200 }} />
                    </Form.Item>
                    <Button onClick={() => remove(f.name)}>删除任务</Button>
                  </Space>
                </Card>
              ))}
              <Button onClick={() => add({ required: true, schedule: 'EVERY_VISIT', service: 'PERSONAL_CARE' })}>添加任务</Button>
            </Space>
          )}
        </Form.List>
        <Button type="primary" htmlType="submit" loading={busy} style={{ marginTop: 16 }}>保存照护计划</Button>
      </Form>
    </Space>
  );
}
