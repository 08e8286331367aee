import { lazy } from 'react';
import type { PageDef } from '../../app/page-registry';

/** Institution staff (机构工作人员) pages. */
export const staffPages: PageDef[] = [
  { path: '/staff', title: '床位看板', roles: ['PROVIDER_STAFF'], component: lazy(() => import('./CapacityPage')) },
  { path: '/staff/reservations', title: '入住与候床', roles: ['PROVIDER_STAFF'], component: lazy(() => import('./ReservationsPage')) },
  { path: '/staff/orders', title: '上门订单', roles: ['PROVIDER_STAFF'], component: lazy(() => import('./OrdersPage')) },
  { path: '/staff/caregivers', title: '护理员与家庭床位', roles: ['PROVIDER_STAFF'], component: lazy(() => import('./CaregiversPage')) },
  { path: '/staff/services', title: '服务与价格', roles: ['PROVIDER_STAFF'], component: lazy(() => import('./ServicesPage')) },
];
