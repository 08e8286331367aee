import { Injectable } from '@nestjs/common';
import type { Actor } from '../../core/auth/actor.js';
import { access as rule, definePolicy, scopeSql, type AccessPolicy } from '../../core/access/access-policy.js';
import { regionPrefixPattern } from '../../core/access/region-code.js';
import { updatedRows } from './care-record.sql.js';
import { UnitOfWork } from '../../core/database/unit-of-work.js';
import { Role } from '../../core/domain/enums.js';
import { badInput, notFound } from '../../core/errors/domain-error.js';
import { DomainEvents } from '../../core/events/domain-events.js';
import { decodeOffsetCursor, toConnection, type Connection } from '../../core/graphql/pagination.js';
import { ElderService } from '../elder/elder.service.js';
import { HomeCareOrderReads } from '../home-care/home-care-order-reads.service.js';
import { CareAccessService, type CareAccess } from './care-access.service.js';
import { CareAlertService } from './care-alert.service.js';
import type { Incident, IncidentEvent } from './care-record.model.js';
import type { IncidentFilter, IncidentInput } from './dto/care-record.input.js';
import { INCIDENT_MACHINE, isSeriousIncident, type IncidentAction, type IncidentStatus } from './incident.state.js';
import { RiskRadarService } from './risk-radar.service.js';

/** An incident was reported or moved (published after commit). */
export interface IncidentChanged {
  incidentId: string;
  elderId: string;
  providerId: string | null;
  regionCode: string;
  status: string;
  serious: boolean;
}

declare module '../../core/events/domain-events.js' {
  interface DomainEventMap {
    'incident.changed': IncidentChanged;
  }
}

const COLUMNS = `i.id, i.elder_id AS "elderId", i.provider_id AS "providerId", i.region_code AS "regionCode", i.kind, i.severity, i.serious,
  i.occurred_at AS "occurredAt", i.place, i.description, i.actions_taken AS "actionsTaken", i.status, i.outcome, i.reported_by AS "reportedBy"`;

type IncidentRow = Omit<Incident, 'events'>;

/** Incidents (安全事件): reports by staff, caregivers and guardians, a recorded lifecycle, serious ones to the officer at once. */
@Injectable()
export class IncidentService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly access: CareAccessService,
    private readonly alerts: CareAlertService,
    private readonly risks: RiskRadarService,
    private readonly events: DomainEvents,
    elders: ElderService,
    visits: HomeCareOrderReads,
  ) {
    this.visibility = definePolicy<IncidentRow>('incident', {
      [Role.ADMIN]: [[rule.any]],
      [Role.CIVIL_AFFAIRS]: [[rule.region('regionCode', 'i.region_code')]],
      [Role.FAMILY]: [[rule.related(elders.guardianship, 'elderId', 'i.elder_id')]],
      [Role.PROVIDER_STAFF]: [[rule.provider('providerId', 'i.provider_id')], [rule.related(elders.servedByOwnProvider, 'elderId', 'i.elder_id')]],
      [Role.CAREGIVER]: [[rule.related(visits.caregiverOfElder, 'elderId', 'i.elder_id')]],
    });
  }

  /** Who sees an incident: guardians theirs, staff their provider's and its elders', caregivers their visits' elders', officers their region, admins all. */
  private readonly visibility: AccessPolicy<IncidentRow>;

  async report(actor: Actor, input: IncidentInput, now = new Date()): Promise<IncidentRow> {
    if (input.occurredAt.getTime() > now.getTime() + 60_000) throw badInput('Not in the future', [{ path: 'input.occurredAt', message: 'must not be in the future' }]);
    return this.uow.run(async () => {
      const a = await this.access.accessTo(actor, input.elderId);
      const providerId = await this.reportingProvider(actor, a, input.providerId ?? null);
      const serious = isSeriousIncident(input.kind, input.severity);
      const [row]: IncidentRow[] = await this.uow.manager.query(
        `INSERT INTO incidents AS i (elder_id, provider_id, region_code, kind, severity, occurred_at, place, description, actions_taken, status, serious, reported_by, reported_by_role)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'REPORTED', $10, $11, $12) RETURNING ${COLUMNS}`,
        [a.elder.id, providerId, a.elder.regionCode, input.kind, input.severity, input.occurredAt, input.place, input.description, input.actionsTaken ?? null, serious, actor.userId, actor.role],
      );
      await this.recordEvent(row.id, null, 'REPORTED', actor, null);
      if (serious) {
        const base = { kind: 'SERIOUS_INCIDENT' as const, elderId: a.elder.id, providerId, regionCode: a.elder.regionCode, subjectId: row.id, at: now };
        const message = `Serious incident (${input.kind}, ${input.severity}) reported`;
        await this.alerts.raise([{ ...base, audience: 'OFFICER', message }, ...(providerId ? [{ ...base, audience: 'PROVIDER' as const, message }] : [])]);
      }
      await this.risks.evaluate(a.elder.id, a.elder.regionCode, now);
      this.publish(row);
      return row;
    });
  }

  /** Staff of the incident's provider (or an officer in scope) move it: START_REVIEW, then CLOSE with an outcome. */
  async transition(actor: Actor, id: string, action: IncidentAction, outcome: string | null): Promise<IncidentRow> {
    if (action === 'CLOSE' && !outcome?.trim()) throw badInput('Give the outcome', [{ path: 'outcome', message: 'required to close' }]);
    return this.uow.run(async () => {
      const current = await this.lockVisible(actor, id);
      const mayManage =
        (actor.role === Role.PROVIDER_STAFF && current.providerId !== null && actor.providerId === current.providerId) ||
        (actor.role === Role.CIVIL_AFFAIRS && !!actor.regionScope && current.regionCode.startsWith(actor.regionScope)) ||
        actor.role === Role.ADMIN;
      if (!mayManage) throw notFound('Incident');
      const { to } = INCIDENT_MACHINE.assert(current.status as IncidentStatus, action);
      const [row] = updatedRows<IncidentRow>(await this.uow.manager.query(
        `UPDATE incidents i SET status = $2, outcome = coalesce($3, outcome), updated_at = now() WHERE id = $1 AND status = $4 RETURNING ${COLUMNS}`,
        [id, to, action === 'CLOSE' ? outcome!.trim() : null, current.status],
      ));
      await this.recordEvent(id, current.status, to, actor, action === 'CLOSE' ? outcome : null);
      this.publish(row);
      return row;
    });
  }

  /** Incidents the caller may see, filtered in SQL by the visibility policy. */
  async list(actor: Actor, filter: IncidentFilter | undefined, first: number, after: string | null | undefined): Promise<Connection<IncidentRow>> {
    const offset = decodeOffsetCursor(after);
    const where: string[] = [];
    const params: unknown[] = [];
    const p = (v: unknown) => `$${params.push(v)}`;
    where.push(scopeSql(this.visibility, actor, p));
    if (filter?.elderId) where.push(`i.elder_id = ${p(filter.elderId)}`);
    if (filter?.providerId) where.push(`i.provider_id = ${p(filter.providerId)}`);
    if (filter?.regionCode) where.push(`i.region_code LIKE ${p(regionPrefixPattern(filter.regionCode))}`);
    if (filter?.status?.length) where.push(`i.status = ANY(${p(filter.status)}::text[])`);
    if (filter?.serious != null) where.push(`i.serious = ${p(filter.serious)}`);
    const sqlWhere = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ count }] = await this.uow.manager.query(`SELECT count(*)::int AS count FROM incidents i ${sqlWhere}`, params);
    const rows: IncidentRow[] = await this.uow.manager.query(
      `SELECT ${COLUMNS} FROM incidents i ${sqlWhere} ORDER BY i.occurred_at DESC, i.id LIMIT ${p(first + 1)} OFFSET ${p(offset)}`,
      params,
    );
    await this.access.audit(actor, rows.slice(0, first).map((r) => r.elderId), 'incidents');
    return toConnection(rows, count, offset, first);
  }

  /** Lifecycle steps of many incidents (for the events loader): one query. */
  async eventsOf(ids: readonly string[]): Promise<IncidentEvent[][]> {
    const rows: Array<IncidentEvent & { incidentId: string }> = await this.uow.manager.query(
      `SELECT incident_id AS "incidentId", from_status AS "fromStatus", status, actor_id AS "actorId", actor_role AS "actorRole", at
         FROM incident_events WHERE incident_id = ANY($1::uuid[]) ORDER BY id`,
      [ids],
    );
    return ids.map((id) => rows.filter((r) => r.incidentId === id));
  }

  private async reportingProvider(actor: Actor, a: CareAccess, requested: string | null): Promise<string | null> {
    if (a.staff || a.assignedCaregiver) return actor.providerId;
    if (a.guardian) {
      if (requested && !(await this.access.providerServes(requested, a.elder.id))) {
        throw badInput('That provider does not serve the elder', [{ path: 'input.providerId', message: 'not a provider serving the elder' }]);
      }
      return requested;
    }
    throw notFound('Elder');
  }

  private async lockVisible(actor: Actor, id: string): Promise<IncidentRow> {
    const rows: IncidentRow[] = await this.uow.manager.query(`SELECT ${COLUMNS} FROM incidents i WHERE i.id = $1 FOR UPDATE`, [id]);
    if (!rows.length) throw notFound('Incident');
    return rows[0];
  }

  private async recordEvent(id: string, from: string | null, to: string, actor: Actor, note: string | null): Promise<void> {
    await this.uow.manager.query(`INSERT INTO incident_events (incident_id, from_status, status, actor_id, actor_role, note) VALUES ($1, $2, $3, $4, $5, $6)`, [
      id,
      from,
      to,
      actor.userId,
      actor.role,
      note,
    ]);
  }

  private publish(row: IncidentRow): void {
    this.events.publish('incident.changed', { incidentId: row.id, elderId: row.elderId, providerId: row.providerId, regionCode: row.regionCode, status: row.status, serious: row.serious });
  }
}
