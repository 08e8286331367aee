import { BellOutlined } from '@ant-design/icons';
import { App, Badge, Button } from 'antd';
import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { useLive } from '../../ui/useLive';
import { NOTIFICATION_ADDED, UNREAD_COUNT } from './operations';
import { useRefetch } from '../../ui/useRefetch';

/** The header's bell: the unread count, raised live by each new notification (shown briefly as it arrives). */
export function NotificationBell() {
  const navigate = useNavigate();
  const { notification } = App.useApp();
  const [{ data , fetching }, refetch] = useQuery({ query: UNREAD_COUNT });
  const refresh = useRefetch(refetch, fetching);
  const { data: added } = useLive({ query: NOTIFICATION_ADDED, variables: {} }, refresh, 30_000);
  const shown = useRef<string | null>(null);
  useEffect(() => {
    const n = added?.notificationAdded;
    if (!n || shown.current === n.id) return;
    shown.current = n.id;
    notification.open({ title: n.title, description: n.body, type: n.urgent ? 'warning' : 'info', placement: 'topRight', duration: n.urgent ? 0 : 6 });
  }, [added, notification]);
  const count = data?.unreadNotificationCount ?? 0;
  return (
    <Badge count={count} overflowCount={99} data-testid="unread-count">
      <Button icon={<BellOutlined />} aria-label={count ? `消息，${count} 条未读` : '消息'} onClick={() => navigate('/notifications')}>消息</Button>
    </Badge>
  );
}

