import { Alert, Button, Card, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { graphql } from '../../gql';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { formatDateTime } from '../../ui/format';

const FAILED = graphql(`
  query FailedEvents($after: String) {
    failedEvents(first: 20, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      nodes { id eventId eventName handler attempts error occurredAt failedAt payload }
    }
  }
`);
const RETRY = graphql(`mutation RetryFailedEvent($id: ID!) { retryFailedEvent(id: $id) }`);

/** Event deliveries that failed on every attempt (失败的事件), for admins to read and deliver once more. */
export default function FailedEventsPage() {
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, error, fetching }, refetch] = useQuery({ query: FAILED, variables: { after } });
  const [, retry] = useMutation(RETRY);
  const [retryError, setRetryError] = useState<CombinedError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="large">
      <Typography.Title level={2} style={{ margin: 0 }}>失败的事件</Typography.Title>
      <Typography.Paragraph type="secondary">每条是一个事件交给一个处理程序时多次重试仍失败的记录。排除原因后可重新投递。</Typography.Paragraph>
      <ApiErrorAlert error={error ?? retryError} />
      {notice && <Alert type="success" showIcon title={notice} closable onClose={() => setNotice(null)} />}
      <Card>
        <Table rowKey="id" size="small" loading={fetching} pagination={false} dataSource={data?.failedEvents.nodes ?? []} scroll={{ x: true }}
          expandable={{ expandedRowRender: (e) => <pre style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{e.payload}</pre> }}
          columns={[
            { title: '最后失败', dataIndex: 'failedAt', render: formatDateTime },
            { title: '事件', dataIndex: 'eventName' },
            { title: '处理程序', dataIndex: 'handler' },
            { title: '次数', dataIndex: 'attempts' },
            { title: '错误', dataIndex: 'error' },
            {
              title: '',
              render: (_, e) => (
                <Button size="small" onClick={async () => {
                  const r = await retry({ id: e.id }, { additionalTypenames: ['FailedEvent'] });
                  setRetryError(r.error ?? null);
                  if (!r.error) { setNotice(`已重新投递 ${e.eventName} → ${e.handler}`); refetch({ requestPolicy: 'network-only' }); }
                }}>重新投递</Button>
              ),
            },
          ]} />
        <Space style={{ marginTop: 12 }}>
          {after && <Button onClick={() => setAfter(null)}>第一页</Button>}
          {data?.failedEvents.pageInfo.hasNextPage && <Button onClick={() => setAfter(data.failedEvents.pageInfo.endCursor ?? null)}>下一页</Button>}
          <span>共 {data?.failedEvents.totalCount ?? 0} 条</span>
        </Space>
      </Card>
    </Space>
  );
}
