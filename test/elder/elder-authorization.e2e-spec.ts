import { Role } from '../../src/core/domain/enums.js';
import { linkElderToProvider, makeElder, makeProvider, makeUser, validIdNumber, type TestUser } from '../support/factories.js';
import { startTestApp, type TestApp, type GraphQLResponse } from '../support/test-app.js';

/**
 * The authorization matrix of the elder operations: every operation, every role, on an elder the caller is
 * related to ("own": guardian, officer in scope, staff of a linked provider) and on one it is not.
 */

type Outcome = 'ok' | 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'BAD_USER_INPUT';
type Who =
  | 'anonymous'
  | 'guardian'
  | 'otherFamily'
  | 'caregiverOfLinked'
  | 'staffOfLinked'
  | 'staffOfOther'
  | 'officerInScope'
  | 'officerOutOfScope'
  | 'admin';

const ASSESSMENT = { selfCare: [4, 4, 4, 4, 4, 4, 4, 4], mobility: [4, 4, 4, 3], mentalState: [4, 4, 4, 4, 4, 4, 1, 1, 2], perceptionSocial: [2, 2, 4, 3, 4] };

describe('elders: authorization matrix', () => {
  let t: TestApp;
  const users = {} as Record<Exclude<Who, 'anonymous'>, TestUser>;
  let elderId: string;
  let assessmentId: string;
  let providerId: string;
  let spareFamilyPhone: string;

  const token = (who: Who) => (who === 'anonymous' ? undefined : users[who].token);
  const outcome = (res: GraphQLResponse): Outcome => {
    if (!res.errors) return 'ok';
    return res.errors[0].extensions?.code as Outcome;
  };

  beforeAll(async () => {
    t = await startTestApp();
    providerId = (await makeProvider(t)).id;
    const otherProvider = (await makeProvider(t)).id;
    users.guardian = await makeUser(t, Role.FAMILY);
    users.otherFamily = await makeUser(t, Role.FAMILY);
    users.caregiverOfLinked = await makeUser(t, Role.CAREGIVER, { providerId });
    users.staffOfLinked = await makeUser(t, Role.PROVIDER_STAFF, { providerId });
    users.staffOfOther = await makeUser(t, Role.PROVIDER_STAFF, { providerId: otherProvider });
    users.officerInScope = await makeUser(t, Role.CIVIL_AFFAIRS, { regionScope: '3708' });
    users.officerOutOfScope = await makeUser(t, Role.CIVIL_AFFAIRS, { regionScope: '1101' });
    users.admin = await makeUser(t, Role.ADMIN);
    spareFamilyPhone = (await makeUser(t, Role.FAMILY)).phone;
    elderId = (await makeElder(t, users.guardian, { categories: ['LOW_INCOME'] })).id;
    await linkElderToProvider(t, elderId, providerId);
    // The other family's own elder, so that its lists are not empty.
    await makeElder(t, users.otherFamily);
    const res = await t.gql(
      `mutation($input: CapabilityAssessmentInput!) { recordCapabilityAssessment(input: $input) { id } }`,
      { input: { elderId, ...ASSESSMENT } },
      users.officerInScope.token,
    );
    assessmentId = res.data!.recordCapabilityAssessment.id;
  });
  afterAll(() => t.close());

  const matrix: Array<{ op: string; run: (who: Who) => Promise<GraphQLResponse>; expect: Record<Who, Outcome> }> = [
    {
      op: 'elder(id)',
      run: (who) => t.gql(`query($id: ID!) { elder(id: $id) { id } }`, { id: elderId }, token(who)),
      expect: {
        anonymous: 'UNAUTHENTICATED', guardian: 'ok', otherFamily: 'NOT_FOUND', caregiverOfLinked: 'FORBIDDEN', staffOfLinked: 'ok',
        staffOfOther: 'NOT_FOUND', officerInScope: 'ok', officerOutOfScope: 'NOT_FOUND', admin: 'ok',
      },
    },
    {
      op: 'updateElder',
      run: (who) => t.gql(`mutation($id: ID!) { updateElder(id: $id, input: { address: "同一地址" }) { id } }`, { id: elderId }, token(who)),
      expect: {
        anonymous: 'UNAUTHENTICATED', guardian: 'ok', otherFamily: 'NOT_FOUND', caregiverOfLinked: 'FORBIDDEN', staffOfLinked: 'FORBIDDEN',
        staffOfOther: 'FORBIDDEN', officerInScope: 'ok', officerOutOfScope: 'NOT_FOUND', admin: 'FORBIDDEN',
      },
    },
    {
      op: 'addElderGuardian',
      run: (who) => t.gql(`mutation($id: ID!, $p: String!) { addElderGuardian(elderId: $id, phone: $p) { id } }`, { id: elderId, p: users.guardian.phone }, token(who)),
      expect: {
        anonymous: 'UNAUTHENTICATED', guardian: 'ok', otherFamily: 'NOT_FOUND', caregiverOfLinked: 'FORBIDDEN', staffOfLinked: 'FORBIDDEN',
        staffOfOther: 'FORBIDDEN', officerInScope: 'ok', officerOutOfScope: 'NOT_FOUND', admin: 'FORBIDDEN',
      },
    },
    {
      op: 'removeElderGuardian (of a non-guardian: a no-op)',
      run: (who) => t.gql(`mutation($id: ID!, $p: String!) { removeElderGuardian(elderId: $id, phone: $p) { id } }`, { id: elderId, p: spareFamilyPhone }, token(who)),
      expect: {
        anonymous: 'UNAUTHENTICATED', guardian: 'ok', otherFamily: 'NOT_FOUND', caregiverOfLinked: 'FORBIDDEN', staffOfLinked: 'FORBIDDEN',
        staffOfOther: 'FORBIDDEN', officerInScope: 'ok', officerOutOfScope: 'NOT_FOUND', admin: 'FORBIDDEN',
      },
    },
    {
      op: 'linkElderProvider',
      run: (who) => t.gql(`mutation($id: ID!, $p: ID!) { linkElderProvider(elderId: $id, providerId: $p) { id } }`, { id: elderId, p: providerId }, token(who)),
      expect: {
        anonymous: 'UNAUTHENTICATED', guardian: 'ok', otherFamily: 'NOT_FOUND', caregiverOfLinked: 'FORBIDDEN', staffOfLinked: 'FORBIDDEN',
        staffOfOther: 'FORBIDDEN', officerInScope: 'ok', officerOutOfScope: 'NOT_FOUND', admin: 'FORBIDDEN',
      },
    },
    {
      op: 'recordCapabilityAssessment',
      run: (who) =>
        t.gql(`mutation($input: CapabilityAssessmentInput!) { recordCapabilityAssessment(input: $input) { id } }`, { input: { elderId, ...ASSESSMENT } }, token(who)),
      expect: {
        anonymous: 'UNAUTHENTICATED', guardian: 'FORBIDDEN', otherFamily: 'FORBIDDEN', caregiverOfLinked: 'FORBIDDEN', staffOfLinked: 'ok',
        staffOfOther: 'NOT_FOUND', officerInScope: 'ok', officerOutOfScope: 'NOT_FOUND', admin: 'FORBIDDEN',
      },
    },
    {
      // Scores and diagnoses belong to the FULL view; an admin sees the overview only.
      op: 'capabilityAssessment(id)',
      run: (who) => t.gql(`query($id: ID!) { capabilityAssessment(id: $id) { id } }`, { id: assessmentId }, token(who)),
      expect: {
        anonymous: 'UNAUTHENTICATED', guardian: 'ok', otherFamily: 'NOT_FOUND', caregiverOfLinked: 'FORBIDDEN', staffOfLinked: 'ok',
        staffOfOther: 'NOT_FOUND', officerInScope: 'ok', officerOutOfScope: 'NOT_FOUND', admin: 'NOT_FOUND',
      },
    },
    {
      op: 'createElder (region 370811)',
      run: (who) =>
        t.gql(
          `mutation($input: CreateElderInput!) { createElder(input: $input) { id } }`,
          {
            input: {
              fullName: '矩阵', gender: 'MALE', birthDate: '1941-01-01', idNumber: validIdNumber('1941-01-01'), regionCode: '370811',
              address: '某地', location: { latitude: 35.4, longitude: 116.5 },
            },
          },
          token(who),
        ),
      expect: {
        anonymous: 'UNAUTHENTICATED', guardian: 'ok', otherFamily: 'ok', caregiverOfLinked: 'FORBIDDEN', staffOfLinked: 'FORBIDDEN',
        staffOfOther: 'FORBIDDEN', officerInScope: 'ok', officerOutOfScope: 'BAD_USER_INPUT', admin: 'FORBIDDEN',
      },
    },
    {
      op: 'setSubsidyRules (prefix 3708)',
      run: (who) =>
        t.gql(
          `mutation($input: SetSubsidyRulesInput!) { setSubsidyRules(input: $input) { id } }`,
          { input: { regionPrefix: '3708', effectiveFrom: new Date(Date.now() + 86_400_000 + Math.floor(Math.random() * 1e9)).toISOString(), rules: [] } },
          token(who),
        ),
      expect: {
        anonymous: 'UNAUTHENTICATED', guardian: 'FORBIDDEN', otherFamily: 'FORBIDDEN', caregiverOfLinked: 'FORBIDDEN', staffOfLinked: 'FORBIDDEN',
        staffOfOther: 'FORBIDDEN', officerInScope: 'ok', officerOutOfScope: 'NOT_FOUND', admin: 'ok',
      },
    },
  ];

  const everyone: Who[] = ['anonymous', 'guardian', 'otherFamily', 'caregiverOfLinked', 'staffOfLinked', 'staffOfOther', 'officerInScope', 'officerOutOfScope', 'admin'];

  for (const row of matrix) {
    it(`${row.op}: each role gets what it should`, async () => {
      const got: Record<string, Outcome> = {};
      for (const who of everyone) got[who] = outcome(await row.run(who));
      expect(got).toEqual(row.expect);
    });
  }

  it('a family never reaches another family\'s elder through lists or nested fields', async () => {
    const mine = await t.gql(`{ myElders { id } }`, {}, users.otherFamily.token);
    expect(mine.data!.myElders.map((e: any) => e.id)).not.toContain(elderId);
    expect((await t.gql(`{ elders { totalCount } }`, {}, users.otherFamily.token)).errors![0].extensions?.code).toBe('FORBIDDEN');
    // Nested: assessment -> (no elder link exposed) and elder -> guardians/assessments only through a visible elder.
    const nested = await t.gql(
      `query($id: ID!) { elder(id: $id) { id guardians { userId } assessments { id } latestAssessment { id } subsidy { basis } } }`,
      { id: elderId },
      users.otherFamily.token,
    );
    expect(nested.data?.elder ?? null).toBeNull();
    expect(nested.errors![0].extensions?.code).toBe('NOT_FOUND');
    expect(JSON.stringify(nested)).not.toContain(users.guardian.id);
  });

  it('lists are filtered by scope: an out-of-scope officer and unlinked staff see none of the elder', async () => {
    for (const who of ['officerOutOfScope', 'staffOfOther'] as const) {
      const res = await t.gql(`{ elders(first: 100) { nodes { id } } }`, {}, users[who].token);
      expect(res.data!.elders.nodes.map((n: any) => n.id)).not.toContain(elderId);
    }
    const inScope = await t.gql(`{ elders(first: 100) { nodes { id } } }`, {}, users.officerInScope.token);
    expect(inScope.data!.elders.nodes.map((n: any) => n.id)).toContain(elderId);
  });

  it('an unknown id is NOT_FOUND, like an invisible one; a malformed one is BAD_USER_INPUT (it names nothing)', async () => {
    expect(outcome(await t.gql(`query($id: ID!) { elder(id: $id) { id } }`, { id: '00000000-0000-4000-8000-000000000000' }, users.admin.token))).toBe('NOT_FOUND');
    expect(outcome(await t.gql(`query($id: ID!) { elder(id: $id) { id } }`, { id: 'x' }, users.admin.token))).toBe('BAD_USER_INPUT');
  });
});
