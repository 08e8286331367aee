/**
 * The risk radar's rules (docs/care-records.md): explainable findings per elder from observations, medication
 * records and incidents. Each finding names the records that made it. Thresholds come from settings.
 */

export type RiskRule = 'FOOD_INTAKE_FALLING' | 'NIGHT_TOILETING_RISING' | 'WEIGHT_LOSS' | 'PAIN_HIGH' | 'MISSED_DOSES' | 'INCIDENTS';

export interface RiskThresholds {
  /** FOOD_INTAKE_FALLING: this many latest observations with food intake, each lower than the one before. */
  foodIntakeObservations: number;
  /** NIGHT_TOILETING_RISING: window in days, split in halves; fires when the later half's mean exceeds the earlier's by at least `nightToiletingRise`. */
  nightToiletingDays: number;
  nightToiletingRise: number;
  /** WEIGHT_LOSS: latest weight at least this percentage below the highest of the window. */
  weightLossPercent: number;
  weightLossDays: number;
  /** PAIN_HIGH: pain at or above `painLevel` at least `painCount` times in `painDays` days. */
  painLevel: number;
  painCount: number;
  painDays: number;
  /** MISSED_DOSES: at least this many missed doses in `missedDoseDays` days. */
  missedDoses: number;
  missedDoseDays: number;
  /** INCIDENTS: at least this many incidents in `incidentDays` days. */
  incidents: number;
  incidentDays: number;
}

export const DEFAULT_RISK_THRESHOLDS: RiskThresholds = {
  foodIntakeObservations: 3,
  nightToiletingDays: 14,
  nightToiletingRise: 1,
  weightLossPercent: 5,
  weightLossDays: 30,
  painLevel: 7,
  painCount: 2,
  painDays: 7,
  missedDoses: 2,
  missedDoseDays: 7,
  incidents: 2,
  incidentDays: 30,
};

/** The longest window any rule looks back, in days (what the service loads). */
export const lookbackDays = (t: RiskThresholds) => Math.max(t.nightToiletingDays, t.weightLossDays, t.painDays, t.missedDoseDays, t.incidentDays, 30);

export const FOOD_INTAKE_ORDER = ['NONE', 'SOME', 'HALF', 'MOST', 'ALL'] as const;

export interface ObservationFacts {
  id: string;
  observedAt: Date;
  foodIntake: (typeof FOOD_INTAKE_ORDER)[number] | null;
  nightToileting: number | null;
  pain: number | null;
  weightKg: number | null;
}

export interface RecordFacts {
  id: string;
  at: Date;
}

export interface RiskFinding {
  rule: RiskRule;
  detail: string;
  recordIds: string[];
}

const DAY = 86_400_000;
const within = (at: Date, now: Date, days: number) => at.getTime() <= now.getTime() && at.getTime() > now.getTime() - days * DAY;

export function evaluateRisks(
  facts: { observations: readonly ObservationFacts[]; missedDoses: readonly RecordFacts[]; incidents: readonly RecordFacts[] },
  t: RiskThresholds,
  now: Date,
): RiskFinding[] {
  const out: RiskFinding[] = [];
  const obs = [...facts.observations].filter((o) => o.observedAt.getTime() <= now.getTime()).sort((a, b) => a.observedAt.getTime() - b.observedAt.getTime());

  const food = obs.filter((o) => o.foodIntake !== null).slice(-t.foodIntakeObservations);
  if (food.length === t.foodIntakeObservations && food.length >= 2) {
    const ranks = food.map((o) => FOOD_INTAKE_ORDER.indexOf(o.foodIntake!));
    if (ranks.every((r, i) => i === 0 || r < ranks[i - 1])) {
      out.push({ rule: 'FOOD_INTAKE_FALLING', detail: `food intake fell over the last ${food.length} observations: ${food.map((o) => o.foodIntake).join(' → ')}`, recordIds: food.map((o) => o.id) });
    }
  }

  const night = obs.filter((o) => o.nightToileting !== null && within(o.observedAt, now, t.nightToiletingDays));
  const half = now.getTime() - (t.nightToiletingDays / 2) * DAY;
  const earlier = night.filter((o) => o.observedAt.getTime() <= half);
  const later = night.filter((o) => o.observedAt.getTime() > half);
  if (earlier.length > 0 && later.length > 0) {
    const mean = (xs: ObservationFacts[]) => xs.reduce((s, o) => s + o.nightToileting!, 0) / xs.length;
    const rise = mean(later) - mean(earlier);
    if (rise >= t.nightToiletingRise) {
      out.push({ rule: 'NIGHT_TOILETING_RISING', detail: `night toileting rose by ${rise.toFixed(1)} a night (mean ${mean(earlier).toFixed(1)} → ${mean(later).toFixed(1)}) over ${t.nightToiletingDays} days`, recordIds: night.map((o) => o.id) });
    }
  }

  const weights = obs.filter((o) => o.weightKg !== null && within(o.observedAt, now, t.weightLossDays));
  if (weights.length >= 2) {
    const latest = weights[weights.length - 1];
    const heaviest = weights.slice(0, -1).reduce((a, b) => (b.weightKg! > a.weightKg! ? b : a));
    const lossPercent = ((heaviest.weightKg! - latest.weightKg!) / heaviest.weightKg!) * 100;
    if (lossPercent >= t.weightLossPercent - 1e-9) {
      out.push({ rule: 'WEIGHT_LOSS', detail: `weight down ${lossPercent.toFixed(1)}% in ${t.weightLossDays} days (${heaviest.weightKg} → ${latest.weightKg} kg)`, recordIds: [heaviest.id, latest.id] });
    }
  }

  const pain = obs.filter((o) => o.pain !== null && o.pain >= t.painLevel && within(o.observedAt, now, t.painDays));
  if (pain.length >= t.painCount) {
    out.push({ rule: 'PAIN_HIGH', detail: `pain ${t.painLevel}+ recorded ${pain.length} times in ${t.painDays} days`, recordIds: pain.map((o) => o.id) });
  }

  const missed = facts.missedDoses.filter((r) => within(r.at, now, t.missedDoseDays));
  if (missed.length >= t.missedDoses) {
    out.push({ rule: 'MISSED_DOSES', detail: `${missed.length} missed doses in ${t.missedDoseDays} days`, recordIds: missed.map((r) => r.id) });
  }

  const incidents = facts.incidents.filter((r) => within(r.at, now, t.incidentDays));
  if (incidents.length >= t.incidents) {
    out.push({ rule: 'INCIDENTS', detail: `${incidents.length} incidents in ${t.incidentDays} days`, recordIds: incidents.map((r) => r.id) });
  }
  return out;
}
