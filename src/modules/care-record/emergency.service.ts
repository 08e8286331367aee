import { Injectable } from '@nestjs/common';
import type { Actor } from '../../core/auth/actor.js';
import { updatedRows } from './care-record.sql.js';
import { UnitOfWork } from '../../core/database/unit-of-work.js';
import { Role } from '../../core/domain/enums.js';
import { badInput, conflict, notFound } from '../../core/errors/domain-error.js';
import { DomainEvents, type DeliveredEvent } from '../../core/events/domain-events.js';
import type { GraphQLContext } from '../../core/graphql/graphql-context.js';
import { liveStream } from '../../core/live/live-stream.js';
import { resolveRegional } from '../../core/settings/regional.js';
import { SettingsService } from '../../core/settings/settings.service.js';
import type { GeoPointInput } from '../../core/graphql/geo-point.js';
import { CareAccessService } from './care-access.service.js';
import { CareAlertService } from './care-alert.service.js';
import { EmergencyKind } from '../../core/domain/care-records.js';
import type { Emergency } from './care-record.model.js';
import { EMERGENCY_MACHINE } from './emergency.state.js';

/** Setting (per region prefix): minutes an emergency may stay unacknowledged before it escalates to the officer in scope. */
export const EMERGENCY_ACK_MINUTES_SETTING = 'care.emergencyAcknowledgeMinutes';
export const DEFAULT_EMERGENCY_ACK_MINUTES = 5;

/** An emergency was raised, acknowledged, escalated or resolved (published after commit). */
export interface EmergencyChanged {
  emergencyId: string;
  elderId: string;
  providerId: string | null;
  status: string;
  escalated: boolean;
}

declare module '../../core/events/domain-events.js' {
  interface DomainEventMap {
    'emergency.changed': EmergencyChanged;
  }
}

interface Row {
  id: string;
  elder_id: string;
  provider_id: string | null;
  region_code: string;
  kind: EmergencyKind;
  latitude: number | null;
  longitude: number | null;
  status: Emergency['status'];
  raised_at: Date;
  acknowledged_at: Date | null;
  acknowledged_by: string | null;
  escalated_at: Date | null;
  resolved_at: Date | null;
  resolution_note: string | null;
}

const toEmergency = (r: Row): Emergency => ({
  id: r.id,
  elderId: r.elder_id,
  providerId: r.provider_id,
  kind: r.kind,
  location: r.latitude !== null && r.longitude !== null ? { latitude: r.latitude, longitude: r.longitude } : null,
  status: r.status,
  raisedAt: r.raised_at,
  acknowledgedAt: r.acknowledged_at,
  acknowledgedBy: r.acknowledged_by,
  escalatedAt: r.escalated_at,
  resolvedAt: r.resolved_at,
  resolutionNote: r.resolution_note,
});

/** Emergency help (助急): raised by a guardian or a caregiver of the elder, handled by the serving provider, escalated when nobody answers. */
@Injectable()
export class EmergencyService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly access: CareAccessService,
    private readonly alerts: CareAlertService,
    private readonly events: DomainEvents,
    private readonly settings: SettingsService,
  ) {}

  async raise(actor: Actor, elderId: string, location: GeoPointInput | null | undefined, kind: string, now = new Date()): Promise<Emergency> {
    if (!(Object.values(EmergencyKind) as string[]).includes(kind)) {
      throw badInput('Unknown emergency kind', [{ path: 'kind', message: `one of ${Object.values(EmergencyKind).join(', ')}` }]);
    }
    return this.uow.run(async () => {
      const a = await this.access.accessTo(actor, elderId);
      if (!(a.guardian || a.assignedCaregiver || a.device)) throw notFound('Elder');
      const providerId = a.assignedCaregiver ? actor.providerId : await this.access.servingProvider(a.elder.id);
      const [row]: Row[] = await this.uow.manager.query(
        `INSERT INTO emergencies (elder_id, provider_id, region_code, kind, latitude, longitude, status, raised_by, raised_by_role, raised_at)
         VALUES ($1, $2, $3, $4, $5, $6, 'RAISED', $7, $8, $9) RETURNING *`,
        [a.elder.id, providerId, a.elder.regionCode, kind, location?.latitude ?? null, location?.longitude ?? null, actor.userId, actor.role, now],
      );
      const base = { kind: 'EMERGENCY' as const, elderId: a.elder.id, providerId, regionCode: a.elder.regionCode, subjectId: row.id, message: `Emergency (${kind}) raised`, at: now };
      const guardians = (await this.access.guardiansOf(a.elder.id)).filter((g) => g !== actor.userId);
      await this.alerts.raise([
        ...(providerId ? [{ ...base, audience: 'PROVIDER' as const }] : []),
        ...guardians.map((g) => ({ ...base, audience: 'GUARDIAN' as const, recipientId: g })),
      ]);
      this.publish(row);
      return toEmergency(row);
    });
  }

  /** Someone of the serving provider (staff or caregiver) is on it; once. */
  async acknowledge(actor: Actor, id: string, now = new Date()): Promise<Emergency> {
    return this.uow.run(async () => {
      await this.requireResponder(actor, id);
      const rows = updatedRows<Row>(await this.uow.manager.query(
        `UPDATE emergencies SET status = 'ACKNOWLEDGED', acknowledged_by = $2, acknowledged_at = $3 WHERE id = $1 AND status = ANY($4) RETURNING *`,
        [id, actor.userId, now, EMERGENCY_MACHINE.fromStatuses('ACKNOWLEDGE')],
      ));
      if (!rows.length) throw conflict('NOT_RAISED', 'The emergency was acknowledged or resolved already');
      this.publish(rows[0]);
      return toEmergency(rows[0]);
    });
  }

  /** Over, with a note: the serving provider, or an officer in scope once escalated. An unacknowledged one is acknowledged by resolving it. */
  async resolve(actor: Actor, id: string, note: string, now = new Date()): Promise<Emergency> {
    if (!note.trim()) throw badInput('Say what happened', [{ path: 'note', message: 'required' }]);
    return this.uow.run(async () => {
      await this.requireResponder(actor, id);
      const rows = updatedRows<Row>(await this.uow.manager.query(
        `UPDATE emergencies SET status = 'RESOLVED', resolved_by = $2, resolved_at = $3, resolution_note = $4,
           acknowledged_by = coalesce(acknowledged_by, $2), acknowledged_at = coalesce(acknowledged_at, $3)
          WHERE id = $1 AND status = ANY($5) RETURNING *`,
        [id, actor.userId, now, note.trim().slice(0, 2000), EMERGENCY_MACHINE.fromStatuses('RESOLVE')],
      ));
      if (!rows.length) throw conflict('ALREADY_RESOLVED', 'The emergency was resolved already');
      this.publish(rows[0]);
      return toEmergency(rows[0]);
    });
  }

  /**
   * The emergency after each change (acknowledged, escalated, resolved), for whoever may read it: checked at subscribe
   * time (NOT_FOUND, as `get` answers) and again at each delivery, with the same rule as `get` (and its audit).
   */
  async watch(actor: Actor, id: string, ctx: GraphQLContext): Promise<AsyncIterableIterator<Emergency>> {
    await this.get(actor, id);
    return liveStream(this.events, ['emergency.changed'], ctx, async (event) => {
      if ((event as DeliveredEvent<'emergency.changed'>).payload.emergencyId !== id) return null;
      return this.get(actor, id).catch(() => null);
    });
  }

  async get(actor: Actor, id: string): Promise<Emergency> {
    const row = await this.find(id);
    if (!row) throw notFound('Emergency');
    const a = await this.access.accessTo(actor, row.elder_id).catch(() => null);
    const sees =
      !!a &&
      (a.guardian || a.device || a.admin || a.officerInScope || ((actor.role === Role.PROVIDER_STAFF || actor.role === Role.CAREGIVER) && actor.providerId === row.provider_id));
    if (!sees) throw notFound('Emergency');
    await this.access.audit(actor, [row.elder_id], 'emergency');
    return toEmergency(row);
  }

  /**
   * The escalation job's work at `now`: each emergency still RAISED longer than its region's setting (default 5 min)
   * is marked escalated (once, by a conditional update) and alerts the officers in scope.
   */
  async escalateUnacknowledged(now: Date): Promise<number> {
    return this.uow.run(async () => {
      const settings = await this.settings.rowsOf(EMERGENCY_ACK_MINUTES_SETTING);
      const shortest = Math.min(DEFAULT_EMERGENCY_ACK_MINUTES, ...settings.map((s) => Number(s.value)));
      const candidates: Row[] = await this.uow.manager.query(
        `SELECT * FROM emergencies WHERE status = 'RAISED' AND escalated_at IS NULL AND raised_at <= $1::timestamptz - make_interval(secs => $2 * 60)`,
        [now, shortest],
      );
      let escalated = 0;
      for (const e of candidates) {
        const minutes = Number(resolveRegional(settings, e.region_code, DEFAULT_EMERGENCY_ACK_MINUTES));
        if (e.raised_at.getTime() + minutes * 60_000 > now.getTime()) continue;
        const rows = updatedRows<Row>(await this.uow.manager.query(
          `UPDATE emergencies SET escalated_at = $2 WHERE id = $1 AND status = 'RAISED' AND escalated_at IS NULL RETURNING *`,
          [e.id, now],
        ));
        if (!rows.length) continue;
        escalated++;
        await this.alerts.raise([
          {
            kind: 'EMERGENCY_ESCALATED',
            audience: 'OFFICER',
            elderId: e.elder_id,
            providerId: e.provider_id,
            regionCode: e.region_code,
            subjectId: e.id,
            message: `Emergency (${e.kind}) not acknowledged within ${minutes} minutes`,
            at: now,
          },
        ]);
        this.publish(rows[0]);
      }
      return escalated;
    });
  }

  private async find(id: string): Promise<Row | null> {
    const rows: Row[] = await this.uow.manager.query(`SELECT * FROM emergencies WHERE id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** Staff and caregivers of the provider alerted; officers in scope once it has escalated; admins. */
  private async requireResponder(actor: Actor, id: string): Promise<Row> {
    const rows: Row[] = await this.uow.manager.query(`SELECT * FROM emergencies WHERE id = $1 FOR UPDATE`, [id]);
    const row = rows[0];
    if (!row) throw notFound('Emergency');
    const ok =
      actor.role === Role.ADMIN ||
      ((actor.role === Role.PROVIDER_STAFF || actor.role === Role.CAREGIVER) && row.provider_id !== null && actor.providerId === row.provider_id) ||
      (actor.role === Role.CIVIL_AFFAIRS && row.escalated_at !== null && !!actor.regionScope && row.region_code.startsWith(actor.regionScope));
    if (!ok) throw notFound('Emergency');
    return row;
  }

  private publish(row: Row): void {
    this.events.publish('emergency.changed', { emergencyId: row.id, elderId: row.elder_id, providerId: row.provider_id, status: row.status, escalated: row.escalated_at !== null });
  }
}
