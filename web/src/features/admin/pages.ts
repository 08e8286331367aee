import { lazy } from 'react';
import type { PageDef } from '../../app/page-registry';

/** Platform admin (平台管理员) pages; officers also create provider accounts here. */
export const adminPages: PageDef[] = [
  { path: '/admin', title: '账号管理', roles: ['ADMIN'], component: lazy(() => import('./AccountsPage')) },
  { path: '/officer/accounts', title: '机构账号', roles: ['CIVIL_AFFAIRS'], component: lazy(() => import('./AccountsPage')) },
  { path: '/admin/rubrics', title: '星级评定标准', roles: ['ADMIN'], component: lazy(() => import('./RubricsPage')) },
  { path: '/admin/failed-events', title: '失败的事件', roles: ['ADMIN'], component: lazy(() => import('./FailedEventsPage')) },
  { path: '/settings', title: '设置', roles: ['ADMIN', 'FAMILY', 'CAREGIVER', 'PROVIDER_STAFF', 'CIVIL_AFFAIRS'], component: lazy(() => import('./SettingsPage')) },
];
