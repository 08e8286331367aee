/** Pure rules of care plans and the tasks a visit carries (docs/care-records.md). No Nest or database imports. */

export type TaskSchedule = 'EVERY_VISIT' | 'WEEKDAYS' | 'SERVICE';
export type VisitTaskStatus = 'OPEN' | 'DONE' | 'SKIPPED';

export interface PlanTask {
  id: string;
  title: string;
  service: string;
  required: boolean;
  /** A TaskSchedule value (EVERY_VISIT, WEEKDAYS, SERVICE). */
  schedule: string;
  /** ISO weekdays 1 (Monday) .. 7, for WEEKDAYS. */
  weekdays: readonly number[] | null;
}

export interface VisitFacts {
  service: string;
  /** ISO weekday of the visit's start in China time. */
  weekday: number;
}

/** Which of the plan's tasks a visit carries: every visit; on the listed weekdays; or on visits of the task's service. */
export function tasksForVisit<T extends PlanTask>(tasks: readonly T[], visit: VisitFacts): T[] {
  return tasks.filter((t) => {
    if (t.schedule === 'EVERY_VISIT') return true;
    if (t.schedule === 'WEEKDAYS') return (t.weekdays ?? []).includes(visit.weekday);
    return t.service === visit.service;
  });
}

/** ISO weekday (1 Monday .. 7 Sunday) of an instant in China time (UTC+8, no daylight saving). */
export function chinaWeekday(at: Date): number {
  const day = new Date(at.getTime() + 8 * 3_600_000).getUTCDay();
  return day === 0 ? 7 : day;
}

export interface TaskResult {
  taskId: string;
  status: 'DONE' | 'SKIPPED';
  reason?: string | null;
}

export interface CheckoutProblem {
  path: string;
  message: string;
  reason: 'REQUIRED_TASK_OPEN' | 'SKIP_REASON_MISSING' | 'UNKNOWN_TASK' | 'DUPLICATE_TASK';
}

/**
 * What stops a check-out: a result for a task the visit does not carry, a task given twice, a skip without a reason,
 * and a required task left without a result (named, so the caregiver can record it as done or skipped with why).
 */
export function checkoutProblems(tasks: readonly PlanTask[], results: readonly TaskResult[]): CheckoutProblem[] {
  const problems: CheckoutProblem[] = [];
  const known = new Set(tasks.map((t) => t.id));
  const seen = new Set<string>();
  results.forEach((r, i) => {
    if (!known.has(r.taskId)) problems.push({ path: `tasks.${i}.taskId`, message: 'not a task of this visit', reason: 'UNKNOWN_TASK' });
    else if (seen.has(r.taskId)) problems.push({ path: `tasks.${i}.taskId`, message: 'given twice', reason: 'DUPLICATE_TASK' });
    seen.add(r.taskId);
    if (r.status === 'SKIPPED' && !r.reason?.trim()) problems.push({ path: `tasks.${i}.reason`, message: 'say why the task was skipped', reason: 'SKIP_REASON_MISSING' });
  });
  for (const t of tasks) {
    if (t.required && !seen.has(t.id)) {
      problems.push({ path: 'tasks', message: `required task "${t.title}" is open: record it as DONE, or SKIPPED with a reason`, reason: 'REQUIRED_TASK_OPEN' });
    }
  }
  return problems;
}

export interface DimensionScores {
  selfCare: number;
  mobility: number;
  mentalState: number;
  perceptionSocial: number;
}

export const DIMENSION_MAX: DimensionScores = { selfCare: 32, mobility: 15, mentalState: 28, perceptionSocial: 15 };

export interface SuggestedTask {
  title: string;
  service: string;
  instructions: string;
  required: boolean;
  schedule: TaskSchedule;
}

export interface SuggestedPlan {
  goals: string[];
  tasks: SuggestedTask[];
}

/** A dimension scores low when it keeps less than this share of its maximum (GB/T 42195 dimension totals). */
export const LOW_DIMENSION_SHARE = 0.6;

const BY_DIMENSION: Record<keyof DimensionScores, { goal: string; tasks: SuggestedTask[] }> = {
  selfCare: {
    goal: 'Keep the elder fed, clean and dry (日常生活照料)',
    tasks: [
      { title: 'Help with a meal and record food and fluid intake', service: 'MEAL', instructions: 'Offer the meal; note how much was eaten and drunk.', required: true, schedule: 'EVERY_VISIT' },
      { title: 'Personal hygiene and continence care', service: 'PERSONAL_CARE', instructions: 'Wash, change, check the skin for redness or sores.', required: true, schedule: 'EVERY_VISIT' },
    ],
  },
  mobility: {
    goal: 'Prevent falls and keep the elder moving (防跌倒)',
    tasks: [
      { title: 'Assisted walk or position change', service: 'REHABILITATION', instructions: 'Walk with support or turn in bed; check the path is clear.', required: false, schedule: 'EVERY_VISIT' },
      { title: 'Check the home for fall hazards', service: 'WELFARE_VISIT', instructions: 'Loose mats, wet floors, poor lighting, bed rails.', required: true, schedule: 'EVERY_VISIT' },
    ],
  },
  mentalState: {
    goal: 'Keep the elder oriented, calm and safe (精神慰藉)',
    tasks: [
      { title: 'Conversation and orientation', service: 'COMPANIONSHIP', instructions: 'Talk about the day and date; note mood and confusion.', required: false, schedule: 'EVERY_VISIT' },
      { title: 'Check medication was taken', service: 'MEDICATION_HELP', instructions: 'Compare the pill box with the medication orders.', required: true, schedule: 'EVERY_VISIT' },
    ],
  },
  perceptionSocial: {
    goal: 'Keep the elder in contact and their affairs in order (社会参与)',
    tasks: [{ title: 'Help with errands, calls or bills', service: 'ERRANDS_AND_BILLS', instructions: 'Ask what is needed; help contact family.', required: false, schedule: 'EVERY_VISIT' }],
  },
};

/**
 * A starting plan from the latest capability assessment: for each dimension that scored low, a goal and its tasks.
 * Without an assessment (or with none low) a plan of health monitoring only.
 */
export function suggestPlan(scores: DimensionScores | null): SuggestedPlan {
  const low = scores ? (Object.keys(BY_DIMENSION) as Array<keyof DimensionScores>).filter((d) => scores[d] < DIMENSION_MAX[d] * LOW_DIMENSION_SHARE) : [];
  const plan: SuggestedPlan = { goals: [], tasks: [] };
  for (const d of low) {
    plan.goals.push(BY_DIMENSION[d].goal);
    plan.tasks.push(...BY_DIMENSION[d].tasks);
  }
  plan.goals.push('Notice changes early (健康监测)');
  plan.tasks.push({ title: 'Record observations', service: 'HEALTH_MONITORING', instructions: 'Food intake, pain, blood pressure and anything unusual.', required: true, schedule: 'EVERY_VISIT' });
  return plan;
}
