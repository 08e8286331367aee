import { DEFAULT_RISK_THRESHOLDS, evaluateRisks, type ObservationFacts } from './risk-radar.policy.js';

const NOW = new Date('2026-12-01T12:00:00Z');
const DAY = 86_400_000;
let seq = 0;
const obs = (daysAgo: number, o: Partial<ObservationFacts>): ObservationFacts => ({
  id: `o${++seq}`,
  observedAt: new Date(NOW.getTime() - daysAgo * DAY),
  foodIntake: null,
  nightToileting: null,
  pain: null,
  weightKg: null,
  ...o,
});
const rules = (observations: ObservationFacts[], extra: { missedDoses?: Array<{ id: string; at: Date }>; incidents?: Array<{ id: string; at: Date }> } = {}, t = DEFAULT_RISK_THRESHOLDS) =>
  evaluateRisks({ observations, missedDoses: extra.missedDoses ?? [], incidents: extra.incidents ?? [] }, t, NOW).map((f) => f.rule);
const rec = (daysAgo: number) => ({ id: `r${++seq}`, at: new Date(NOW.getTime() - daysAgo * DAY) });

describe('risk radar policy', () => {
  it('food intake falling over the last 3 observations, in order of time', () => {
    expect(rules([obs(1, { foodIntake: 'HALF' }), obs(3, { foodIntake: 'ALL' }), obs(2, { foodIntake: 'MOST' })])).toEqual(['FOOD_INTAKE_FALLING']);
    expect(rules([obs(3, { foodIntake: 'ALL' }), obs(2, { foodIntake: 'HALF' }), obs(1, { foodIntake: 'HALF' })])).toEqual([]);
    expect(rules([obs(2, { foodIntake: 'ALL' }), obs(1, { foodIntake: 'HALF' })])).toEqual([]);
    // only the latest three count: an earlier rise does not hide a fall
    expect(rules([obs(4, { foodIntake: 'NONE' }), obs(3, { foodIntake: 'ALL' }), obs(2, { foodIntake: 'MOST' }), obs(1, { foodIntake: 'SOME' })])).toEqual(['FOOD_INTAKE_FALLING']);
  });

  it('night toileting rising between the two weeks of 14 days', () => {
    expect(rules([obs(12, { nightToileting: 1 }), obs(2, { nightToileting: 2 })])).toEqual(['NIGHT_TOILETING_RISING']);
    expect(rules([obs(12, { nightToileting: 2 }), obs(2, { nightToileting: 2.9 })])).toEqual([]);
    expect(rules([obs(15, { nightToileting: 0 }), obs(2, { nightToileting: 5 })])).toEqual([]);
  });

  it('weight down 5% within 30 days from the highest', () => {
    const f = evaluateRisks({ observations: [obs(25, { weightKg: 60 }), obs(10, { weightKg: 59 }), obs(0, { weightKg: 57 })], missedDoses: [], incidents: [] }, DEFAULT_RISK_THRESHOLDS, NOW);
    expect(f).toEqual([expect.objectContaining({ rule: 'WEIGHT_LOSS' })]);
    expect(f[0].detail).toContain('5.0%');
    expect(rules([obs(25, { weightKg: 60 }), obs(0, { weightKg: 57.01 })])).toEqual([]);
  });

  it('pain 7+ twice in 7 days', () => {
    expect(rules([obs(6.9, { pain: 7 }), obs(0, { pain: 7 })])).toEqual(['PAIN_HIGH']);
    expect(rules([obs(7.1, { pain: 10 }), obs(0, { pain: 7 })])).toEqual([]);
    expect(rules([obs(1, { pain: 6 }), obs(0, { pain: 7 })])).toEqual([]);
  });

  it('missed doses and incidents by count in their windows', () => {
    expect(rules([], { missedDoses: [rec(6), rec(1)] })).toEqual(['MISSED_DOSES']);
    expect(rules([], { missedDoses: [rec(8), rec(1)] })).toEqual([]);
    expect(rules([], { incidents: [rec(29), rec(1)] })).toEqual(['INCIDENTS']);
    expect(rules([], { incidents: [rec(31), rec(1)] })).toEqual([]);
  });

  it('thresholds are parameters', () => {
    const t = { ...DEFAULT_RISK_THRESHOLDS, painCount: 3, missedDoses: 1 };
    expect(rules([obs(2, { pain: 8 }), obs(1, { pain: 8 })], {}, t)).toEqual([]);
    expect(rules([], { missedDoses: [rec(1)] }, t)).toEqual(['MISSED_DOSES']);
  });

  it('names the records that made each finding', () => {
    const a = obs(2, { pain: 8 });
    const b = obs(1, { pain: 9 });
    const [f] = evaluateRisks({ observations: [a, obs(1.5, { pain: 2 }), b], missedDoses: [], incidents: [] }, DEFAULT_RISK_THRESHOLDS, NOW);
    expect(f.recordIds).toEqual([a.id, b.id]);
  });
});
