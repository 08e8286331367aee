import type { ComponentType, LazyExoticComponent, ReactNode } from 'react';
import type { SessionUser } from '../api/session';

/**
 * One console page: where it lives, who may open it and whether it appears in that role's menu. A feature adds its
 * pages by exporting a list of these from `features/<feature>/pages.ts` and adding the list to `app/pages.ts`.
 */
export interface PageDef {
  path: string;
  title: string;
  roles: Array<SessionUser['role']>;
  /** Shown in the side menu (detail pages reached from a list are not). */
  menu?: boolean;
  icon?: ReactNode;
  component: LazyExoticComponent<ComponentType>;
}
