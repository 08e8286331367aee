import { registerEnumType } from '@nestjs/graphql';

/**
 * Who took a step recorded in an audit trail: a role of the account that acted, or SYSTEM for the platform itself
 * (automatic assignment, visits generated from a home-bed plan, hold expiry, waitlist offers). The values are the
 * strings stored in the event tables.
 */
export enum ActorKind {
  FAMILY = 'FAMILY',
  CAREGIVER = 'CAREGIVER',
  PROVIDER_STAFF = 'PROVIDER_STAFF',
  CIVIL_AFFAIRS = 'CIVIL_AFFAIRS',
  ADMIN = 'ADMIN',
  SYSTEM = 'SYSTEM',
}
registerEnumType(ActorKind, {
  name: 'ActorKind',
  description: 'Who took a recorded step: the role of the account that acted at the time, or SYSTEM for the platform itself.',
  valuesMap: {
    FAMILY: { description: 'A family member or guardian (家属/监护人).' },
    CAREGIVER: { description: 'A caregiver (护理员) of the provider.' },
    PROVIDER_STAFF: { description: 'Staff of the provider (机构工作人员).' },
    CIVIL_AFFAIRS: { description: 'A civil-affairs officer (民政) whose scope covers the provider.' },
    ADMIN: { description: 'A platform operator.' },
    SYSTEM: { description: 'The platform itself: automatic assignment, plan-generated visits, hold expiry, waitlist offers.' },
  },
});
