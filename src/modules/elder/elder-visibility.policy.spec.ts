import { Role } from '../../core/domain/enums.js';
import {
  ageBand,
  elderView,
  idNumberShown,
  NO_RELATION,
  overviewName,
  overviewRegion,
  viewDependsOnRelation,
  type ElderRelation,
} from './elder-visibility.policy.js';

const elder = { regionCode: '370811001' };
const actor = (role: Role, regionScope: string | null = null) => ({ role, regionScope });
const rel = (r: Partial<ElderRelation>): ElderRelation => ({ ...NO_RELATION, ...r });

describe('elder visibility rule', () => {
  it.each([
    ['a guardian', actor(Role.FAMILY), rel({ guardian: true }), 'FULL'],
    ['another family', actor(Role.FAMILY), NO_RELATION, 'NONE'],
    ['staff of a serving provider', actor(Role.PROVIDER_STAFF), rel({ servingProviderStaff: true }), 'FULL'],
    ['staff of another provider', actor(Role.PROVIDER_STAFF), NO_RELATION, 'NONE'],
    ['the caregiver of a visit', actor(Role.CAREGIVER), rel({ assignedCaregiver: true }), 'FULL'],
    ['a caregiver of the provider without a visit', actor(Role.CAREGIVER), rel({ servingProviderStaff: true }), 'NONE'],
    ['an officer where the elder lives', actor(Role.CIVIL_AFFAIRS, '3708'), NO_RELATION, 'FULL'],
    ['an officer overseeing a serving provider', actor(Role.CIVIL_AFFAIRS, '3701'), rel({ overseesServingProvider: true }), 'OVERVIEW'],
    ['an officer elsewhere', actor(Role.CIVIL_AFFAIRS, '3701'), NO_RELATION, 'NONE'],
    ['an admin', actor(Role.ADMIN), NO_RELATION, 'OVERVIEW'],
  ] as const)('%s: %s', (_who, a, relation, view) => {
    expect(elderView(a, elder, relation)).toBe(view);
  });

  it('gives nothing to an anonymous caller, whatever the relation', () => {
    expect(elderView(null, elder, rel({ guardian: true }))).toBe('NONE');
  });

  it('ignores relations that belong to another role', () => {
    expect(elderView(actor(Role.FAMILY), elder, rel({ servingProviderStaff: true, overseesServingProvider: true }))).toBe('NONE');
    expect(elderView(actor(Role.PROVIDER_STAFF), elder, rel({ guardian: true }))).toBe('NONE');
  });
});

describe('when the relations can be left unread', () => {
  // The relations as ElderService.accessMany reads them: only the caller's role's own relation, true or false.
  const ownRelation: Partial<Record<Role, keyof ElderRelation>> = {
    [Role.FAMILY]: 'guardian',
    [Role.PROVIDER_STAFF]: 'servingProviderStaff',
    [Role.CAREGIVER]: 'assignedCaregiver',
    [Role.CIVIL_AFFAIRS]: 'overseesServingProvider',
  };
  const relationsOf = (role: Role | undefined): ElderRelation[] => {
    const field = role ? ownRelation[role] : undefined;
    return field ? [NO_RELATION, rel({ [field]: true })] : [NO_RELATION];
  };
  const callers = [
    null,
    ...Object.values(Role).flatMap((role) => [actor(role), actor(role, '3708'), actor(role, '3701'), actor(role, '')]),
  ];
  const stored = '**************002X';

  it('says no only where the relation changes neither the view nor the ID number shown', () => {
    let unread = 0;
    for (const caller of callers) {
      if (viewDependsOnRelation(caller, elder)) continue;
      unread++;
      const view = elderView(caller, elder, NO_RELATION);
      for (const relation of relationsOf(caller?.role)) {
        expect(elderView(caller, elder, relation)).toBe(view);
        expect(idNumberShown(elderView(caller, elder, relation), relation, stored)).toBe(idNumberShown(view, NO_RELATION, stored));
      }
    }
    // Not vacuous: the officer in scope, admins, devices and anonymous callers are among them.
    expect(unread).toBeGreaterThanOrEqual(6);
  });

  it('reads them for families, providers, caregivers and officers outside the elder\'s region', () => {
    expect(viewDependsOnRelation(actor(Role.FAMILY), elder)).toBe(true);
    expect(viewDependsOnRelation(actor(Role.PROVIDER_STAFF), elder)).toBe(true);
    expect(viewDependsOnRelation(actor(Role.CAREGIVER), elder)).toBe(true);
    expect(viewDependsOnRelation(actor(Role.CIVIL_AFFAIRS, '3701'), elder)).toBe(true);
    expect(viewDependsOnRelation(actor(Role.CIVIL_AFFAIRS, '3708'), elder)).toBe(false);
    expect(viewDependsOnRelation(actor(Role.ADMIN), elder)).toBe(false);
  });
});

describe('overview fields', () => {
  it('keeps the surname only', () => {
    expect(overviewName('王秀英')).toBe('王**');
    expect(overviewName('欧阳秀兰')).toBe('欧***');
    expect(overviewName('李')).toBe('李*');
  });

  it('gives five-year age bands', () => {
    expect(ageBand(80)).toBe('80-84');
    expect(ageBand(84)).toBe('80-84');
    expect(ageBand(99)).toBe('95-99');
    expect(ageBand(103)).toBe('100+');
  });

  it('keeps the county of a township or village code', () => {
    expect(overviewRegion('370811001002')).toBe('370811');
  });

  it('shows the last 4 of the ID number to guardians only', () => {
    const stored = '**************002X';
    expect(idNumberShown('FULL', rel({ guardian: true }), stored)).toBe(stored);
    expect(idNumberShown('FULL', rel({ servingProviderStaff: true }), stored)).toBe('*'.repeat(18));
    expect(idNumberShown('OVERVIEW', NO_RELATION, stored)).toBe('*'.repeat(18));
  });
});
