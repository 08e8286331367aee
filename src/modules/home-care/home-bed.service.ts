import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { UnitOfWork } from '../../core/database/unit-of-work.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { SYSTEM_ACTOR, type Actor } from '../../core/auth/actor.js';
import { Role } from '../../core/domain/enums.js';
import { violatedConstraint } from '../../core/errors/database-errors.js';
import { DomainError, badInput, notFound, notFoundAs, type FieldProblem } from '../../core/errors/domain-error.js';
import { JobQueue } from '../../core/jobs/job-queue.js';
import { ElderService, type ElderRecord } from '../elder/elder.service.js';
import { ProviderService } from '../provider/provider.service.js';
import type { RegisterHomeBedInput } from './dto/home-bed.input.js';
import { HomeCareErrors } from './home-care.errors.js';
import { returnedRows } from './home-care.sql.js';
import { HomeCareRulesService } from './home-care.rules.js';
import { isUuid } from './home-care-order-reads.service.js';
import { HomeCareBookingService } from './home-care-booking.service.js';
import { HomeCareLifecycleService } from './home-care-lifecycle.service.js';
import type { HomeCareOrderRecord } from './home-care-order.record.js';
import { expandWeeklyPlan, planItemProblems, type PlanItem } from './home-bed-plan.policy.js';
import { formatClock, parseClock } from './visit-slot.policy.js';

export interface HomeBedRecord {
  id: string;
  providerId: string;
  elderId: string;
  status: 'ACTIVE' | 'ENDED';
  plan: PlanItem[];
  generatedUntil: Date | null;
  registeredBy: string;
  createdAt: Date;
  endedAt: Date | null;
  endReason: string | null;
}

export interface SkippedVisit {
  service: string;
  startsAt: Date;
  reason: string;
}

export interface GenerationResult {
  homeBed: HomeBedRecord;
  booked: HomeCareOrderRecord[];
  skipped: SkippedVisit[];
}

const HOME_BED_KINDS = ['NURSING_HOME', 'HOME_CARE_AGENCY'];
const DAY = 24 * 60 * 60_000;

/** The job queue's schedule name of the daily plan extension. */
export const HOME_BED_EXTENSION_SCHEDULE = 'schedule.home-bed-extension';

const toRecord = (r: Record<string, any>): HomeBedRecord => ({
  id: r.id,
  providerId: r.provider_id,
  elderId: r.elder_id,
  status: r.status,
  plan: r.plan,
  generatedUntil: r.generated_until,
  registeredBy: r.registered_by,
  createdAt: r.created_at,
  endedAt: r.ended_at,
  endReason: r.end_reason,
});

/**
 * Home beds (家庭养老床位): an elder's bed at home registered to an institution, served by scheduled visits that
 * the weekly plan generates ahead of time through the ordinary booking rules, and counted as the provider's own.
 */
@Injectable()
export class HomeBedService implements OnModuleInit {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly elders: ElderService,
    private readonly providers: ProviderService,
    private readonly booking: HomeCareBookingService,
    private readonly lifecycle: HomeCareLifecycleService,
    private readonly rules: HomeCareRulesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobQueue,
  ) {}

  onModuleInit(): void {
    // Plans keep their horizon filled: once a day (across all instances), each active bed books what has come into range.
    void this.jobs.every(HOME_BED_EXTENSION_SCHEDULE, DAY / 1000, async () => {
      await this.extendAll();
    });
  }

  /**
   * Registers a home bed: the provider's staff (for an elder they serve), the elder's guardian, or an officer in scope.
   * The first weeks of visits are booked at once; visits no caregiver can take are reported, not booked.
   */
  async register(actor: Actor, input: RegisterHomeBedInput): Promise<GenerationResult> {
    const provider = await this.providers.findById(input.providerId);
    if (!provider || (actor.role === Role.PROVIDER_STAFF && actor.providerId !== provider.id)) throw notFound('Provider');
    const elder = await this.requireElder(actor, input.elderId);
    if (!HOME_BED_KINDS.includes(provider.kind)) throw HomeCareErrors.homeBedNotAllowed();
    const plan: PlanItem[] = input.plan.map((p) => ({
      service: p.service,
      weekday: p.weekday,
      startMinute: parseClock(p.time) ?? -1,
      durationMinutes: p.durationMinutes,
    }));
    const problems: FieldProblem[] = planItemProblems(plan).map((p) => ({ path: `input.plan[${p.index}]`, message: p.message }));
    const [offered] = await this.providers.servicesFor([provider.id]);
    plan.forEach((p, i) => {
      if (!offered.some((o) => o.kind === p.service)) problems.push({ path: `input.plan[${i}].service`, message: 'not offered by this provider' });
    });
    if (problems.length) throw badInput('Invalid care plan', problems, problems.some((p) => p.path.endsWith('.service')) ? 'SERVICE_NOT_OFFERED' : undefined);
    let bed: HomeBedRecord;
    try {
      bed = await this.uow.run(async () => {
        const [row] = await this.uow.manager.query(
          `INSERT INTO home_beds (provider_id, elder_id, status, plan, registered_by) VALUES ($1, $2, 'ACTIVE', $3::jsonb, $4) RETURNING *`,
          [provider.id, elder.id, JSON.stringify(plan), actor.userId],
        );
        await this.elders.linkProvider(elder.id, provider.id, 'HOME_BED');
        return toRecord(row);
      });
    } catch (error) {
      if (violatedConstraint(error) === 'home_beds_active_key') throw HomeCareErrors.homeBedExists();
      throw error;
    }
    return this.generate(bed, elder);
  }

  /** Books the plan's visits up to the horizon (idempotent: each planned visit has its own key). */
  async extend(actor: Actor, homeBedId: string): Promise<GenerationResult> {
    const bed = await this.requireVisible(actor, homeBedId);
    if (bed.status !== 'ACTIVE') throw HomeCareErrors.invalidTransition('ENDED', 'GENERATE');
    const elder = (await this.elders.recordsByIds([bed.elderId]))[0]!;
    return this.generate(bed, elder);
  }

  /**
   * Ends a home bed and cancels its visits that have not started, in one transaction: a bed is never left ended with
   * visits still booked, nor its visits cancelled while it stays active. The visits are cancelled in the name of whoever
   * ended the bed (who may see them all: the provider's staff, the guardian, the officer in scope), never as late.
   */
  async end(actor: Actor, homeBedId: string, reason: string): Promise<HomeBedRecord> {
    return this.uow.run(async () => {
      const bed = await this.requireVisible(actor, homeBedId);
      const rows = returnedRows(
        await this.uow.manager.query(
          `UPDATE home_beds SET status = 'ENDED', ended_at = now(), end_reason = $2 WHERE id = $1 AND status = 'ACTIVE' RETURNING *`,
          [bed.id, reason],
        ),
      );
      if (rows.length === 0) throw HomeCareErrors.invalidTransition('ENDED', 'END');
      const future: Array<{ id: string }> = await this.uow.manager.query(
        `SELECT id FROM home_care_orders WHERE home_bed_id = $1 AND status IN ('REQUESTED','ASSIGNED') AND starts_at > now()
          ORDER BY starts_at, id`,
        [bed.id],
      );
      for (const order of future) await this.lifecycle.cancel(actor, order.id, `home bed ended: ${reason}`, { system: true });
      return toRecord(rows[0]);
    });
  }

  /** Every active bed, extended to its horizon (the daily job). */
  async extendAll(): Promise<void> {
    const rows = await this.uow.manager.query(`SELECT * FROM home_beds WHERE status = 'ACTIVE' ORDER BY id`);
    for (const row of rows) {
      const bed = toRecord(row);
      const elder = (await this.elders.recordsByIds([bed.elderId]))[0];
      if (elder) await this.generate(bed, elder);
    }
  }

  async listForProvider(actor: Actor, providerId: string): Promise<HomeBedRecord[]> {
    const provider = await this.providers.requireOverseer(actor, providerId);
    const rows = await this.uow.manager.query(`SELECT * FROM home_beds WHERE provider_id = $1 ORDER BY created_at DESC, id`, [provider.id]);
    return rows.map(toRecord);
  }

  async getVisible(actor: Actor, id: string): Promise<HomeBedRecord | null> {
    try {
      return await this.requireVisible(actor, id);
    } catch (error) {
      if (error instanceof DomainError && error.code === 'NOT_FOUND') return null;
      throw error;
    }
  }

  /** Active home beds per provider (DataLoader batch): they count in the provider's figures as its own beds. */
  async activeCounts(providerIds: readonly string[]): Promise<number[]> {
    const rows: Array<{ provider_id: string; n: string }> = await this.uow.manager.query(
      `SELECT provider_id, count(*) AS n FROM home_beds WHERE status = 'ACTIVE' AND provider_id = ANY($1) GROUP BY provider_id`,
      [providerIds],
    );
    const map = new Map(rows.map((r) => [r.provider_id, Number(r.n)]));
    return providerIds.map((id) => map.get(id) ?? 0);
  }

  planView(bed: HomeBedRecord) {
    return bed.plan.map((p) => ({ service: p.service, weekday: p.weekday, time: formatClock(p.startMinute), durationMinutes: p.durationMinutes }));
  }

  private async generate(bed: HomeBedRecord, elder: ElderRecord): Promise<GenerationResult> {
    const provider = await this.providers.findById(bed.providerId);
    const rules = await this.rules.forRegion(provider!.regionCode);
    const now = Date.now();
    const planned = expandWeeklyPlan(bed.plan, { from: now, horizonWeeks: rules.homeBedHorizonWeeks, utcOffsetMinutes: rules.utcOffsetMinutes });
    const booked: HomeCareOrderRecord[] = [];
    const skipped: SkippedVisit[] = [];
    for (const visit of planned) {
      const startsAt = new Date(visit.startsAt);
      try {
        booked.push(
          await this.booking.book(
            SYSTEM_ACTOR,
            {
              elderId: bed.elderId,
              providerId: bed.providerId,
              service: visit.service,
              startsAt,
              durationMinutes: visit.durationMinutes,
              notes: 'home-bed plan',
              idempotencyKey: `home-bed:${bed.id}:${visit.itemIndex}:${startsAt.toISOString()}`,
            },
            { homeBedId: bed.id, elder, onBehalfOf: bed.registeredBy },
          ),
        );
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        skipped.push({ service: visit.service, startsAt, reason: error.reason ?? error.code });
      }
    }
    const [row] = returnedRows(
      await this.uow.manager.query(`UPDATE home_beds SET generated_until = $2 WHERE id = $1 RETURNING *`, [
        bed.id,
        new Date(now + rules.homeBedHorizonWeeks * 7 * DAY),
      ]),
    );
    return { homeBed: toRecord(row), booked, skipped };
  }

  private async requireElder(actor: Actor, elderId: string): Promise<ElderRecord> {
    // Staff may register an elder their provider already serves; families and officers act on their own authority.
    return actor.role === Role.PROVIDER_STAFF ? this.elders.requireReadable(actor, elderId) : this.elders.requireActable(actor, elderId);
  }

  private async requireVisible(actor: Actor, id: string): Promise<HomeBedRecord> {
    if (!isUuid(id)) throw notFound('Home bed');
    const rows = await this.uow.manager.query(`SELECT * FROM home_beds WHERE id = $1`, [id]);
    if (!rows.length) throw notFound('Home bed');
    const bed = toRecord(rows[0]);
    if (actor.role === Role.PROVIDER_STAFF) {
      if (actor.providerId !== bed.providerId) throw notFound('Home bed');
    } else {
      await this.elders.requireActable(actor, bed.elderId).catch(notFoundAs('Home bed'));
    }
    return bed;
  }
}
