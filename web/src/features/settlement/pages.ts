import { lazy } from 'react';
import type { PageDef } from '../../app/page-registry';

/** Subsidy settlement (补贴结算): the provider's statements for its staff; review, ledger and rules for officers. */
export const settlementPages: PageDef[] = [
  { path: '/staff/settlement', title: '补贴结算', roles: ['PROVIDER_STAFF'], component: lazy(() => import('./StatementsPage')) },
  { path: '/officer/settlement', title: '补贴结算审核', roles: ['CIVIL_AFFAIRS'], component: lazy(() => import('./StatementsPage')) },
  { path: '/officer/ledger', title: '结算台账与规则', roles: ['CIVIL_AFFAIRS'], component: lazy(() => import('./LedgerPage')) },
];
