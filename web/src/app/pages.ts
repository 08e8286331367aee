import { adminPages } from '../features/admin/pages';
import { carePages } from '../features/care/pages';
import { caregiverPages } from '../features/caregiver/pages';
import { familyPages } from '../features/family/pages';
import { notificationPages } from '../features/notifications/pages';
import { officerPages } from '../features/officer/pages';
import { settlementPages } from '../features/settlement/pages';
import { staffPages } from '../features/staff/pages';
import type { PageDef } from './page-registry';

/** Every page of the console; a new feature adds its list here (menus and routes follow the role lists). */
export const PAGES: PageDef[] = [...familyPages, ...caregiverPages, ...staffPages, ...carePages, ...officerPages, ...settlementPages, ...adminPages, ...notificationPages];
