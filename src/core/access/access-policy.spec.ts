import type { Actor } from '../auth/actor.js';
import { Role } from '../domain/enums.js';
import { access, can, canMany, definePolicy, scopeSql, type AccessRelation } from './access-policy.js';
import { regionCovers, regionCoverSql, regionLevelPrefix } from './region-code.js';

const actor = (role: Role, extra: Partial<Actor> = {}): Actor => ({ userId: 'u1', role, providerId: null, regionScope: null, ...extra });

interface Row {
  id: string;
  providerId: string;
  regionCode: string;
  status: string;
  ownerId: string;
}

/** A relation backed by a fixed set, counting its lookups, and a recognisable SQL. */
function relation(related: string[]) {
  const calls: string[][] = [];
  const rel: AccessRelation = {
    relatedAmong: async (_a, ids) => {
      calls.push([...ids]);
      return new Set(ids.filter((id) => related.includes(id)));
    },
    sql: (a, column, param) => `REL(${column}, ${param(a.userId)})`,
  };
  return { rel, calls };
}

function params() {
  const values: unknown[] = [];
  return { values, param: (v: unknown) => `$${values.push(v)}` };
}

const row = (over: Partial<Row> = {}): Row => ({ id: 'r1', providerId: 'p1', regionCode: '370811', status: 'OPEN', ownerId: 'u9', ...over });

describe('access policy: one declaration, row check and SQL scope', () => {
  const { rel, calls } = relation(['r1']);
  const policy = definePolicy<Row>('thing', {
    [Role.ADMIN]: [[access.any]],
    [Role.CIVIL_AFFAIRS]: [[access.region('regionCode', 't.region_code')]],
    [Role.PROVIDER_STAFF]: [[access.provider('providerId', 't.provider_id'), access.notIn('status', 't.status', ['DRAFT'])]],
    [Role.CAREGIVER]: [[access.self('ownerId', 't.owner_id')]],
    [Role.FAMILY]: [[access.related(rel, 'id', 't.id')]],
  });

  it('denies by default: a role without rules and no actor see nothing, in both forms', async () => {
    const p = params();
    expect(await can(policy, null, row())).toBe(false);
    expect(scopeSql(policy, null, p.param)).toBe('FALSE');
    const bare = definePolicy<Row>('none', {});
    expect(await can(bare, actor(Role.ADMIN), row())).toBe(false);
    expect(scopeSql(bare, actor(Role.ADMIN), p.param)).toBe('FALSE');
  });

  it('an officer without a scope sees nothing, in both forms', async () => {
    const p = params();
    expect(await can(policy, actor(Role.CIVIL_AFFAIRS, { regionScope: null }), row())).toBe(false);
    expect(await can(policy, actor(Role.CIVIL_AFFAIRS, { regionScope: '' }), row())).toBe(false);
    expect(scopeSql(policy, actor(Role.CIVIL_AFFAIRS, { regionScope: null }), p.param)).toBe('(FALSE)');
    expect(scopeSql(policy, actor(Role.CIVIL_AFFAIRS, { regionScope: '' }), p.param)).toBe('(FALSE)');
  });

  it('derives each condition for rows and SQL', async () => {
    const officer = actor(Role.CIVIL_AFFAIRS, { regionScope: '3708' });
    expect(await canMany(policy, officer, [row(), row({ regionCode: '371002' })])).toEqual([true, false]);
    let p = params();
    expect(scopeSql(policy, officer, p.param)).toBe('(t.region_code LIKE $1)');
    expect(p.values).toEqual(['3708%']);

    const staff = actor(Role.PROVIDER_STAFF, { providerId: 'p1' });
    expect(await canMany(policy, staff, [row(), row({ status: 'DRAFT' }), row({ providerId: 'p2' })])).toEqual([true, false, false]);
    p = params();
    expect(scopeSql(policy, staff, p.param)).toBe('(t.provider_id = $1 AND t.status <> ALL($2::text[]))');
    expect(p.values).toEqual(['p1', ['DRAFT']]);
    expect(await can(policy, actor(Role.PROVIDER_STAFF, { providerId: null }), row())).toBe(false);
    expect(scopeSql(policy, actor(Role.PROVIDER_STAFF, { providerId: null }), params().param)).toContain('FALSE');

    const caregiver = actor(Role.CAREGIVER, { userId: 'u9' });
    expect(await canMany(policy, caregiver, [row(), row({ ownerId: 'u2' })])).toEqual([true, false]);

    p = params();
    expect(scopeSql(policy, actor(Role.ADMIN), p.param)).toBe('(TRUE)');
  });

  it('checks related rows in bulk: one lookup for many rows', async () => {
    calls.length = 0;
    const family = actor(Role.FAMILY);
    expect(await canMany(policy, family, [row({ id: 'r1' }), row({ id: 'r2' }), row({ id: 'r1' })])).toEqual([true, false, true]);
    expect(calls).toEqual([['r1', 'r2']]);
    const p = params();
    expect(scopeSql(policy, family, p.param)).toBe('(REL(t.id, $1))');
    expect(p.values).toEqual(['u1']);
  });

  it('keeps an officer bound to a provider off that provider\'s rows, in both forms', async () => {
    const deciding = definePolicy<Row>('deciding', {
      [Role.CIVIL_AFFAIRS]: [[access.region('regionCode', 't.region_code'), access.notOwnProvider('providerId', 't.provider_id')]],
    });
    const bound = actor(Role.CIVIL_AFFAIRS, { regionScope: '3708', providerId: 'p1' });
    expect(await canMany(deciding, bound, [row(), row({ providerId: 'p2' })])).toEqual([false, true]);
    let p = params();
    expect(scopeSql(deciding, bound, p.param)).toBe('(t.region_code LIKE $1 AND t.provider_id IS DISTINCT FROM $2)');
    expect(p.values).toEqual(['3708%', 'p1']);
    const free = actor(Role.CIVIL_AFFAIRS, { regionScope: '3708' });
    expect(await canMany(deciding, free, [row(), row({ providerId: 'p2' })])).toEqual([true, true]);
    p = params();
    expect(scopeSql(deciding, free, p.param)).toBe('(t.region_code LIKE $1 AND TRUE)');
  });

  it('ORs groups and ANDs the conditions inside one', async () => {
    const twoWays = definePolicy<Row & { otherRegion: string }>('two regions', {
      [Role.CIVIL_AFFAIRS]: [[access.region('regionCode', 't.a')], [access.region('otherRegion', 't.b')]],
    });
    const officer = actor(Role.CIVIL_AFFAIRS, { regionScope: '3708' });
    expect(await canMany(twoWays, officer, [{ ...row({ regionCode: '1101' }), otherRegion: '370811' }, { ...row({ regionCode: '1101' }), otherRegion: '1102' }])).toEqual([
      true,
      false,
    ]);
    expect(scopeSql(twoWays, officer, params().param)).toBe('((t.a LIKE $1) OR (t.b LIKE $2))');
  });
});

describe('region codes compared as codes (GB/T 2260)', () => {
  it('cuts a written-out code back to its level', () => {
    expect(regionLevelPrefix('370800')).toBe('3708');
    expect(regionLevelPrefix('370000')).toBe('37');
    expect(regionLevelPrefix('370811')).toBe('370811');
    expect(regionLevelPrefix('370811000')).toBe('370811');
    expect(regionLevelPrefix('370811001000')).toBe('370811001');
    expect(regionLevelPrefix('370800000000')).toBe('3708');
    expect(regionLevelPrefix('3708')).toBe('3708');
  });

  it('a scope written out with zeros is cut back to its level too: 370800 is the city 3708', () => {
    expect(regionCovers('370800', '3708')).toBe(true);
    expect(regionCovers('370800', '370800')).toBe(true);
    expect(regionCovers('370800', '370800000000')).toBe(true);
    expect(regionCovers('370800', '370811')).toBe(true);
    expect(regionCovers('370800', '370911')).toBe(false);
    expect(regionCovers('370800', '37')).toBe(false);
  });

  it('a city scope reads its counties, townships and itself; not a neighbour or the province', () => {
    expect(regionCovers('3708', '3708')).toBe(true);
    expect(regionCovers('3708', '370811')).toBe(true);
    expect(regionCovers('3708', '370800')).toBe(true);
    expect(regionCovers('3708', '370811001')).toBe(true);
    expect(regionCovers('3708', '3710')).toBe(false);
    expect(regionCovers('3708', '37')).toBe(false);
    expect(regionCovers('3708', '')).toBe(false);
    expect(regionCovers('370811', '3708')).toBe(false);
  });

  it('no scope covers nothing', () => {
    expect(regionCovers(null, '370811')).toBe(false);
    expect(regionCovers('', '370811')).toBe(false);
    expect(regionCoverSql(null, 'c', params().param)).toBe('FALSE');
  });

  it('writes the scope cut back to its level into SQL as a prefix', () => {
    let p = params();
    expect(regionCoverSql('3708', 'c', p.param)).toBe('c LIKE $1');
    expect(p.values).toEqual(['3708%']);
    p = params();
    expect(regionCoverSql('370800', 'c', p.param)).toBe('c LIKE $1');
    expect(p.values).toEqual(['3708%']);
  });
});
