import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { Role } from '../../src/core/domain/enums.js';
import { expectError, makeElder, makeProvider, makeUser, type TestUser } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Text that PostgreSQL or the app may choke on: NUL, lone surrogates, SQL, long and empty strings. */
const nastyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom('', ' ', '\u0000', 'a\u0000b', '\ud800', "'; DROP TABLE users; --", '%', '_', '\\', '3708', '370811', '110101194001011234'),
  fc.string({ minLength: 5000, maxLength: 20000 }),
);
/** Dates valid and not: garbage, impossible days, years PostgreSQL or a 4-digit year cannot hold, zone-less times. */
const nastyDateTime = fc.oneof(
  fc.date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.constantFrom('garbage', '', '2026-02-30T10:00:00Z', '0000-01-01T00:00:00Z', '+275760-09-13T00:00:00Z', '-000001-01-01T00:00:00Z',
    '99999-01-01T00:00:00Z', '2026-12-02 10:00', '2026-12-02', '2026-13-01T00:00:00Z', '2026-12-02T25:00:00Z', '1e21', '\u0000'),
);
const nastyInt = fc.oneof(fc.integer(), fc.constantFrom(0, -1, 1, 2147483647, -2147483648, 100, 101));
const nastyFloat = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -90.1, 90, 180.5, 1e308, -1e308, 35.41, 116.58));

/** Values for one input type, mostly malformed, some well-formed (existing ids) so that deeper code runs too. */
function valueFor(type: GraphQLInputType, knownIds: string[], depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return valueFor(type.ofType, knownIds, depth);
  const maybeNull = (arb: fc.Arbitrary<unknown>) => fc.oneof({ weight: 5, arbitrary: arb }, { weight: 1, arbitrary: fc.constant(null) });
  if (isListType(type)) return maybeNull(fc.array(valueFor(type.ofType, knownIds, depth + 1), { maxLength: depth > 1 ? 2 : 4 }));
  if (isEnumType(type)) return maybeNull(fc.oneof(fc.constantFrom(...type.getValues().map((v) => v.value as string)), fc.constant('NOT_A_VALUE')));
  if (isInputObjectType(type)) {
    if (depth > 3) return fc.constant(null);
    const fields = Object.values(type.getFields());
    return maybeNull(
      fc.record(
        Object.fromEntries(fields.map((f) => [f.name, valueFor(f.type, knownIds, depth + 1)])),
        { requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name) },
      ),
    );
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return maybeNull(fc.oneof(fc.constantFrom(...knownIds), fc.uuid(), fc.constantFrom('x', '1', '', 'null', '00000000-0000-0000-0000-00000000000g'), nastyText, fc.integer()));
      case 'String':
        return maybeNull(nastyText);
      case 'Int':
        return maybeNull(nastyInt);
      case 'Float':
        return maybeNull(nastyFloat);
      case 'Boolean':
        return maybeNull(fc.boolean());
      case 'DateTime':
        return maybeNull(nastyDateTime);
      default:
        return maybeNull(fc.oneof(nastyText, nastyInt, fc.constant({})));
    }
  }
  return fc.constant(null);
}

function selectionFor(type: GraphQLOutputType): string {
  const named = getNamedType(type);
  return isScalarType(named) || isEnumType(named) ? '' : '{ __typename }';
}

function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const vars = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `${kind}${vars ? `(${vars})` : ''} { ${field.name}${args ? `(${args})` : ''} ${selectionFor(field.type)} }`;
}

describe('hardening: malformed input is BAD_USER_INPUT naming the field, never an internal error', () => {
  let t: TestApp;
  let users: Record<string, TestUser | undefined>;
  let knownIds: string[];

  beforeAll(async () => {
    t = await startTestApp();
    const provider = await makeProvider(t);
    const agency = await makeProvider(t, { kind: 'HOME_CARE_AGENCY' });
    const family = await makeUser(t, Role.FAMILY);
    const elder = await makeElder(t, family);
    users = {
      anonymous: undefined,
      admin: await makeUser(t, Role.ADMIN),
      family,
      officer: await makeUser(t, Role.CIVIL_AFFAIRS, { regionScope: '3708' }),
      staff: await makeUser(t, Role.PROVIDER_STAFF, { providerId: provider.id }),
      caregiver: await makeUser(t, Role.CAREGIVER, { providerId: agency.id }),
      device: await makeUser(t, Role.DEVICE, { elderId: elder.id }),
    };
    knownIds = [provider.id, agency.id, elder.id, family.id, users.staff!.id, users.caregiver!.id];
  });
  afterAll(() => t.close());

  it('answers the reported cases with BAD_USER_INPUT naming the field', async () => {
    const notUuid = await t.gql('{ provider(id: "x") { id } }');
    expectError(notUuid, 'BAD_USER_INPUT');
    expect(notUuid.errors![0].extensions!.fields).toEqual([{ path: 'id', message: expect.stringMatching(/UUID/) }]);

    const viaVariable = await t.gql('query($id: ID!) { provider(id: $id) { id } }', { id: 'x'.repeat(200_000) });
    expectError(viaVariable, 'BAD_USER_INPUT');
    expect(viaVariable.errors![0].extensions!.fields).toEqual([{ path: 'id', message: expect.any(String) }]);
    expect(JSON.stringify(viaVariable).length).toBeLessThan(2000);

    const garbageDate = await t.gql('{ subsidyRules(regionCode: "3708", at: "garbage") { __typename } }');
    expectError(garbageDate, 'BAD_USER_INPUT');
    const farYear = await t.gql('query($at: DateTime) { subsidyRules(regionCode: "3708", at: $at) { __typename } }', { at: '+275760-09-13T00:00:00Z' });
    expectError(farYear, 'BAD_USER_INPUT');
    expect(farYear.errors![0].extensions!.fields).toEqual([{ path: 'at', message: expect.any(String) }]);

    const nul = await t.gql('mutation($input: RegisterInput!) { register(input: $input) { accessToken } }', {
      input: { phone: '13900000999', password: 'long-enough-password', displayName: 'a\u0000b' },
    });
    expectError(nul, 'BAD_USER_INPUT');
    expect(nul.errors![0].extensions!.fields).toEqual([{ path: 'input.displayName', message: expect.stringMatching(/NUL/) }]);
  });

  it('reads a time without a zone as China time, consistently', async () => {
    const zoneless = await t.gql('query($at: DateTime) { subsidyRules(regionCode: "3708", at: $at) { __typename } }', { at: '2026-12-02 10:00' }, users.admin!.token);
    expect(zoneless.errors).toBeUndefined();
    const { parseDateTime } = await import('../../src/core/graphql/date-time.scalar.js');
    expect(parseDateTime('2026-12-02 10:00').toISOString()).toBe('2026-12-02T02:00:00.000Z');
    expect(parseDateTime('2026-12-02T10:00:00+08:00').toISOString()).toBe('2026-12-02T02:00:00.000Z');
    expect(parseDateTime('2026-12-02T02:00:00Z').toISOString()).toBe('2026-12-02T02:00:00.000Z');
    expect(() => parseDateTime('2026-02-29T00:00:00Z')).toThrow(/day/);
  });

  it('property: every query and mutation, any role, malformed arguments: 0 internal errors, 0 partial writes', async () => {
    const schema: GraphQLSchema = t.app.get(GraphQLSchemaHost).schema;
    const roots = [
      ...Object.values(schema.getQueryType()!.getFields()).map((f) => ['query', f] as const),
      ...Object.values(schema.getMutationType()!.getFields()).map((f) => ['mutation', f] as const),
    ].filter(([, f]) => f.args.length > 0);
    // rate_limits counts failed attempts (logins, password changes) on purpose: a refusal that writes there is the limiter.
    const tables: Array<{ name: string }> = await t.db.query(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('migrations', 'rate_limits') ORDER BY 1`,
    );
    const countSql = `SELECT ${tables.map((x) => `(SELECT count(*) FROM "${x.name}")::int AS "${x.name}"`).join(', ')}`;
    const counts = async () => (await t.db.query(countSql))[0] as Record<string, number>;

    const failures: string[] = [];
    let requests = 0;
    for (const [kind, field] of roots) {
      const query = operationFor(kind, field);
      const variables = fc.record(Object.fromEntries(field.args.map((a) => [a.name, valueFor(a.type, knownIds)])));
      await fc.assert(
        fc.asyncProperty(variables, fc.constantFrom(...Object.keys(users)), async (vars, role) => {
          const before = kind === 'mutation' ? await counts() : undefined;
          const res = await t.gql(query, vars, users[role]?.token);
          requests++;
          const internal = (res.errors ?? []).filter((e) => !e.extensions?.code || e.extensions.code === 'INTERNAL_SERVER_ERROR');
          if (res.status >= 500 || internal.length > 0) {
            failures.push(`${field.name} as ${role}: ${res.status} ${JSON.stringify(res.errors).slice(0, 300)} with ${JSON.stringify(vars).slice(0, 300)}`);
          }
          if (before && res.errors?.length) {
            const after = await counts();
            const changed = Object.keys(before).filter((k) => before[k] !== after[k]);
            if (changed.length) failures.push(`${field.name} as ${role}: refused but changed ${changed.join(', ')}`);
          }
          return true;
        }),
        { numRuns: 20, seed: 20261201 + field.name.length },
      );
    }
    expect(failures.slice(0, 20)).toEqual([]);
    expect(requests).toBeGreaterThan(1000);

    // Each refusal is logged once at most, with no stack for expected refusals, and no log line quotes megabytes.
    const lines = t.logs.join('').split('\n').filter(Boolean);
    expect(lines.filter((l) => l.length > 4000).map((l) => l.slice(0, 200))).toEqual([]);
    expect(lines.filter((l) => /"stack"/.test(l)).map((l) => l.slice(0, 300))).toEqual([]);
  }, 600_000);

  it('refuses the amplification query (8,000 __typename aliases under providers(first: $n)) with a clear code', async () => {
    const aliases = Array.from({ length: 8000 }, (_, i) => `a${i}: __typename`).join(' ');
    const res = await t.gql(`query($n: Int!) { p0: providers(first: $n) { nodes { ${aliases} } } }`, { n: 100 });
    expectError(res, 'BAD_USER_INPUT');
    expect(res.data).toBeUndefined();
    // Aliases of __typename count against the alias limit (15) on their own, whatever the cost.
    const cheap = Array.from({ length: 16 }, (_, i) => `t${i}: __typename`).join(' ');
    expectError(await t.gql(`{ ${cheap} }`), 'BAD_USER_INPUT');
    expect((await t.gql(`{ ${Array.from({ length: 15 }, (_, i) => `t${i}: __typename`).join(' ')} }`)).errors).toBeUndefined();
  });

  it('counts the cost with the variables\' values, and with the argument\'s default when absent', async () => {
    // 14 fields a provider: 15 lists of 100 cost 15 x 1,401 = 21,015, over the limit of 20,000; of 20 (the default), 4,215.
    const node = 'id name kind ownership regionCode address location { latitude longitude } services { kind priceFen unit }';
    const many = Array.from({ length: 15 }, (_, i) => `p${i}: providers(first: $n) { nodes { ${node} } }`).join(' ');
    expect((await t.gql(`query($n: Int!) { providers(first: $n) { nodes { ${node} } } }`, { n: 100 })).errors).toBeUndefined();
    expectError(await t.gql(`query($n: Int!) { ${many} }`, { n: 100 }), 'BAD_USER_INPUT', 'QUERY_TOO_COSTLY');
    // A literal and a variable with the same value cost the same.
    expectError(await t.gql(`{ ${many.replaceAll('$n', '100')} }`), 'BAD_USER_INPUT', 'QUERY_TOO_COSTLY');
    // Absent: the default page size (20) counts, which keeps the same 15 lists within the limit.
    expect((await t.gql(`{ ${many.replaceAll('(first: $n)', '')} }`)).errors).toBeUndefined();
    // A variable left out takes the argument's default as well.
    expect((await t.gql(`query($n: Int) { ${many} }`, {})).errors).toBeUndefined();
  });

  it('caps the response size', async () => {
    const capped = await startTestApp({ GRAPHQL_MAX_RESPONSE_BYTES: '2000' });
    try {
      for (let i = 0; i < 30; i++) await makeProvider(capped);
      const res = await capped.gql('{ providers(first: 30) { nodes { id name address regionCode } } }');
      expectError(res, 'BAD_USER_INPUT', 'RESPONSE_TOO_LARGE');
      expect((await capped.gql('{ providers(first: 1) { nodes { id } } }')).errors).toBeUndefined();
    } finally {
      await capped.close();
    }
  });

  it('keeps an existing id working (UUIDs in any case)', async () => {
    const id = randomUUID();
    const res = await t.gql('query($id: ID!) { provider(id: $id) { id } }', { id: id.toUpperCase() });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ provider: null });
  });
});
