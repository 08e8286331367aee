import { Injectable } from '@nestjs/common';
import type { Actor } from '../../core/auth/actor.js';
import { regionPrefixPattern } from '../../core/access/region-code.js';
import { actsOnRegion } from '../../core/access/region-scope.js';
import { updatedRows } from './care-record.sql.js';
import { UnitOfWork } from '../../core/database/unit-of-work.js';
import { Role } from '../../core/domain/enums.js';
import { conflict, notFound } from '../../core/errors/domain-error.js';
import { SettingsService } from '../../core/settings/settings.service.js';
import { ElderService } from '../elder/elder.service.js';
import { ProviderService } from '../provider/provider.service.js';
import { CareAccessService } from './care-access.service.js';
import { RiskRule } from '../../core/domain/care-records.js';
import type { RiskAlert, RiskAlertSummary } from './care-record.model.js';
import { DEFAULT_RISK_THRESHOLDS, evaluateRisks, lookbackDays, type ObservationFacts, type RiskThresholds } from './risk-radar.policy.js';

/** Setting (per region prefix, an object with any RiskThresholds fields) for the risk radar's thresholds. */
export const RISK_THRESHOLDS_SETTING = 'care.riskThresholds';

const COLUMNS = `id, elder_id AS "elderId", rule, detail, record_ids AS "recordIds", created_at AS "createdAt", acknowledged_at AS "acknowledgedAt"`;

/** The risk radar: evaluates an elder's rules after each record that feeds them; alerts stay open until acknowledged. */
@Injectable()
export class RiskRadarService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly settings: SettingsService,
    private readonly access: CareAccessService,
    private readonly providers: ProviderService,
    private readonly elders: ElderService,
  ) {}

  async thresholds(regionCode: string): Promise<RiskThresholds> {
    const set = await this.settings.get<Partial<RiskThresholds>>(RISK_THRESHOLDS_SETTING, {}, regionCode);
    return { ...DEFAULT_RISK_THRESHOLDS, ...set };
  }

  /** Runs the rules for one elder at `now` and opens an alert for each new finding (one open alert per rule, by a unique key). */
  async evaluate(elderId: string, regionCode: string, now: Date): Promise<void> {
    const t = await this.thresholds(regionCode);
    const since = new Date(now.getTime() - lookbackDays(t) * 86_400_000);
    const m = this.uow.manager;
    const obs: Array<{ id: string; observed_at: Date; food_intake: ObservationFacts['foodIntake']; night_toileting: number | null; pain: number | null; weight_kg: string | null }> =
      await m.query(
        `SELECT id, observed_at, food_intake, night_toileting, pain, weight_kg FROM observations WHERE elder_id = $1 AND observed_at > $2 AND observed_at <= $3`,
        [elderId, since, now],
      );
    const missed: Array<{ id: string; at: Date }> = await m.query(
      `SELECT id, scheduled_at AS at FROM medication_administrations WHERE elder_id = $1 AND status = 'MISSED' AND scheduled_at > $2 AND scheduled_at <= $3`,
      [elderId, since, now],
    );
    const incidents: Array<{ id: string; at: Date }> = await m.query(
      `SELECT id, occurred_at AS at FROM incidents WHERE elder_id = $1 AND occurred_at > $2 AND occurred_at <= $3`,
      [elderId, since, now],
    );
    const findings = evaluateRisks(
      {
        observations: obs.map((o) => ({
          id: o.id,
          observedAt: o.observed_at,
          foodIntake: o.food_intake,
          nightToileting: o.night_toileting,
          pain: o.pain,
          weightKg: o.weight_kg === null ? null : Number(o.weight_kg),
        })),
        missedDoses: missed,
        incidents,
      },
      t,
      now,
    );
    for (const f of findings) {
      await m.query(
        `INSERT INTO risk_alerts (elder_id, region_code, rule, detail, record_ids, created_at) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (elder_id, rule) WHERE acknowledged_at IS NULL DO NOTHING`,
        [elderId, regionCode, f.rule, f.detail, f.recordIds, now],
      );
    }
  }

  /** Open alerts of the elders the provider serves: its staff (audited as a read of each elder's record). */
  async eldersAtRisk(actor: Actor, providerId: string): Promise<RiskAlert[]> {
    await this.providers.requireOperator(actor, providerId);
    const rows: RiskAlert[] = await this.uow.manager.query(
      `SELECT ${COLUMNS} FROM risk_alerts r WHERE r.acknowledged_at IS NULL AND r.elder_id = ANY($1::uuid[])
        ORDER BY r.created_at DESC, r.id LIMIT 500`,
      [await this.elders.servedElderIds(providerId)],
    );
    await this.access.audit(actor, rows.map((r) => r.elderId), 'risk alerts');
    return rows;
  }

  /** Staff of a provider serving the elder close an alert; it may fire again on new records. */
  async acknowledge(actor: Actor, alertId: string): Promise<RiskAlert> {
    return this.uow.run(async () => {
      const rows: Array<{ elder_id: string }> = await this.uow.manager.query(`SELECT elder_id FROM risk_alerts WHERE id = $1`, [alertId]);
      if (!rows.length) throw notFound('Risk alert');
      await this.access.requireStaff(actor, rows[0].elder_id).catch(() => {
        throw notFound('Risk alert');
      });
      const updated = updatedRows<RiskAlert>(await this.uow.manager.query(
        `UPDATE risk_alerts SET acknowledged_by = $2, acknowledged_at = now() WHERE id = $1 AND acknowledged_at IS NULL RETURNING ${COLUMNS}`,
        [alertId, actor.userId],
      ));
      if (!updated.length) throw conflict('ALREADY_ACKNOWLEDGED', 'The alert was acknowledged already');
      return updated[0];
    });
  }

  /** Figures of open alerts in a region (officers in scope, admins): no elder named. */
  async summary(actor: Actor, regionCode: string): Promise<RiskAlertSummary> {
    if (!(actor.role === Role.ADMIN || actsOnRegion(actor, regionCode))) throw notFound('Region');
    const rows: Array<{ rule: RiskRule; count: number; elders: number }> = await this.uow.manager.query(
      `SELECT rule, count(*)::int AS count, count(DISTINCT elder_id)::int AS elders FROM risk_alerts
        WHERE acknowledged_at IS NULL AND region_code LIKE $1 GROUP BY ROLLUP (rule)`,
      [regionPrefixPattern(regionCode)],
    );
    const total = rows.find((r) => r.rule === null);
    return {
      regionCode,
      openAlerts: total?.count ?? 0,
      eldersAtRisk: total?.elders ?? 0,
      byRule: Object.values(RiskRule).map((rule) => ({ rule, count: rows.find((r) => r.rule === rule)?.count ?? 0 })),
    };
  }
}
