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
  type GraphQLSchema,
} from 'graphql';
import { expectData } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { buildCareWorld, ME, RAISE, signedInDevice, type CareWorld } from '../care-record/care.fixtures.js';

/** What a DEVICE account may call besides the public operations: its own session, and emergencies of its elder. */
const DEVICE_FIELDS = new Set(['me', 'raiseEmergency', 'emergency']);

/** A well-formed value of an input type (so that the request reaches the role check, not the GraphQL validation). */
function wellFormed(type: GraphQLInputType, id: string, depth = 0): unknown {
  if (isNonNullType(type)) return wellFormed(type.ofType, id, depth);
  if (isListType(type)) return [wellFormed(type.ofType, id, depth + 1)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    if (depth > 4) return null;
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, wellFormed(f.type, id, depth + 1)]),
    );
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return id;
      case 'Int':
        return 1;
      case 'Float':
        return 35.4;
      case 'Boolean':
        return false;
      case 'DateTime':
        return '2026-12-01T02:00:00Z';
      case 'String':
        return '3708';
      default:
        return null;
    }
  }
  return null;
}

function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const args = field.args.filter((a) => isNonNullType(a.type));
  const vars = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const call = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const named = getNamedType(field.type);
  const selection = isScalarType(named) || isEnumType(named) ? '' : '{ __typename }';
  return `${kind}${vars ? `(${vars})` : ''} { ${field.name}${call ? `(${call})` : ''} ${selection} }`;
}

/**
 * The DEVICE role over every root field: an emergency button bound to one elder raises emergencies for that elder and
 * reads their status; every other operation answers FORBIDDEN (or NOT_FOUND for another elder's), never data.
 */
describe('hardening: a DEVICE account reaches nothing but its own elder\'s emergencies', () => {
  let t: TestApp;
  let w: CareWorld;
  let device: { id: string; token: string };

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildCareWorld(t);
    device = await signedInDevice(t, w.family.token, w.elder.id);
  });
  afterAll(() => t.close());

  it('every query and mutation, with ids of its own elder and of others: only the device operations answer', async () => {
    const schema: GraphQLSchema = t.app.get(GraphQLSchemaHost).schema;
    const roots = [
      ...Object.values(schema.getQueryType()!.getFields()).map((f) => ['query', f] as const),
      ...Object.values(schema.getMutationType()!.getFields()).map((f) => ['mutation', f] as const),
    ];
    const ownEmergency = expectData(await t.gql(RAISE, { e: w.elder.id, k: 'FALL' }, device.token)).raiseEmergency.id;
    const otherEmergency = expectData(await t.gql(RAISE, { e: w.otherElder.id, k: 'FALL' }, w.otherFamily.token)).raiseEmergency.id;
    const ids = [w.elder.id, w.otherElder.id, w.provider.id, w.visit.id, w.family.id, device.id, ownEmergency, otherEmergency];

    const leaks: string[] = [];
    const answered = new Set<string>();
    let checked = 0;
    // logout ends the device's session: called last, below
    for (const [kind, field] of roots.filter(([, f]) => f.name !== 'logout')) {
      const query = operationFor(kind, field);
      // public operations (login, register, the registry...) pass the role check for anonymous callers too: not the
      // device's to refuse. The role check answers anonymous callers of the others with "Sign in first".
      const anonymous = await t.gql(query, Object.fromEntries(field.args.filter((a) => isNonNullType(a.type)).map((a) => [a.name, wellFormed(a.type, ids[0])])));
      const isPublic = !(anonymous.errors ?? []).some((e) => e.extensions?.code === 'UNAUTHENTICATED' && e.message === 'Sign in first');
      for (const id of field.args.some((a) => getNamedType(a.type).name === 'ID' || isInputObjectType(getNamedType(a.type))) ? ids : [ids[0]]) {
        const vars = Object.fromEntries(field.args.filter((a) => isNonNullType(a.type)).map((a) => [a.name, wellFormed(a.type, id)]));
        // a kind given as text (raiseEmergency): one that exists, so that the call reaches the elder check
        if (field.name === 'raiseEmergency') vars.kind = 'FALL';
        const res = await t.gql(query, vars, device.token);
        checked++;
        const codes = (res.errors ?? []).map((e) => e.extensions?.code as string);
        if (codes.some((c) => !c || c === 'INTERNAL_SERVER_ERROR')) leaks.push(`${field.name}(${id}): internal error ${JSON.stringify(res.errors).slice(0, 200)}`);
        const data = (res.data as Record<string, unknown> | undefined)?.[field.name];
        if (data != null) answered.add(field.name);
        if (isPublic || DEVICE_FIELDS.has(field.name)) continue;
        if (data != null || !codes.every((c) => c === 'FORBIDDEN' || c === 'NOT_FOUND')) {
          leaks.push(`${field.name}(${id}): ${JSON.stringify(res.errors ?? res.data).slice(0, 200)}`);
        }
      }
    }
    expect(leaks).toEqual([]);
    expect(checked).toBeGreaterThan(roots.length);
    // of the device operations, what answered data is its own: me, its emergency, the raise for its elder
    expect([...answered].filter((f) => DEVICE_FIELDS.has(f)).sort()).toEqual(['emergency', 'me', 'raiseEmergency']);
  }, 300_000);

  it('the device\'s emergency operations answer for its own elder only', async () => {
    const own = expectData(await t.gql(RAISE, { e: w.elder.id, k: 'ILLNESS' }, device.token)).raiseEmergency;
    expect(own.elderId).toBe(w.elder.id);
    const other = await t.gql(RAISE, { e: w.otherElder.id, k: 'ILLNESS' }, device.token);
    expect(other.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const count = await t.db.query(`SELECT count(*)::int AS n FROM emergencies WHERE raised_by = $1 AND elder_id <> $2`, [device.id, w.elder.id]);
    expect(count[0].n).toBe(0);
  });
  it('the device ends its own session (logout, left out of the sweep above)', async () => {
    expect(expectData(await t.gql(`mutation { logout }`, {}, device.token)).logout).toBe(true);
    expect((await t.gql(ME, {}, device.token)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
