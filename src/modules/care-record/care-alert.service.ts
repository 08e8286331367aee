import { Injectable } from '@nestjs/common';
import type { Actor } from '../../core/auth/actor.js';
import { regionPrefixPattern } from '../../core/access/region-code.js';
import { UnitOfWork } from '../../core/database/unit-of-work.js';
import { Role } from '../../core/domain/enums.js';
import type { CareAlert } from './care-record.model.js';
import type { CareAlertAudience, CareAlertKind } from '../../core/domain/care-records.js';

export interface NewCareAlert {
  kind: `${CareAlertKind}`;
  audience: `${CareAlertAudience}`;
  elderId: string;
  providerId: string | null;
  regionCode: string;
  recipientId?: string | null;
  subjectId: string;
  message: string;
  at: Date;
}

const COLUMNS = `id, kind, audience, elder_id AS "elderId", provider_id AS "providerId", subject_id AS "subjectId", message, created_at AS "createdAt"`;

/**
 * Alerts as rows (notifications are not built yet): the provider's staff and caregivers list theirs, officers those
 * of their region, guardians their own. Messages carry no personal data.
 */
@Injectable()
export class CareAlertService {
  constructor(private readonly uow: UnitOfWork) {}

  async raise(alerts: readonly NewCareAlert[]): Promise<void> {
    for (const a of alerts) {
      await this.uow.manager.query(
        `INSERT INTO care_alerts (kind, audience, elder_id, provider_id, region_code, recipient_id, subject_id, message, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [a.kind, a.audience, a.elderId, a.providerId, a.regionCode, a.recipientId ?? null, a.subjectId, a.message, a.at],
      );
    }
  }

  /** The caller's alerts, newest first, filtered in SQL by audience and scope. */
  async listFor(actor: Actor, first: number): Promise<CareAlert[]> {
    const limit = Math.min(Math.max(first, 1), 100);
    const m = this.uow.manager;
    switch (actor.role) {
      case Role.PROVIDER_STAFF:
      case Role.CAREGIVER:
        return m.query(`SELECT ${COLUMNS} FROM care_alerts WHERE audience = 'PROVIDER' AND provider_id = $1 ORDER BY created_at DESC, id LIMIT $2`, [actor.providerId, limit]);
      case Role.CIVIL_AFFAIRS:
        return m.query(`SELECT ${COLUMNS} FROM care_alerts WHERE audience = 'OFFICER' AND region_code LIKE $1 ORDER BY created_at DESC, id LIMIT $2`, [
          regionPrefixPattern(actor.regionScope ?? '\u0000'),
          limit,
        ]);
      case Role.FAMILY:
        return m.query(`SELECT ${COLUMNS} FROM care_alerts WHERE audience = 'GUARDIAN' AND recipient_id = $1 ORDER BY created_at DESC, id LIMIT $2`, [actor.userId, limit]);
      case Role.ADMIN:
        return m.query(`SELECT ${COLUMNS} FROM care_alerts ORDER BY created_at DESC, id LIMIT $1`, [limit]);
      default:
        return [];
    }
  }
}
