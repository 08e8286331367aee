import { graphql } from '../../gql';

export const UNREAD_COUNT = graphql(`query UnreadNotificationCount { unreadNotificationCount }`);
export const NOTIFICATION_ADDED = graphql(`subscription NotificationAdded { notificationAdded { id kind title body urgent createdAt } }`);
export const MARK_READ = graphql(`mutation MarkNotificationsRead($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`);
