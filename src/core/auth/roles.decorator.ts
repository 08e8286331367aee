import { SetMetadata } from '@nestjs/common';
import type { Role } from '../domain/enums.js';

export const ROLES_KEY = 'yiyang:roles';
export const PUBLIC_KEY = 'yiyang:public';

/** The roles that may call an operation. An operation without @Roles or @Public is refused (deny by default). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** Anyone may call it, signed in or not; the actor is passed when there is one. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
