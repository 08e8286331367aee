import { Button, Card, Empty, List, Segmented, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useClient, useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { formatDateTime } from '../../ui/format';
import { NOTIFICATION_KIND } from '../../ui/labels';
import { useLive } from '../../ui/useLive';
import { MARK_READ, NOTIFICATION_ADDED, UNREAD_COUNT } from './operations';
import { useRefetch } from '../../ui/useRefetch';

const INBOX = graphql(`
  query MyNotifications($unreadOnly: Boolean, $after: String) {
    myNotifications(unreadOnly: $unreadOnly, first: 20, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      nodes { id kind title body urgent createdAt readAt }
    }
  }
`);

/** 消息: the in-app inbox, newest first; new messages appear as they are made; read one by one or all at once. */
export default function InboxPage() {
  const navigate = useNavigate();
  const client = useClient();
  const [filter, setFilter] = useState<'unread' | 'all'>('all');
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }, refetch] = useQuery({ query: INBOX, variables: { unreadOnly: filter === 'unread' ? true : null, after } });
  const refresh = useRefetch(refetch, fetching);
  useLive({ query: NOTIFICATION_ADDED, variables: {} }, refresh, 30_000);
  const [{ error: markError, fetching: marking }, mark] = useMutation(MARK_READ);
  const nodes = data?.myNotifications.nodes ?? [];
  const unread = nodes.filter((n) => !n.readAt).map((n) => n.id);
  const markRead = async (ids: string[]) => {
    const result = await mark({ ids });
    if (!result.error) {
      refresh();
      // The bell in the header reads the count again.
      void client.query(UNREAD_COUNT, {}, { requestPolicy: 'network-only' }).toPromise();
    }
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="large">
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={2} style={{ margin: 0 }}>消息</Typography.Title>
        <Button onClick={() => navigate('/notifications/settings')}>通知设置</Button>
      </Space>
      <Space wrap>
        <Segmented value={filter} onChange={(v) => { setFilter(v as 'unread' | 'all'); setAfter(null); }} options={[{ value: 'all', label: '全部' }, { value: 'unread', label: '未读' }]} />
        <Button type="primary" disabled={!unread.length} loading={marking} onClick={() => markRead(unread)}>全部标为已读</Button>
      </Space>
      <ApiErrorAlert error={error ?? markError} />
      {!fetching && nodes.length === 0 && <Empty description={filter === 'unread' ? '没有未读消息' : '还没有消息'} />}
      <List
        dataSource={nodes}
        renderItem={(n) => (
          <Card key={n.id} size="small" style={{ marginBottom: 12, borderLeft: n.readAt ? undefined : '4px solid #1677ff' }} data-testid={`notification-${n.id}`}>
            <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
              <Space wrap>
                {!n.readAt && <Tag color="blue">未读</Tag>}
                {n.urgent && <Tag color="red">紧急</Tag>}
                <Typography.Text strong={!n.readAt} style={{ fontSize: '1.1em' }}>{n.title}</Typography.Text>
              </Space>
              <Typography.Text type="secondary">{formatDateTime(n.createdAt)}</Typography.Text>
            </Space>
            <Typography.Paragraph style={{ margin: '8px 0' }}>{n.body}</Typography.Paragraph>
            <Space wrap>
              <Typography.Text type="secondary">{NOTIFICATION_KIND[n.kind] ?? n.kind}</Typography.Text>
              {!n.readAt && <Button size="small" onClick={() => markRead([n.id])}>标为已读</Button>}
            </Space>
          </Card>
        )}
      />
      <Space>
        {after && <Button onClick={() => setAfter(null)}>回到第一页</Button>}
        {data?.myNotifications.pageInfo.hasNextPage && <Button onClick={() => setAfter(data.myNotifications.pageInfo.endCursor ?? null)}>下一页</Button>}
        <Typography.Text type="secondary">共 {data?.myNotifications.totalCount ?? 0} 条</Typography.Text>
      </Space>
    </Space>
  );
}
