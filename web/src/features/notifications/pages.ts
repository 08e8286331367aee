import { lazy } from 'react';
import type { PageDef } from '../../app/page-registry';

const EVERYONE: PageDef['roles'] = ['FAMILY', 'CAREGIVER', 'PROVIDER_STAFF', 'CIVIL_AFFAIRS', 'ADMIN'];

/** The inbox and its settings, for every role (the bell in the header leads here). */
export const notificationPages: PageDef[] = [
  { path: '/notifications', title: '消息', roles: EVERYONE, component: lazy(() => import('./InboxPage')) },
  { path: '/notifications/settings', title: '通知设置', roles: EVERYONE, component: lazy(() => import('./NotificationSettingsPage')) },
];
