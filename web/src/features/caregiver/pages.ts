import { lazy } from 'react';
import type { PageDef } from '../../app/page-registry';

/** Caregiver (护理员) pages, laid out for a phone. */
export const caregiverPages: PageDef[] = [
  { path: '/caregiver', title: '我的上门服务', roles: ['CAREGIVER'], component: lazy(() => import('./MyVisitsTodayPage')) },
];
