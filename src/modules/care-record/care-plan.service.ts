import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Actor } from '../../core/auth/actor.js';
import { UnitOfWork } from '../../core/database/unit-of-work.js';
import { Role } from '../../core/domain/enums.js';
import { badInput, notFound } from '../../core/errors/domain-error.js';
import { CapabilityAssessmentService } from '../assessment/capability-assessment.service.js';
import { CareAccessService } from './care-access.service.js';
import type { VisitTaskResultInput } from '../home-care/dto/visit-task-result.input.js';
import { VisitCheckoutHooks, type CheckedOutVisit } from '../home-care/visit-checkout-hooks.service.js';
import type { CarePlanInput } from './dto/care-record.input.js';
import type { CarePlan, CarePlanTask, VisitTask } from './care-record.model.js';
import type { ServiceKind } from '../../core/domain/enums.js';
import { TaskSchedule, VisitTaskStatus } from '../../core/domain/care-records.js';
import { checkoutProblems, chinaWeekday, suggestPlan, tasksForVisit } from './care-plan.policy.js';

interface TaskRow {
  id: string;
  plan_id: string;
  title: string;
  service: string;
  instructions: string | null;
  required: boolean;
  schedule: TaskSchedule;
  weekdays: number[] | null;
}

/** The visit facts the tasks depend on (from home care). */
export type VisitForTasks = CheckedOutVisit;

type StoredTask = CarePlanTask & { id: string };

const toTask = (r: TaskRow): StoredTask => ({
  id: r.id,
  title: r.title,
  service: r.service as ServiceKind,
  instructions: r.instructions,
  required: r.required,
  schedule: r.schedule,
  weekdays: r.weekdays,
});

/** Care plans (照护计划) and the tasks each visit carries. */
@Injectable()
export class CarePlanService implements OnModuleInit {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly access: CareAccessService,
    private readonly assessments: CapabilityAssessmentService,
    private readonly checkoutHooks: VisitCheckoutHooks,
  ) {}

  /** A check-out records the visit's tasks (home care runs the step inside its transaction). */
  onModuleInit(): void {
    this.checkoutHooks.register((actor, visit, tasks) => this.recordCheckout(actor, visit, tasks));
  }

  /** Replaces the plan of (elder, provider): staff of that provider, which serves the elder. One plan per pair (unique key). */
  async set(actor: Actor, input: CarePlanInput): Promise<CarePlan> {
    if (actor.providerId !== input.providerId) throw notFound('Elder');
    const problems = input.tasks.flatMap((t, i) =>
      (t.schedule === TaskSchedule.WEEKDAYS) !== ((t.weekdays?.length ?? 0) > 0)
        ? [{ path: `input.tasks.${i}.weekdays`, message: 'give weekdays exactly when the schedule is WEEKDAYS' }]
        : [],
    );
    if (problems.length) throw badInput('Invalid care plan', problems);
    return this.uow.run(async () => {
      await this.access.requireStaff(actor, input.elderId);
      const m = this.uow.manager;
      const [{ id }] = await m.query(
        `INSERT INTO care_plans (elder_id, provider_id, goals, updated_by) VALUES ($1, $2, $3, $4)
         ON CONFLICT (elder_id, provider_id) DO UPDATE SET goals = EXCLUDED.goals, updated_by = EXCLUDED.updated_by, updated_at = now()
         RETURNING id`,
        [input.elderId, input.providerId, input.goals, actor.userId],
      );
      await m.query(`DELETE FROM care_plan_tasks WHERE plan_id = $1`, [id]);
      for (const [i, t] of input.tasks.entries()) {
        await m.query(
          `INSERT INTO care_plan_tasks (plan_id, position, title, service, instructions, required, schedule, weekdays) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [id, i, t.title, t.service, t.instructions ?? null, t.required, t.schedule, t.schedule === TaskSchedule.WEEKDAYS ? t.weekdays : null],
        );
      }
      return (await this.loadPlan(input.elderId, input.providerId))!;
    });
  }

  /** The plan, for those who may read the elder's health record (audited). */
  async get(actor: Actor, elderId: string, providerId: string): Promise<CarePlan | null> {
    await this.access.requireHealthReader(actor, elderId, 'care plan');
    return this.loadPlan(elderId, providerId);
  }

  /** A starting plan from the dimensions that scored low at the latest capability assessment (for staff and guardians). */
  async suggested(actor: Actor, elderId: string): Promise<CarePlan> {
    await this.access.requireHealthReader(actor, elderId, 'suggested care plan');
    const latest = (await this.assessments.historyOf([elderId])).get(elderId)?.[0];
    const plan = suggestPlan(
      latest
        ? { selfCare: latest.selfCareScore, mobility: latest.mobilityScore, mentalState: latest.mentalStateScore, perceptionSocial: latest.perceptionSocialScore }
        : null,
    );
    return {
      id: null,
      elderId,
      providerId: null,
      goals: plan.goals,
      tasks: plan.tasks.map((t) => ({ ...t, id: null, service: t.service as ServiceKind, schedule: t.schedule as TaskSchedule, weekdays: null })),
      updatedAt: null,
    };
  }

  private async loadPlan(elderId: string, providerId: string): Promise<CarePlan | null> {
    const plans: Array<{ id: string; goals: string[]; updated_at: Date }> = await this.uow.manager.query(
      `SELECT id, goals, updated_at FROM care_plans WHERE elder_id = $1 AND provider_id = $2`,
      [elderId, providerId],
    );
    if (!plans.length) return null;
    const tasks: TaskRow[] = await this.uow.manager.query(`SELECT * FROM care_plan_tasks WHERE plan_id = $1 ORDER BY position`, [plans[0].id]);
    return { id: plans[0].id, elderId, providerId, goals: plans[0].goals, tasks: tasks.map(toTask), updatedAt: plans[0].updated_at };
  }

  // ------------------------------------------------------------------ visit tasks

  /**
   * The tasks of many visits (for the HomeCareOrder.tasks loader), in two queries: what check-out recorded, and
   * for visits not yet checked out the plan's tasks due on them, OPEN.
   */
  async tasksOfVisits(visits: readonly VisitForTasks[], forOfficer: boolean): Promise<VisitTask[][]> {
    if (visits.length === 0) return [];
    const ids = visits.map((v) => v.id);
    const recorded: Array<{ order_id: string; task_id: string; title: string; required: boolean; status: VisitTaskStatus; note: string | null }> =
      await this.uow.manager.query(`SELECT order_id, task_id, title, required, status, note FROM visit_tasks WHERE order_id = ANY($1::uuid[]) ORDER BY position`, [ids]);
    const byOrder = new Map<string, VisitTask[]>();
    for (const r of recorded) {
      byOrder.set(r.order_id, [...(byOrder.get(r.order_id) ?? []), { id: r.task_id, title: r.title, required: r.required, status: r.status, note: forOfficer ? null : r.note }]);
    }
    const open = visits.filter((v) => !byOrder.has(v.id));
    const plans = await this.planTasksFor(open);
    return visits.map((v) => {
      const done = byOrder.get(v.id);
      if (done) return done;
      const due = tasksForVisit(plans.get(`${v.elderId}:${v.providerId}`) ?? [], { service: v.service, weekday: chinaWeekday(v.startsAt) });
      return due.map((t) => ({ id: t.id, title: t.title, required: t.required, status: VisitTaskStatus.OPEN, note: null }));
    });
  }

  /**
   * Records the visit's tasks at check-out, inside the check-out's transaction: refuses (naming the task) when a
   * required task is left open or a skip has no reason. Optional tasks without a result stay OPEN.
   */
  async recordCheckout(actor: Actor, visit: VisitForTasks, results: readonly VisitTaskResultInput[]): Promise<void> {
    if (actor.role !== Role.CAREGIVER) return;
    const plans = await this.planTasksFor([visit]);
    const due = tasksForVisit(plans.get(`${visit.elderId}:${visit.providerId}`) ?? [], { service: visit.service, weekday: chinaWeekday(visit.startsAt) });
    const problems = checkoutProblems(due, results);
    if (problems.length) {
      const first = problems[0];
      throw badInput(
        first.reason === 'REQUIRED_TASK_OPEN' ? first.message.charAt(0).toUpperCase() + first.message.slice(1) : 'Invalid task results',
        problems.map((p) => ({ path: p.path, message: p.message })),
        first.reason,
      );
    }
    const byTask = new Map(results.map((r) => [r.taskId, r]));
    for (const [i, t] of due.entries()) {
      const r = byTask.get(t.id);
      await this.uow.manager.query(
        `INSERT INTO visit_tasks (order_id, task_id, position, title, required, status, note, recorded_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (order_id, task_id) DO NOTHING`,
        [visit.id, t.id, i, t.title, t.required, r?.status ?? 'OPEN', r?.reason?.trim() || null, actor.userId],
      );
    }
  }

  private async planTasksFor(visits: readonly VisitForTasks[]): Promise<Map<string, StoredTask[]>> {
    const out = new Map<string, StoredTask[]>();
    if (visits.length === 0) return out;
    const rows: Array<TaskRow & { elder_id: string; provider_id: string }> = await this.uow.manager.query(
      `SELECT t.*, p.elder_id, p.provider_id FROM care_plans p JOIN care_plan_tasks t ON t.plan_id = p.id
        WHERE (p.elder_id, p.provider_id) IN (SELECT * FROM unnest($1::uuid[], $2::uuid[])) ORDER BY t.position`,
      [visits.map((v) => v.elderId), visits.map((v) => v.providerId)],
    );
    for (const r of rows) {
      const key = `${r.elder_id}:${r.provider_id}`;
      out.set(key, [...(out.get(key) ?? []), toTask(r)]);
    }
    return out;
  }
}
