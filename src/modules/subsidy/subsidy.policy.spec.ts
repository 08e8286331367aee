import {
  DEFAULT_SUBSIDY_RULES,
  evaluateSubsidy,
  NO_SUBSIDY_BASIS,
  ruleMatches,
  type SubsidyRule,
  subsidyForVisit,
  subsidyRuleErrors,
  type SubsidySubject,
} from './subsidy.policy.js';

const subject = (s: Partial<SubsidySubject>): SubsidySubject => ({ categories: [], age: 65, careLevel: null, ...s });
const evalDefault = (s: Partial<SubsidySubject>) => evaluateSubsidy(DEFAULT_SUBSIDY_RULES, subject(s));

describe('default subsidy rules', () => {
  it('extreme poverty: 100% of visits up to 1,200 yuan a month, at any age', () => {
    expect(evalDefault({ categories: ['EXTREME_POVERTY'], age: 61 })).toEqual({
      monthlyAllowanceFen: 120_000,
      coverageRateBp: 10_000,
      basis: expect.stringContaining('1,200 yuan'),
      ruleId: 'default:extreme-poverty',
    });
  });

  it('subsistence allowance aged 70+: 600 yuan at 80%', () => {
    expect(evalDefault({ categories: ['SUBSISTENCE_ALLOWANCE'], age: 70 })).toMatchObject({
      monthlyAllowanceFen: 60_000,
      coverageRateBp: 8_000,
      ruleId: 'default:allowance-70',
    });
    expect(evalDefault({ categories: ['SUBSISTENCE_ALLOWANCE'], age: 69 }).ruleId).toBeNull();
  });

  it('low income aged 70+: 600 yuan at 80%', () => {
    expect(evalDefault({ categories: ['LOW_INCOME'], age: 75 }).ruleId).toBe('default:allowance-70');
  });

  it('anyone aged 90+: 600 yuan at 80%, with no category', () => {
    expect(evalDefault({ age: 90 })).toMatchObject({ monthlyAllowanceFen: 60_000, coverageRateBp: 8_000, ruleId: 'default:age-90' });
    expect(evalDefault({ age: 89 }).ruleId).toBeNull();
  });

  it('low income with MODERATE or worse care level under 70: 400 yuan at 50%', () => {
    for (const careLevel of ['MODERATE', 'SEVERE', 'TOTAL'] as const) {
      expect(evalDefault({ categories: ['LOW_INCOME'], age: 65, careLevel })).toMatchObject({
        monthlyAllowanceFen: 40_000,
        coverageRateBp: 5_000,
        ruleId: 'default:low-income-moderate',
      });
    }
    expect(evalDefault({ categories: ['LOW_INCOME'], age: 65, careLevel: 'MILD' }).ruleId).toBeNull();
    expect(evalDefault({ categories: ['LOW_INCOME'], age: 65, careLevel: null }).ruleId).toBeNull();
  });

  it('subsistence allowance with moderate disability under 70 is not the low-income rule', () => {
    expect(evalDefault({ categories: ['SUBSISTENCE_ALLOWANCE'], age: 65, careLevel: 'SEVERE' }).ruleId).toBeNull();
  });

  it('others get nothing, with a basis that says so', () => {
    expect(evalDefault({ categories: ['LIVING_ALONE', 'ADVANCED_AGE'], age: 85, careLevel: 'TOTAL' })).toEqual({
      monthlyAllowanceFen: 0,
      coverageRateBp: 0,
      basis: NO_SUBSIDY_BASIS,
      ruleId: null,
    });
  });

  it('first match wins: low income aged 70+ with moderate disability gets the 600 yuan rule', () => {
    expect(evalDefault({ categories: ['LOW_INCOME'], age: 72, careLevel: 'MODERATE' }).ruleId).toBe('default:allowance-70');
    expect(evalDefault({ categories: ['EXTREME_POVERTY', 'LOW_INCOME'], age: 95 }).ruleId).toBe('default:extreme-poverty');
  });
});

describe('rule evaluation', () => {
  const rule = (r: Partial<SubsidyRule>): SubsidyRule => ({ id: 'r', monthlyAllowanceFen: 1, coverageRateBp: 1, basis: 'b', ...r });

  it('a rule with no conditions matches everyone', () => {
    expect(ruleMatches(rule({}), subject({}))).toBe(true);
    expect(ruleMatches(rule({ anyOfCategories: [] }), subject({}))).toBe(true);
  });

  it('all conditions must hold', () => {
    const r = rule({ anyOfCategories: ['DISABLED'], minAge: 80, minCareLevel: 'SEVERE' });
    expect(ruleMatches(r, subject({ categories: ['DISABLED'], age: 80, careLevel: 'SEVERE' }))).toBe(true);
    expect(ruleMatches(r, subject({ categories: [], age: 80, careLevel: 'SEVERE' }))).toBe(false);
    expect(ruleMatches(r, subject({ categories: ['DISABLED'], age: 79, careLevel: 'SEVERE' }))).toBe(false);
    expect(ruleMatches(r, subject({ categories: ['DISABLED'], age: 80, careLevel: 'MODERATE' }))).toBe(false);
  });

  it('uses the order of the list, not the size of the allowance', () => {
    const rules = [rule({ id: 'small', monthlyAllowanceFen: 100 }), rule({ id: 'big', monthlyAllowanceFen: 999 })];
    expect(evaluateSubsidy(rules, subject({})).ruleId).toBe('small');
  });

  it('an empty rule set gives nothing', () => {
    expect(evaluateSubsidy([], subject({ categories: ['EXTREME_POVERTY'] })).monthlyAllowanceFen).toBe(0);
  });
});

describe('rule validation', () => {
  it('names each bad field', () => {
    expect(
      subsidyRuleErrors([
        { monthlyAllowanceFen: 100, coverageRateBp: 10_000, basis: 'ok' },
        { monthlyAllowanceFen: -1, coverageRateBp: 10_001, minAge: -3, basis: ' ' },
        { monthlyAllowanceFen: 1.5, coverageRateBp: 0.5, basis: 'x' },
      ]),
    ).toEqual([
      'rules[1].monthlyAllowanceFen',
      'rules[1].coverageRateBp',
      'rules[1].minAge',
      'rules[1].basis',
      'rules[2].monthlyAllowanceFen',
      'rules[2].coverageRateBp',
    ]);
  });

  it('accepts the defaults', () => {
    expect(subsidyRuleErrors(DEFAULT_SUBSIDY_RULES)).toEqual([]);
  });
});

describe('subsidy of one visit', () => {
  it('pays the covered share, rounded down to the fen', () => {
    expect(subsidyForVisit(5_000, { coverageRateBp: 8_000 }, 60_000)).toBe(4_000);
    expect(subsidyForVisit(3_333, { coverageRateBp: 5_000 }, 60_000)).toBe(1_666);
  });

  it('never exceeds what is left of the monthly allowance', () => {
    expect(subsidyForVisit(5_000, { coverageRateBp: 10_000 }, 1_200)).toBe(1_200);
    expect(subsidyForVisit(5_000, { coverageRateBp: 10_000 }, 0)).toBe(0);
    expect(subsidyForVisit(5_000, { coverageRateBp: 10_000 }, -5)).toBe(0);
  });
});
