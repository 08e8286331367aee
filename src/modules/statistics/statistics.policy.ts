/**
 * Pure rules of the regional figures: the time window, the care-gap figure and its ranking, the policy indicators.
 */

export interface MonthWindow {
  /** YYYY-MM, first to last, in China time. */
  months: string[];
  /** First day of the first month, YYYY-MM-DD (China calendar). */
  fromDate: string;
  /** First day after the last month, YYYY-MM-DD (China calendar). */
  untilDate: string;
  /** Whether the caller gave from or to (the totals of visits then cover the window only). */
  explicit: boolean;
}

export const MAX_WINDOW_MONTHS = 60;
const CHINA_OFFSET_MS = 8 * 3600_000;

const monthIndex = (ym: string) => Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1;
const monthOf = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;

/**
 * The months from `from` to `to` (YYYY-MM or YYYY-MM-DD, whole months, China time). Default: the twelve months up to
 * and including the current one. Problems name the argument.
 */
export function monthWindow(from: string | null | undefined, to: string | null | undefined, now: Date): { window?: MonthWindow; problems: Array<{ path: string; message: string }> } {
  const problems: Array<{ path: string; message: string }> = [];
  const parse = (value: string | null | undefined, path: string): number | null => {
    if (value == null || value === '') return null;
    const m = /^(\d{4})-(\d{2})(-(\d{2}))?$/.exec(value);
    if (!m || Number(m[2]) < 1 || Number(m[2]) > 12 || (m[4] && (Number(m[4]) < 1 || Number(m[4]) > 31))) {
      problems.push({ path, message: `${path} must be YYYY-MM or YYYY-MM-DD` });
      return null;
    }
    return monthIndex(`${m[1]}-${m[2]}`);
  };
  const current = monthIndex(new Date(now.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 7));
  const f = parse(from, 'from');
  const t = parse(to, 'to');
  if (problems.length) return { problems };
  const last = t ?? (f !== null ? Math.max(f, current) : current);
  const first = f ?? last - 11;
  if (first > last) return { problems: [{ path: 'from', message: 'from must not be after to' }] };
  if (last - first + 1 > MAX_WINDOW_MONTHS) return { problems: [{ path: 'from', message: `at most ${MAX_WINDOW_MONTHS} months` }] };
  const months = Array.from({ length: last - first + 1 }, (_, i) => monthOf(first + i));
  return { window: { months, fromDate: `${months[0]}-01`, untilDate: `${monthOf(last + 1)}-01`, explicit: f !== null || t !== null }, problems };
}

export interface CareGapInput {
  regionCode: string;
  name: string;
  /** Elders at home (not admitted to an institution) whose care level is SEVERE or TOTAL. */
  dependentElders: number;
  /** Of them, those inside the service radius of at least one home-care agency. */
  homeCareReach: number;
  /** Free nursing-type beds (total − occupied − reserved) within reach of the township's unreached dependent elders. */
  nursingBedsInReach: number;
}

export interface CareGapFigure extends CareGapInput {
  unmetNeed: number;
  rank: number;
  explanation: string;
}

/**
 * Unmet need: dependent elders whom no home-care agency reaches, less the free nursing-type beds within reach of them,
 * never below 0. Townships ranked by it, then by dependent elders, then by code.
 */
export function rankCareGaps(rows: readonly CareGapInput[], reachKm: number): CareGapFigure[] {
  return rows
    .map((r) => {
      const unreached = Math.max(0, r.dependentElders - r.homeCareReach);
      const unmetNeed = Math.max(0, unreached - r.nursingBedsInReach);
      const explanation =
        `${r.dependentElders} dependent elders (SEVERE/TOTAL) at home − ${r.homeCareReach} reached by a home-care agency = ${unreached} unreached; ` +
        `− ${r.nursingBedsInReach} free nursing-type beds within ${reachKm} km = ${unmetNeed} unmet`;
      return { ...r, unmetNeed, explanation, rank: 0 };
    })
    .sort((a, b) => b.unmetNeed - a.unmetNeed || b.dependentElders - a.dependentElders || a.regionCode.localeCompare(b.regionCode))
    .map((r, i) => ({ ...r, rank: i + 1 }));
}

export interface PolicyTargets {
  nursingBedShare: number | null;
  dependentCentralizedRate: number | null;
  gradedInstitutionShare: number | null;
  threeStarsOrMoreShare: number | null;
}

/** Defaults of the targets setting: the 55% nursing-bed share of the 14th five-year plan; the others are regional. */
export const DEFAULT_POLICY_TARGETS: PolicyTargets = {
  nursingBedShare: 0.55,
  dependentCentralizedRate: 0.6,
  gradedInstitutionShare: null,
  threeStarsOrMoreShare: null,
};

export interface IndicatorFigure {
  code: string;
  title: string;
  value: number | null;
  target: number | null;
  meetsTarget: boolean | null;
}

export function policyIndicators(
  values: { nursingBedShare: number | null; dependentCentralizedRate: number | null; gradedInstitutionShare: number | null; threeStarsOrMoreShare: number | null },
  targets: PolicyTargets,
): IndicatorFigure[] {
  const rows: Array<[keyof PolicyTargets, string, string]> = [
    ['nursingBedShare', 'NURSING_BED_SHARE', '护理型床位占比'],
    ['dependentCentralizedRate', 'DEPENDENT_CENTRALIZED_RATE', '生活不能自理特困人员集中供养率'],
    ['gradedInstitutionShare', 'GRADED_INSTITUTION_SHARE', '养老机构等级评定覆盖率'],
    ['threeStarsOrMoreShare', 'THREE_STARS_OR_MORE_SHARE', '三星级及以上机构占已评定机构比例'],
  ];
  return rows.map(([key, code, title]) => {
    const value = values[key];
    const target = targets[key];
    return { code, title, value, target, meetsTarget: value === null || target === null ? null : value >= target };
  });
}
