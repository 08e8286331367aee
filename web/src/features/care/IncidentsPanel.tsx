import { App, Button, Card, Form, Input, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { apiProblem, describeProblem } from '../../api/errors';
import { graphql } from '../../gql';
import type { IncidentKind, Severity } from '../../gql/graphql';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { formatDateTime } from '../../ui/format';
import { options } from '../../ui/labels';
import { useApiForm } from '../../ui/useApiForm';
import { INCIDENT_KIND, INCIDENT_STATUS, SEVERITY } from './careLabels';

const INCIDENTS = graphql(`
  query CareIncidents($elderId: ID!) {
    incidents(filter: { elderId: $elderId }, first: 50) { totalCount nodes { id kind severity serious status occurredAt place description actionsTaken outcome } }
  }
`);
const REPORT = graphql(`mutation CareReportIncident($input: IncidentInput!) { reportIncident(input: $input) { id status } }`);
const START_REVIEW = graphql(`mutation CareStartIncidentReview($id: ID!) { startIncidentReview(id: $id) { id status } }`);
const CLOSE = graphql(`mutation CareCloseIncident($id: ID!, $outcome: String!) { closeIncident(id: $id, outcome: $outcome) { id status outcome } }`);

interface IncidentValues { kind: IncidentKind; severity: Severity; place: string; description: string; actionsTaken?: string }

/** Incidents of the elder (安全事件): report, start the review, close with an outcome. */
export function IncidentsPanel({ elderId }: { elderId: string }) {
  const { message } = App.useApp();
  const [{ data, error }, refetch] = useQuery({ query: INCIDENTS, variables: { elderId }, requestPolicy: 'network-only' });
  const refresh = () => refetch({ requestPolicy: 'network-only' });
  const [, report] = useMutation(REPORT);
  const [, startReview] = useMutation(START_REVIEW);
  const [, close] = useMutation(CLOSE);
  const { form, problem, unplaced, busy, submit } = useApiForm<IncidentValues>();
  const [outcomes, setOutcomes] = useState<Record<string, string>>({});

  const onFinish = async (v: IncidentValues) => {
    const input = { elderId, ...v, actionsTaken: v.actionsTaken || null, occurredAt: new Date().toISOString() };
    if (await submit(() => report({ input }))) {
      message.success('安全事件已上报');
      form.resetFields();
      refresh();
    }
  };
  const act = async (call: () => Promise<{ error?: Parameters<typeof apiProblem>[0] }>, done: string) => {
    const p = apiProblem((await call()).error);
    if (p) message.error(describeProblem(p));
    else message.success(done);
    refresh();
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Card size="small" title="上报安全事件">
        <ApiErrorAlert problem={problem} unplaced={unplaced} />
        <Form form={form} layout="inline" onFinish={onFinish} style={{ rowGap: 8 }} initialValues={{ kind: 'FALL', severity: 'LOW' }}>
          <Form.Item name="kind" label="类型"><Select style={{ width: 120 }} options={options(INCIDENT_KIND)} /></Form.Item>
          <Form.Item name="severity" label="严重程度"><Select style={{ width: 100 }} options={options(SEVERITY)} /></Form.Item>
          <Form.Item name="place" label="地点" rules={[{ required: true, message: '请填写地点' }, { max: 200 }]}><Input style={{ width: 140 }} /></Form.Item>
          <Form.Item name="description" label="经过" rules={[{ required: true, message: '请填写经过' }, { max: 4000 }]}><Input.TextArea rows={1} style={{ width: 240 }} /></Form.Item>
          <Form.Item name="actionsTaken" label="已采取措施" rules={[{ max: 4000 }]}><Input style={{ width: 200 }} /></Form.Item>
          <Form.Item><Button type="primary" htmlType="submit" loading={busy}>上报</Button></Form.Item>
        </Form>
      </Card>
      <ApiErrorAlert error={error} />
      <Table rowKey="id" size="small" pagination={false} scroll={{ x: true }} dataSource={data?.incidents.nodes ?? []}
        columns={[
          { title: '时间', render: (_, i) => formatDateTime(i.occurredAt) },
          { title: '类型', render: (_, i) => <Space>{INCIDENT_KIND[i.kind]}{i.serious && <Tag color="red">重大</Tag>}</Space> },
          { title: '程度', render: (_, i) => SEVERITY[i.severity] },
          { title: '地点', dataIndex: 'place' },
          { title: '经过', dataIndex: 'description' },
          { title: '状态', render: (_, i) => <Tag>{INCIDENT_STATUS[i.status]}</Tag> },
          {
            title: '处理',
            render: (_, i) =>
              i.status === 'CLOSED' ? (
                `结论：${i.outcome ?? ''}`
              ) : (
                <Space wrap>
                  {i.status === 'REPORTED' && <Button size="small" onClick={() => act(() => startReview({ id: i.id }), '已开始调查')}>开始调查</Button>}
                  <Input size="small" style={{ width: 160 }} placeholder="结案结论" aria-label="结案结论" value={outcomes[i.id] ?? ''} onChange={(e) => setOutcomes((o) => ({ ...o, [i.id]: e.target.value }))} />
                  <Button size="small" disabled={!outcomes[i.id]?.trim()} onClick={() => act(() => close({ id: i.id, outcome: outcomes[i.id].trim() }), '已结案')}>结案</Button>
                </Space>
              ),
          },
        ]} />
    </Space>
  );
}
