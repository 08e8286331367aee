import { lazy } from 'react';
import type { PageDef } from '../../app/page-registry';

/** Family (家属) pages; `/family` is the role's home. */
export const familyPages: PageDef[] = [
  { path: '/family', title: '我的老人', roles: ['FAMILY'], component: lazy(() => import('./MyEldersPage')) },
  { path: '/family/find', title: '查找服务', roles: ['FAMILY'], component: lazy(() => import('./FindCarePage')) },
  { path: '/family/book', title: '预约上门', roles: ['FAMILY'], menu: false, component: lazy(() => import('./BookVisitPage')) },
  { path: '/family/visits', title: '上门服务', roles: ['FAMILY'], component: lazy(() => import('./MyVisitsPage')) },
  { path: '/family/today', title: '今日情况', roles: ['FAMILY'], component: lazy(() => import('./DailyPage')) },
  { path: '/family/money', title: '费用账单', roles: ['FAMILY'], component: lazy(() => import('./MoneyPage')) },
  { path: '/family/beds', title: '床位预约', roles: ['FAMILY'], component: lazy(() => import('./BedsPage')) },
];
