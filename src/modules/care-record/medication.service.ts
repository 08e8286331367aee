import { Injectable } from '@nestjs/common';
import type { Actor } from '../../core/auth/actor.js';
import { updatedRows } from './care-record.sql.js';
import { UnitOfWork } from '../../core/database/unit-of-work.js';
import { badInput, conflict, notFound } from '../../core/errors/domain-error.js';
import { violatedConstraint } from '../../core/errors/database-errors.js';
import { ElderService } from '../elder/elder.service.js';
import { CareAccessService } from './care-access.service.js';
import { CareAlertService } from './care-alert.service.js';
import type { MedicationAdministration, MedicationOrder } from './care-record.model.js';
import type { MedicationAdministrationInput, MedicationOrderInput } from './dto/care-record.input.js';
import { DEFAULT_MISSED_DOSE_AFTER_MINUTES, isScheduledDose, needsReason } from './medication.policy.js';
import { RiskRadarService } from './risk-radar.service.js';

const ORDER_COLUMNS = `id, elder_id AS "elderId", provider_id AS "providerId", drug_name AS "drugName", dose, route, times_of_day AS "timesOfDay",
  to_char(starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(ends_on, 'YYYY-MM-DD') AS "endsOn", prescriber_note AS "prescriberNote"`;
const ADMIN_COLUMNS = `id, medication_order_id AS "medicationOrderId", elder_id AS "elderId", scheduled_at AS "scheduledAt", status, reason, at,
  recorded_by AS "recordedBy"`;

/** Medication orders (用药单) and what happened to each scheduled dose; the missed-dose job. */
@Injectable()
export class MedicationService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly access: CareAccessService,
    private readonly alerts: CareAlertService,
    private readonly risks: RiskRadarService,
    private readonly elders: ElderService,
  ) {}

  /** Creates or replaces an order: the staff of a provider serving the elder; the order belongs to that provider. */
  async setOrder(actor: Actor, input: MedicationOrderInput): Promise<MedicationOrder> {
    if (input.timesOfDay.length === 0) throw badInput('Give at least one time of day', [{ path: 'input.timesOfDay', message: 'at least one HH:MM' }]);
    if (input.endsOn && input.endsOn < input.startsOn) throw badInput('Ends before it starts', [{ path: 'input.endsOn', message: 'must not be before startsOn' }]);
    return this.uow.run(async () => {
      await this.access.requireStaff(actor, input.elderId);
      const values = [input.drugName, input.dose, input.route, [...new Set(input.timesOfDay)].sort(), input.startsOn, input.endsOn ?? null, input.prescriberNote ?? null];
      if (input.id) {
        const rows = updatedRows<MedicationOrder>(await this.uow.manager.query(
          `UPDATE medication_orders SET drug_name = $3, dose = $4, route = $5, times_of_day = $6, starts_on = $7, ends_on = $8, prescriber_note = $9, updated_at = now()
            WHERE id = $1 AND elder_id = $2 AND provider_id = $10 RETURNING ${ORDER_COLUMNS}`,
          [input.id, input.elderId, ...values, actor.providerId],
        ));
        if (!rows.length) throw notFound('Medication order');
        return rows[0];
      }
      const [row]: MedicationOrder[] = await this.uow.manager.query(
        `INSERT INTO medication_orders (elder_id, provider_id, drug_name, dose, route, times_of_day, starts_on, ends_on, prescriber_note, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING ${ORDER_COLUMNS}`,
        [input.elderId, actor.providerId, ...values, actor.userId],
      );
      return row;
    });
  }

  /** Records one scheduled dose, once (a unique key per dose settles a race with the job or a colleague). */
  async recordAdministration(actor: Actor, input: MedicationAdministrationInput, now = new Date()): Promise<MedicationAdministration> {
    const at = input.at ?? now;
    if (at.getTime() > now.getTime() + 60_000) throw badInput('Not in the future', [{ path: 'input.at', message: 'must not be in the future' }]);
    if (needsReason(input.status) && !input.reason?.trim()) throw badInput('Say why', [{ path: 'input.reason', message: `required when ${input.status}` }]);
    return this.uow.run(async () => {
      const orders: Array<{ elder_id: string; times_of_day: string[]; starts_on: string; ends_on: string | null }> = await this.uow.manager.query(
        `SELECT elder_id, times_of_day, to_char(starts_on, 'YYYY-MM-DD') AS starts_on, to_char(ends_on, 'YYYY-MM-DD') AS ends_on FROM medication_orders WHERE id = $1`,
        [input.medicationOrderId],
      );
      if (!orders.length) throw notFound('Medication order');
      const order = orders[0];
      const a = await this.access.requireCarer(actor, order.elder_id).catch(() => {
        throw notFound('Medication order');
      });
      if (!isScheduledDose({ timesOfDay: order.times_of_day, startsOn: order.starts_on, endsOn: order.ends_on }, input.scheduledAt)) {
        throw badInput('Not a scheduled dose of this order', [{ path: 'input.scheduledAt', message: 'one of the order\'s times of day (China time) on a day it runs' }], 'NOT_A_SCHEDULED_DOSE');
      }
      let row: MedicationAdministration;
      try {
        [row] = await this.uow.manager.query(
          `INSERT INTO medication_administrations (medication_order_id, elder_id, scheduled_at, status, reason, at, recorded_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${ADMIN_COLUMNS}`,
          [input.medicationOrderId, order.elder_id, input.scheduledAt, input.status, input.reason?.trim() || null, at, actor.userId],
        );
      } catch (error) {
        if (violatedConstraint(error) === 'medication_administrations_dose') throw conflict('DOSE_ALREADY_RECORDED', 'This dose has a record already');
        throw error;
      }
      if (input.status === 'MISSED') await this.risks.evaluate(a.elder.id, a.elder.regionCode, now);
      return row;
    });
  }

  async ordersOf(actor: Actor, elderId: string): Promise<MedicationOrder[]> {
    await this.access.requireHealthReader(actor, elderId, 'medication orders');
    return this.uow.manager.query(`SELECT ${ORDER_COLUMNS} FROM medication_orders WHERE elder_id = $1 ORDER BY starts_on DESC, id`, [elderId]);
  }

  async administrationsOf(actor: Actor, elderId: string, first: number): Promise<MedicationAdministration[]> {
    await this.access.requireHealthReader(actor, elderId, 'medication administrations');
    return this.uow.manager.query(`SELECT ${ADMIN_COLUMNS} FROM medication_administrations WHERE elder_id = $1 ORDER BY scheduled_at DESC, id LIMIT $2`, [
      elderId,
      Math.min(Math.max(first, 1), 200),
    ]);
  }

  /**
   * The missed-dose job's work at `now`: every dose of a running order scheduled at least an hour ago (and after the
   * order was entered, within the last two China days) with no record becomes MISSED, alerts the provider's staff
   * and feeds the risk radar. Idempotent: the unique key per dose makes a second run (or a late record) a no-op.
   */
  async markMissedDoses(now: Date): Promise<number> {
    return this.uow.run(async () => {
      const inserted: Array<{ id: string; elder_id: string; provider_id: string; drug_name: string; scheduled_at: Date }> =
        await this.uow.manager.query(
          `WITH due AS (
             SELECT m.id AS order_id, m.elder_id, m.provider_id, m.drug_name,
                    ((d.day + t.tod::time) AT TIME ZONE 'Asia/Shanghai') AS scheduled_at, m.created_at
               FROM medication_orders m
               CROSS JOIN LATERAL unnest(m.times_of_day) AS t(tod)
               CROSS JOIN LATERAL (SELECT (($1::timestamptz AT TIME ZONE 'Asia/Shanghai')::date - k) AS day FROM generate_series(0, 2) AS k) d
              WHERE m.starts_on <= d.day AND (m.ends_on IS NULL OR m.ends_on >= d.day)
           ), inserted AS (
             INSERT INTO medication_administrations (medication_order_id, elder_id, scheduled_at, status, reason, at)
             SELECT order_id, elder_id, scheduled_at, 'MISSED', 'no record within the hour', $1 FROM due
              WHERE scheduled_at <= $1::timestamptz - make_interval(mins => $2) AND scheduled_at >= created_at
             ON CONFLICT (medication_order_id, scheduled_at) DO NOTHING
             RETURNING id, medication_order_id, elder_id, scheduled_at
           )
           SELECT i.id, i.elder_id, m.provider_id, m.drug_name, i.scheduled_at
             FROM inserted i JOIN medication_orders m ON m.id = i.medication_order_id`,
          [now, DEFAULT_MISSED_DOSE_AFTER_MINUTES],
        );
      const elders = await this.elders.recordsByIds([...new Set(inserted.map((d) => d.elder_id))]);
      const regionOf = new Map(elders.flatMap((e) => (e ? [[e.id, e.regionCode] as const] : [])));
      const missed = inserted.map((d) => ({ ...d, region_code: regionOf.get(d.elder_id) ?? '' }));
      await this.alerts.raise(
        missed.map((d) => ({
          kind: 'MISSED_DOSE' as const,
          audience: 'PROVIDER' as const,
          elderId: d.elder_id,
          providerId: d.provider_id,
          regionCode: d.region_code,
          subjectId: d.id,
          message: `Dose of ${d.drug_name} scheduled at ${d.scheduled_at.toISOString()} has no record: marked MISSED`,
          at: now,
        })),
      );
      for (const elder of new Map(missed.map((d) => [d.elder_id, d.region_code]))) await this.risks.evaluate(elder[0], elder[1], now);
      return missed.length;
    });
  }
}
