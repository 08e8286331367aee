import { lazy } from 'react';
import type { PageDef } from '../../app/page-registry';

/** Care-record pages for institution staff (docs/care-records.md). */
export const carePages: PageDef[] = [
  { path: '/staff/care', title: '照护记录', roles: ['PROVIDER_STAFF'], component: lazy(() => import('./CareRecordPage')) },
  { path: '/staff/emergencies', title: '助急看板', roles: ['PROVIDER_STAFF'], component: lazy(() => import('./EmergenciesPage')) },
  { path: '/staff/risk', title: '风险老人', roles: ['PROVIDER_STAFF'], component: lazy(() => import('./RiskPage')) },
  { path: '/staff/readiness', title: '评级准备', roles: ['PROVIDER_STAFF'], component: lazy(() => import('./ReadinessPage')) },
];
