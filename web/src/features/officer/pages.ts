import { lazy } from 'react';
import type { PageDef } from '../../app/page-registry';

/** Civil-affairs officer (民政) pages. */
export const officerPages: PageDef[] = [
  { path: '/officer', title: '区域概况', roles: ['CIVIL_AFFAIRS'], component: lazy(() => import('./DashboardPage')) },
  { path: '/officer/providers', title: '服务机构', roles: ['CIVIL_AFFAIRS', 'ADMIN'], component: lazy(() => import('./ProvidersPage')) },
  { path: '/officer/elders', title: '老人与能力评估', roles: ['CIVIL_AFFAIRS'], component: lazy(() => import('./EldersPage')) },
  { path: '/officer/ratings', title: '星级评定', roles: ['CIVIL_AFFAIRS'], component: lazy(() => import('./RatingsPage')) },
  { path: '/officer/subsidies', title: '补贴规则', roles: ['CIVIL_AFFAIRS', 'ADMIN'], component: lazy(() => import('./SubsidyRulesPage')) },
  { path: '/officer/home-care-rules', title: '上门服务规则', roles: ['CIVIL_AFFAIRS', 'ADMIN'], component: lazy(() => import('./HomeCareRulesPage')) },
  { path: '/officer/incidents', title: '意外事件', roles: ['CIVIL_AFFAIRS'], component: lazy(() => import('./IncidentsPage')) },
  { path: '/officer/data', title: '导入与导出', roles: ['CIVIL_AFFAIRS', 'ADMIN'], component: lazy(() => import('./DataPage')) },
];
