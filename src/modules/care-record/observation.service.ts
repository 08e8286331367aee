import { Injectable } from '@nestjs/common';
import type { Actor } from '../../core/auth/actor.js';
import { UnitOfWork } from '../../core/database/unit-of-work.js';
import { badInput, notFound } from '../../core/errors/domain-error.js';
import { HomeCareOrderReads } from '../home-care/home-care-order-reads.service.js';
import { CareAccessService } from './care-access.service.js';
import type { Observation } from './care-record.model.js';
import type { ObservationInput } from './dto/care-record.input.js';
import { RiskRadarService } from './risk-radar.service.js';

const COLUMNS = `id, elder_id, provider_id, order_id, observed_at, food_intake, fluid_ml, mood, skin_problems, night_toileting, pain,
  systolic, diastolic, pulse, blood_glucose, weight_kg, note, recorded_by`;

interface Row {
  id: string;
  elder_id: string;
  provider_id: string;
  order_id: string | null;
  observed_at: Date;
  food_intake: Observation['foodIntake'];
  fluid_ml: number | null;
  mood: Observation['mood'];
  skin_problems: string | null;
  night_toileting: number | null;
  pain: number | null;
  systolic: number | null;
  diastolic: number | null;
  pulse: number | null;
  blood_glucose: string | null;
  weight_kg: string | null;
  note: string | null;
  recorded_by: string;
}

const toObservation = (r: Row): Observation => ({
  id: r.id,
  elderId: r.elder_id,
  providerId: r.provider_id,
  orderId: r.order_id,
  observedAt: r.observed_at,
  foodIntake: r.food_intake,
  fluidMl: r.fluid_ml,
  mood: r.mood,
  skinProblems: r.skin_problems,
  nightToileting: r.night_toileting,
  pain: r.pain,
  bloodPressure: r.systolic !== null && r.diastolic !== null ? { systolic: r.systolic, diastolic: r.diastolic } : null,
  pulse: r.pulse,
  bloodGlucose: r.blood_glucose === null ? null : Number(r.blood_glucose),
  weightKg: r.weight_kg === null ? null : Number(r.weight_kg),
  note: r.note,
  recordedBy: r.recorded_by,
});

/** Observations (观察记录) at a visit or a shift; each one feeds the risk radar. */
@Injectable()
export class ObservationService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly access: CareAccessService,
    private readonly risks: RiskRadarService,
    private readonly visits: HomeCareOrderReads,
  ) {}

  async record(actor: Actor, input: ObservationInput, now = new Date()): Promise<Observation> {
    const observedAt = input.observedAt ?? now;
    if (observedAt.getTime() > now.getTime() + 60_000) throw badInput('Not in the future', [{ path: 'input.observedAt', message: 'must not be in the future' }]);
    return this.uow.run(async () => {
      const a = await this.access.requireCarer(actor, input.elderId);
      const m = this.uow.manager;
      if (input.orderId) {
        const visit = await this.visits.findRecord(input.orderId);
        if (!visit || visit.elderId !== input.elderId || visit.providerId !== actor.providerId) throw notFound('Home-care order');
      }
      const [row]: Row[] = await m.query(
        `INSERT INTO observations (elder_id, provider_id, order_id, observed_at, food_intake, fluid_ml, mood, skin_problems, night_toileting, pain,
           systolic, diastolic, pulse, blood_glucose, weight_kg, note, recorded_by, recorded_by_role)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18) RETURNING ${COLUMNS}`,
        [
          input.elderId,
          actor.providerId,
          input.orderId ?? null,
          observedAt,
          input.foodIntake ?? null,
          input.fluidMl ?? null,
          input.mood ?? null,
          input.skinProblems ?? null,
          input.nightToileting ?? null,
          input.pain ?? null,
          input.bloodPressure?.systolic ?? null,
          input.bloodPressure?.diastolic ?? null,
          input.pulse ?? null,
          input.bloodGlucose ?? null,
          input.weightKg ?? null,
          input.note ?? null,
          actor.userId,
          actor.role,
        ],
      );
      await this.risks.evaluate(a.elder.id, a.elder.regionCode, now);
      return toObservation(row);
    });
  }

  /** An elder's observations, newest first: guardians, serving staff, assigned caregivers (audited). */
  async list(actor: Actor, elderId: string, first: number): Promise<Observation[]> {
    await this.access.requireHealthReader(actor, elderId, 'observations');
    const rows: Row[] = await this.uow.manager.query(`SELECT ${COLUMNS} FROM observations WHERE elder_id = $1 ORDER BY observed_at DESC, id LIMIT $2`, [
      elderId,
      Math.min(Math.max(first, 1), 100),
    ]);
    return rows.map(toObservation);
  }
}
