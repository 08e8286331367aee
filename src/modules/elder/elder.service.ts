import { Inject, Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { Actor } from '../../core/auth/actor.js';
import { access, can, definePolicy, scopeSql, type AccessPolicy, type AccessRelation } from '../../core/access/access-policy.js';
import { actsOnRegion } from '../../core/access/region-scope.js';
import { regionCoverSql, regionPrefixPattern } from '../../core/access/region-code.js';
import { CareLevel, ElderCategory, Role } from '../../core/domain/enums.js';
import { groupBy } from '../../core/domain/group-by.js';
import { badInput, notFound, rateLimited, type FieldProblem } from '../../core/errors/domain-error.js';
import { mapConstraintError, violatedConstraint } from '../../core/errors/database-errors.js';
import { RateLimiterFactory } from '../../core/rate-limit/rate-limiter.factory.js';
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/app-config.js';
import { queryRows } from '../../core/database/sql.js';
import { pagedQuery, SqlParams } from '../../core/database/paged-query.js';
import type { Connection, PageArgs } from '../../core/graphql/pagination.js';
import { entityRows } from '../../core/database/entity-rows.js';
import { UnitOfWork } from '../../core/database/unit-of-work.js';
import { regionalRowsSql, regionalScalarSql, resolveRegional, type RegionalRow } from '../../core/settings/regional.js';
import { SettingsService } from '../../core/settings/settings.service.js';
import { IdentityService } from '../identity/identity.service.js';
import { providerRegionSql } from '../provider/provider-region.policy.js';
import { ProviderService } from '../provider/provider.service.js';
import { SubsidyService, type SubsidyFigures } from '../subsidy/subsidy.service.js';
import type { CreateElderInput, ElderFilter, UpdateElderInput } from './dto/elder.input.js';
import {
  ageOn,
  countedCategories,
  DEFAULT_ADVANCED_AGE_THRESHOLD,
  extremePovertyDetailErrors,
  mergeCategories,
  type CategoryStatus,
} from './elder-category.policy.js';
import { ElderCategoryEntity, ElderEntity, ElderGuardianEntity } from './elder.entity.js';
import { duplicateElder, ElderReason, guardianAccountNotFound, idNumberRefused, lastGuardian } from './elder.errors.js';
import { IdNumberCipher } from './id-number.cipher.js';
import { checkIdNumber, maskIdNumber } from './id-number.policy.js';
import { RegionService } from '../region/region.service.js';
import { elderView, NO_RELATION, overviewName, type ElderRelation, type ElderView } from './elder-visibility.policy.js';

/** Setting (per region prefix) for the age at which ADVANCED_AGE (高龄) applies. */
export const ADVANCED_AGE_THRESHOLD_SETTING = 'elder.advancedAgeThreshold';

/**
 * What other modules need to know about an elder (matching, home care, beds, subsidy). No personal data:
 * no name, ID number, phone or address.
 */
export interface ElderRecord {
  id: string;
  regionCode: string;
  latitude: number;
  longitude: number;
  /** YYYY-MM-DD */
  birthDate: string;
  /** Completed years today (China calendar). */
  age: number;
  /** Final level of the latest capability assessment; null before the first. */
  careLevel: CareLevel | null;
  /** Dementia diagnosed at the latest capability assessment. */
  dementia: boolean;
  /** Verified categories plus ADVANCED_AGE when the age reaches the regional threshold. */
  verifiedCategories: ElderCategory[];
}

/** A stored category as the category rule reads it. */
type ElderCategoryRow = { category: ElderCategory; status: CategoryStatus };

/** The configured ADVANCED_AGE threshold, or the default when the setting is not a whole number. */
const ageThresholdOf = (value: unknown): number => (Number.isInteger(Number(value)) ? Number(value) : DEFAULT_ADVANCED_AGE_THRESHOLD);

/** How the caller stands towards one elder (the input of the visibility rule, elder-visibility.policy.ts). */
export type ElderAccess = ElderRelation;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What the elder access rules look at. */
export type ElderRow = Pick<ElderEntity, 'id' | 'regionCode'>;

export const ID_NUMBER_CIPHER = Symbol('ELDER_ID_NUMBER_CIPHER');

/** How long a co-guardian invitation stays open. */
export const GUARDIAN_INVITATION_DAYS = 14;

/** An open invitation as its invitee sees it: the elder by surname initial only, until accepted. */
export interface GuardianInvitationView {
  id: string;
  elderName: string;
  invitedBy: string;
  createdAt: Date;
  expiresAt: Date;
}

/** An elder as the officers' export lists it (the ID number only masked). */
export interface ElderExportRow {
  id: string;
  regionCode: string;
  fullName: string;
  gender: string;
  birthDate: string;
  idNumberMasked: string | null;
  careLevel: string | null;
  verifiedCategories: string[];
}

/** Elders, their guardians, categories and the providers that serve them. */
@Injectable()
export class ElderService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly settings: SettingsService,
    private readonly providers: ProviderService,
    private readonly subsidies: SubsidyService,
    private readonly identity: IdentityService,
    @Inject(ID_NUMBER_CIPHER) private readonly cipher: IdNumberCipher,
    private readonly regions: RegionService,
    limiters: RateLimiterFactory,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.duplicateRefusals = limiters.create({ name: 'elder_duplicate', points: config.ELDER_DUPLICATE_REFUSALS_PER_DAY, windowSeconds: 86_400 });
  }

  /** DUPLICATE_ELDER answers per FAMILY account and day (each reveals that an ID number is registered). */
  private readonly duplicateRefusals: RateLimiterAbstract;

  /**
   * The actor is the caregiver of one of the elder's visits. Visits are the home-care module's, and home care depends on
   * elders, so home care provides this relation at start (`useCaregiverVisits`); until then a caregiver is related to
   * no elder (deny by default).
   */
  private caregiverVisits: AccessRelation | null = null;

  /** Home care provides the caregivers' visits to the visibility rule (its `caregiverOfElder` relation). */
  useCaregiverVisits(relation: AccessRelation): void {
    this.caregiverVisits = relation;
  }

  // ---------------------------------------------------------------- access (the contract other modules use)

  /** The actor is a guardian (监护人) of the elder. Other modules declare their access with it. */
  readonly guardianship: AccessRelation = {
    relatedAmong: async (actor, ids) => {
      const rows: Array<{ elder_id: string }> = await this.uow.manager.query(
        `SELECT elder_id FROM elder_guardians WHERE user_id = $1 AND elder_id = ANY($2::uuid[])`,
        [actor.userId, ids.filter((id) => UUID.test(id))],
      );
      return new Set(rows.map((r) => r.elder_id));
    },
    sql: (actor, column, param) => `EXISTS (SELECT 1 FROM elder_guardians g WHERE g.elder_id = ${column} AND g.user_id = ${param(actor.userId)})`,
  };

  /** The provider the actor works for serves the elder (a booking, a reservation, consent...). */
  readonly servedByOwnProvider: AccessRelation = {
    relatedAmong: async (actor, ids) => {
      if (!actor.providerId) return new Set();
      const rows: Array<{ elder_id: string }> = await this.uow.manager.query(
        `SELECT elder_id FROM provider_elder_links WHERE provider_id = $1 AND elder_id = ANY($2::uuid[])`,
        [actor.providerId, ids.filter((id) => UUID.test(id))],
      );
      return new Set(rows.map((r) => r.elder_id));
    },
    sql: (actor, column, param) =>
      actor.providerId
        ? `EXISTS (SELECT 1 FROM provider_elder_links l WHERE l.elder_id = ${column} AND l.provider_id = ${param(actor.providerId)})`
        : 'FALSE',
  };

  /** Who sees an elder's record: admins, officers in scope, its guardians, staff of a provider serving it. */
  readonly readPolicy: AccessPolicy<ElderRow> = definePolicy<ElderRow>('elder', {
    [Role.ADMIN]: [[access.any]],
    [Role.CIVIL_AFFAIRS]: [[access.region('regionCode', 'e.region_code')]],
    [Role.FAMILY]: [[access.related(this.guardianship, 'id', 'e.id')]],
    [Role.PROVIDER_STAFF]: [[access.related(this.servedByOwnProvider, 'id', 'e.id')]],
  });

  /** Who manages the record and acts on the elder's behalf (books, reserves): its guardians and officers in scope. */
  readonly actPolicy: AccessPolicy<ElderRow> = definePolicy<ElderRow>('elder (act)', {
    [Role.CIVIL_AFFAIRS]: [[access.region('regionCode', 'e.region_code')]],
    [Role.FAMILY]: [[access.related(this.guardianship, 'id', 'e.id')]],
  });

  /** Who assesses the elder's capability: officers in scope and staff of a provider serving it. */
  readonly assessPolicy: AccessPolicy<ElderRow> = definePolicy<ElderRow>('elder (assess)', {
    [Role.CIVIL_AFFAIRS]: [[access.region('regionCode', 'e.region_code')]],
    [Role.PROVIDER_STAFF]: [[access.related(this.servedByOwnProvider, 'id', 'e.id')]],
  });


  /**
   * The elder, if the caller sees its whole record (the FULL view: guardians, officers in scope, staff of a serving
   * provider, the caregiver of a visit). For acting on or with the record: matching from it, assessing it.
   */
  async requireReadable(actor: Actor, elderId: string): Promise<ElderRecord> {
    const elder = await this.findEntity(elderId);
    if (!elder || this.viewOf(actor, elder, await this.accessOne(actor, elder.id)) !== 'FULL') throw notFound('Elder');
    return (await this.toRecords([elder]))[0];
  }

  /**
   * The elder, if the caller may book or reserve on its behalf: a FAMILY guardian or CIVIL_AFFAIRS in scope. One
   * statement, one row: the elder, whether the act policy admits the caller (its SQL form, the same rule as `can`), the
   * stored categories and the age-threshold settings of its region; a booking reads all of it on every request.
   */
  async requireActable(actor: Actor, elderId: string): Promise<ElderRecord> {
    if (!UUID.test(elderId)) throw notFound('Elder');
    const rows = entityRows(this.uow.manager.connection, ElderEntity);
    const params = new SqlParams();
    const param = params.param;
    const id = param(elderId);
    const [row]: Array<Record<string, unknown> & { may_act: boolean; stored_categories: ElderCategoryRow[]; age_settings: RegionalRow[] }> =
      // Prepared per shape (the scope's SQL differs by role): every booking and reservation starts here.
      await this.uow.preparedText(
        'elder_actable',
        `SELECT ${rows.columns('e')}, ${scopeSql(this.actPolicy, actor, param)} AS may_act,
                (SELECT coalesce(json_agg(json_build_object('category', c.category, 'status', c.status)), '[]'::json)
                   FROM elder_categories c WHERE c.elder_id = e.id) AS stored_categories,
                ${regionalRowsSql(param(ADVANCED_AGE_THRESHOLD_SETTING), 'e.region_code')} AS age_settings
           FROM elders e WHERE e.id = ${id}::uuid`,
        params.values,
      );
    if (!row || !row.may_act) throw notFound('Elder');
    const elder = rows.hydrate(row);
    return this.recordOf(elder, row.stored_categories, ageThresholdOf(resolveRegional<unknown>(row.age_settings, elder.regionCode, DEFAULT_ADVANCED_AGE_THRESHOLD)));
  }

  /** Records the provider as serving the elder (its staff may then read it). Idempotent; joins the caller's transaction. */
  async linkProvider(elderId: string, providerId: string, source: string): Promise<void> {
    await this.uow.manager.query(
      `INSERT INTO provider_elder_links (provider_id, elder_id, source) VALUES ($1, $2, $3)
       ON CONFLICT (provider_id, elder_id) DO NOTHING`,
      [providerId, elderId, source],
    );
  }

  /**
   * linkProvider as a common table expression of a caller's statement, for the (provider_id, elder_id) rows that `from`
   * (a CTE of that statement) returns: so a reservation and its link are written by one statement.
   */
  linkProviderSql(from: string, source: string, param: (value: unknown) => string): string {
    return `elder_link AS (
        INSERT INTO provider_elder_links (provider_id, elder_id, source) SELECT provider_id, elder_id, ${param(source)}::text FROM ${from}
        ON CONFLICT (provider_id, elder_id) DO NOTHING)`;
  }

  /** The providers serving the elder, the most recently linked first. */
  async servingProviders(elderId: string): Promise<string[]> {
    if (!UUID.test(elderId)) return [];
    const rows: Array<{ provider_id: string }> = await this.uow.manager.query(
      `SELECT provider_id FROM provider_elder_links WHERE elder_id = $1 ORDER BY created_at DESC, provider_id`,
      [elderId],
    );
    return rows.map((r) => r.provider_id);
  }

  /** The elders a provider serves (a booking, a reservation, consent...). */
  async servedElderIds(providerId: string): Promise<string[]> {
    if (!UUID.test(providerId)) return [];
    const rows: Array<{ elder_id: string }> = await this.uow.manager.query(`SELECT elder_id FROM provider_elder_links WHERE provider_id = $1`, [providerId]);
    return rows.map((r) => r.elder_id);
  }

  /** The elder's home-care subsidy at `at` (default now): same as SubsidyService.eligibilityFor, offered here for convenience. */
  eligibilityFor(elder: ElderRecord, at?: Date): Promise<SubsidyFigures> {
    return this.subsidies.eligibilityFor(elder, at);
  }

  /** Records of many elders (null for a missing id), in the order asked. No access check: for loaders of visible parents. */
  async recordsByIds(ids: readonly string[]): Promise<Array<ElderRecord | null>> {
    const records = await this.toRecords(await this.findByIds(ids));
    const byId = new Map(records.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }


  /** How much of the elder the caller sees: the one visibility rule, applied wherever an elder appears. */
  viewOf(actor: Actor | null, elder: Pick<ElderEntity, 'regionCode'>, access: ElderAccess): ElderView {
    return elderView(actor, elder, access);
  }

  /** The caller's relations to many elders: at most one indexed query, whatever the role. */
  async accessMany(actor: Actor | null, elderIds: readonly string[]): Promise<Map<string, ElderAccess>> {
    const out = new Map<string, ElderAccess>(elderIds.map((id) => [id, { ...NO_RELATION }]));
    if (!actor || elderIds.length === 0) return out;
    const ids = elderIds.filter((id) => UUID.test(id));
    // The guardian's and the provider's reads have one SQL text each: prepared, so each connection plans them once
    // (they run for nearly every read of an elder by a family or a provider).
    const mark = (field: keyof ElderAccess, rows: Array<{ elder_id: string }>) => {
      for (const r of rows) out.get(r.elder_id)![field] = true;
    };
    switch (actor.role) {
      case Role.FAMILY:
        mark('guardian', await this.uow.prepared(
          'elder_guardianship_among',
          `SELECT elder_id FROM elder_guardians WHERE user_id = $1 AND elder_id = ANY($2::uuid[])`,
          [actor.userId, ids],
        ));
        break;
      case Role.PROVIDER_STAFF:
        if (actor.providerId) {
          mark('servingProviderStaff', await this.uow.prepared(
            'elder_served_by_provider_among',
            `SELECT elder_id FROM provider_elder_links WHERE provider_id = $1 AND elder_id = ANY($2::uuid[])`,
            [actor.providerId, ids],
          ));
        }
        break;
      case Role.CAREGIVER: {
        // The visits a caregiver is assigned to are the home-care module's: asked through its port.
        const visited = ids.length && this.caregiverVisits ? await this.caregiverVisits.relatedAmong(actor, ids) : new Set<string>();
        for (const id of visited) out.get(id)!.assignedCaregiver = true;
        break;
      }
      case Role.CIVIL_AFFAIRS:
        if (actor.regionScope) {
          // The registry is the provider module's: it gives the provider's region as an expression.
          const params = new SqlParams();
          const elderIds = params.param(ids);
          const inScope = regionCoverSql(actor.regionScope, providerRegionSql('l.provider_id'), params.param);
          mark('overseesServingProvider', await this.uow.manager.query(
            `SELECT DISTINCT l.elder_id FROM provider_elder_links l WHERE l.elder_id = ANY(${elderIds}::uuid[]) AND ${inScope}`,
            params.values,
          ));
        }
        break;
      default:
        break;
    }
    return out;
  }

  private async accessOne(actor: Actor, elderId: string): Promise<ElderAccess> {
    return (await this.accessMany(actor, [elderId])).get(elderId)!;
  }

  private async findEntity(id: string): Promise<ElderEntity | null> {
    if (!UUID.test(id)) return null;
    const rows = entityRows(this.uow.manager.connection, ElderEntity);
    const [row] = await this.uow.prepared('elder_by_id', `SELECT ${rows.columns()} FROM elders WHERE id = $1`, [id]);
    return row ? rows.hydrate(row) : null;
  }

  /** Guardians and officers in scope manage the elder's record and act on its behalf. */
  private async requireManageableEntity(actor: Actor, elderId: string): Promise<ElderEntity> {
    const elder = await this.findEntity(elderId);
    if (!elder || !(await can(this.actPolicy, actor, elder))) throw notFound('Elder');
    return elder;
  }

  // ---------------------------------------------------------------- records

  /** ElderRecords for entities: one query for categories, one for the regional age thresholds. */
  async toRecords(entities: ElderEntity[], at = new Date()): Promise<ElderRecord[]> {
    if (entities.length === 0) return [];
    const categories = await this.categoriesOf(entities.map((e) => e.id));
    const thresholds = await this.advancedAgeThresholds(entities.map((e) => e.regionCode));
    return entities.map((e) => this.recordOf(e, categories.get(e.id) ?? [], thresholds.get(e.regionCode), at));
  }

  /** The record of an entity from its stored categories and its region's age threshold (today's age, China calendar). */
  private recordOf(e: ElderEntity, categories: readonly ElderCategoryRow[], advancedAgeThreshold: number | undefined, at = new Date()): ElderRecord {
    const age = ageOn(e.birthDate, at);
    return {
      id: e.id,
      regionCode: e.regionCode,
      latitude: e.latitude,
      longitude: e.longitude,
      birthDate: e.birthDate,
      age,
      careLevel: e.careLevel,
      dementia: e.dementia,
      verifiedCategories: countedCategories(categories, age, advancedAgeThreshold) as ElderCategory[],
    };
  }

  /** Stored categories (declared and verified) of many elders. */
  async categoriesOf(elderIds: readonly string[]): Promise<Map<string, ElderCategoryEntity[]>> {
    const rows = elderIds.length
      ? await this.uow.manager.getRepository(ElderCategoryEntity).find({ where: { elderId: In([...elderIds]) } })
      : [];
    const out = new Map<string, ElderCategoryEntity[]>();
    for (const row of rows) out.set(row.elderId, [...(out.get(row.elderId) ?? []), row]);
    return out;
  }

  /**
   * The ADVANCED_AGE threshold of each region code (most specific configured prefix wins, default 80), in one query
   * over the settings table rather than one SettingsService call per region.
   */
  async advancedAgeThresholds(regionCodes: readonly string[]): Promise<Map<string, number>> {
    const values = await this.settings.getForRegions<unknown>(ADVANCED_AGE_THRESHOLD_SETTING, regionCodes, DEFAULT_ADVANCED_AGE_THRESHOLD);
    return new Map([...values].map(([code, v]) => [code, ageThresholdOf(v)]));
  }


  /** Entities by id for loaders (no access check; parents decide visibility). */
  async findByIds(ids: readonly string[]): Promise<ElderEntity[]> {
    const valid = ids.filter((id) => UUID.test(id));
    if (!valid.length) return [];
    const rows = entityRows(this.uow.manager.connection, ElderEntity);
    return (await this.uow.prepared('elders_by_ids', `SELECT ${rows.columns()} FROM elders WHERE id = ANY($1::uuid[])`, [valid])).map((row) => rows.hydrate(row));
  }

  /** The guardians' account ids of many elders, by elder, in one query (who hears of an elder's care). */
  async guardianIdsOf(elderIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows: Array<{ elder_id: string; user_id: string }> = await this.uow.manager.query(
      `SELECT elder_id, user_id FROM elder_guardians WHERE elder_id = ANY($1::uuid[]) ORDER BY created_at, user_id`,
      [[...new Set(elderIds)].filter((id) => UUID.test(id))],
    );
    return groupBy(rows.map((r) => [r.elder_id, r.user_id]));
  }

  /**
   * Elders whose reassessment falls due in (after, until]: the latest assessment plus the reassessment period in force
   * for the elder's region (the regional setting `monthsSetting`, else `defaultMonths`). One query.
   */
  async reassessmentsDue(
    after: Date,
    until: Date,
    monthsSetting: string,
    defaultMonths: number,
  ): Promise<Array<{ id: string; fullName: string; regionCode: string; dueAt: Date }>> {
    const rows: Array<{ id: string; full_name: string; region_code: string; due_at: Date }> = await this.uow.manager.query(
      `SELECT * FROM (
         SELECT e.id, e.full_name, e.region_code,
                e.latest_assessed_at + make_interval(months => coalesce(${regionalScalarSql('$3', 'e.region_code', 'int')}, $4::int)) AS due_at
           FROM elders e WHERE e.latest_assessed_at IS NOT NULL) d
        WHERE d.due_at > $1::timestamptz AND d.due_at <= $2::timestamptz`,
      [after, until, monthsSetting, defaultMonths],
    );
    return rows.map((r) => ({ id: r.id, fullName: r.full_name, regionCode: r.region_code, dueAt: r.due_at }));
  }

  /**
   * The elders under a region for the regional figures, per group of `groupLength`-digit code prefixes: how many and
   * how many not assessed; how many per care level; and the verified extremely poor (特困) among them — how many, how
   * many in centralized support, how many dependent, dependent and centralized. Three queries.
   */
  async regionFigures(prefix: string, groupLength: number): Promise<{
    totals: Array<{ g: string; total: number; not_assessed: number }>;
    levels: Array<{ g: string; care_level: string; count: number }>;
    poverty: Array<{ g: string; total: number; centralized: number; dependent: number; dependent_centralized: number }>;
  }> {
    const like = regionPrefixPattern(prefix);
    const g = (column: string) => `left(${column}, ${Number(groupLength)})`;
    const [totals, levels, poverty] = await Promise.all([
      this.uow.manager.query(
        `SELECT ${g('region_code')} AS g, count(*)::int AS total, count(*) FILTER (WHERE care_level IS NULL)::int AS not_assessed
           FROM elders WHERE region_code LIKE $1 GROUP BY 1`,
        [like],
      ),
      this.uow.manager.query(
        `SELECT ${g('region_code')} AS g, care_level, count(*)::int AS count FROM elders WHERE region_code LIKE $1 AND care_level IS NOT NULL GROUP BY 1, care_level`,
        [like],
      ),
      this.uow.manager.query(
        `SELECT ${g('e.region_code')} AS g, count(*)::int AS total,
                count(*) FILTER (WHERE e.support_form = 'CENTRALIZED')::int AS centralized,
                count(*) FILTER (WHERE e.self_care_class = 'FULLY_DEPENDENT' OR e.care_level IN ('SEVERE','TOTAL'))::int AS dependent,
                count(*) FILTER (WHERE (e.self_care_class = 'FULLY_DEPENDENT' OR e.care_level IN ('SEVERE','TOTAL'))
                                   AND e.support_form = 'CENTRALIZED')::int AS dependent_centralized
           FROM elders e
          WHERE e.region_code LIKE $1
            AND EXISTS (SELECT 1 FROM elder_categories c WHERE c.elder_id = e.id AND c.category = 'EXTREME_POVERTY' AND c.verified_at IS NOT NULL)
          GROUP BY 1`,
        [like],
      ),
    ]);
    return { totals, levels, poverty };
  }

  /**
   * One page of the elders under a region for the exports, by region code and id, after the key of the last row of the
   * page before (`['', '']` for the first), with their verified categories. One query.
   */
  async exportPage(prefix: string, after: readonly [string, string], limit: number): Promise<ElderExportRow[]> {
    const rows: Array<Record<string, any>> = await this.uow.manager.query(
      `SELECT e.id, e.region_code, e.full_name, e.gender, to_char(e.birth_date, 'YYYY-MM-DD') AS birth_date, e.id_number_masked, e.care_level,
              (SELECT array_agg(c.category ORDER BY c.category) FROM elder_categories c WHERE c.elder_id = e.id AND c.verified_at IS NOT NULL) AS categories
         FROM elders e
        WHERE e.region_code LIKE $1 AND (e.region_code, e.id::text) > ($2, $3)
        ORDER BY e.region_code, e.id::text LIMIT $4`,
      [regionPrefixPattern(prefix), after[0], after[1], limit],
    );
    return rows.map((r) => ({
      id: r.id,
      regionCode: r.region_code,
      fullName: r.full_name,
      gender: r.gender,
      birthDate: r.birth_date,
      idNumberMasked: r.id_number_masked,
      careLevel: r.care_level,
      verifiedCategories: r.categories ?? [],
    }));
  }

  /** Guardians (with display names) of many elders. */
  async guardiansOf(elderIds: readonly string[]): Promise<Map<string, Array<{ userId: string; displayName: string; since: Date }>>> {
    const rows = elderIds.length
      ? await this.uow.manager.getRepository(ElderGuardianEntity).find({
          where: { elderId: In(elderIds.filter((id) => UUID.test(id))) },
          order: { createdAt: 'ASC', userId: 'ASC' },
        })
      : [];
    const users = rows.length ? await this.identity.findByIds([...new Set(rows.map((r) => r.userId))]) : [];
    const names = new Map(users.map((u) => [u.id, u.displayName]));
    const out = new Map<string, Array<{ userId: string; displayName: string; since: Date }>>();
    for (const r of rows) {
      out.set(r.elderId, [...(out.get(r.elderId) ?? []), { userId: r.userId, displayName: names.get(r.userId) ?? '', since: r.createdAt }]);
    }
    return out;
  }

  // ---------------------------------------------------------------- use cases

  /** `elder(id)`: NOT_FOUND when missing or when the caller sees nothing of it (its fields apply the view). */
  async getVisible(actor: Actor, id: string): Promise<ElderEntity> {
    const elder = await this.findEntity(id);
    if (!elder || this.viewOf(actor, elder, await this.accessOne(actor, elder.id)) === 'NONE') throw notFound('Elder');
    return elder;
  }

  /** Elders the FAMILY caller is guardian of. */
  async myElders(actor: Actor): Promise<ElderEntity[]> {
    return this.uow.manager
      .getRepository(ElderEntity)
      .createQueryBuilder('e')
      .innerJoin(ElderGuardianEntity, 'g', 'g.elder_id = e.id AND g.user_id = :userId', { userId: actor.userId })
      .orderBy('e.created_at', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .getMany();
  }

  async create(actor: Actor, input: CreateElderInput): Promise<ElderEntity> {
    const byOfficer = actor.role === Role.CIVIL_AFFAIRS;
    const check = checkIdNumber(input.idNumber, { birthDate: input.birthDate });
    if (!check.ok) throw idNumberRefused(check.issues);
    await this.regions.requirePlace(input.regionCode, 'input.regionCode');
    if (byOfficer && !actsOnRegion(actor, input.regionCode)) {
      throw badInput('The region is outside your scope', [{ path: 'input.regionCode', message: 'outside your region scope' }]);
    }
    const categories = mergeCategories([], input.categories ?? [], byOfficer);
    this.checkSupportDetails(actor, categories.map((c) => c.category as ElderCategory), input, 'input');
    const probing = actor.role === Role.FAMILY ? await this.duplicateRefusals.get(actor.userId) : null;
    if (probing && probing.remainingPoints <= 0) {
      throw rateLimited('TOO_MANY_ATTEMPTS', 'Too many registrations of elders already on record from this account: try again tomorrow', Math.max(1, Math.ceil(probing.msBeforeNext / 1000)));
    }

    try {
      return await this.uow.run(async () => {
        const inserted = await this.uow.manager.getRepository(ElderEntity).save(
          this.uow.manager.getRepository(ElderEntity).create({
            fullName: input.fullName,
            gender: input.gender,
            birthDate: check.birthDate,
            idNumberCipher: this.cipher.encrypt(check.normalized),
            idNumberHash: this.cipher.hash(check.normalized),
            idNumberMasked: maskIdNumber(check.normalized),
            regionCode: input.regionCode,
            address: input.address,
            latitude: input.location.latitude,
            longitude: input.location.longitude,
            phone: input.phone ?? null,
            supportForm: input.supportForm ?? null,
            selfCareClass: input.selfCareClass ?? null,
            careLevel: null,
            dementia: false,
            latestAssessmentId: null,
            latestAssessedAt: null,
            createdBy: actor.userId,
          }),
        );
        await this.writeCategories(inserted.id, categories, actor);
        if (actor.role === Role.FAMILY) {
          await this.uow.manager.insert(ElderGuardianEntity, { elderId: inserted.id, userId: actor.userId, addedBy: actor.userId });
        }
        return (await this.uow.manager.getRepository(ElderEntity).findOne({ where: { id: inserted.id } }))!;
      });
    } catch (error) {
      if (actor.role === Role.FAMILY && violatedConstraint(error) === 'elders_id_number_hash_key') {
        await this.duplicateRefusals.consume(actor.userId).catch((refused: unknown) => {
          if (!(refused instanceof RateLimiterRes)) throw refused;
        });
      }
      mapConstraintError(error, { elders_id_number_hash_key: duplicateElder });
    }
  }

  /**
   * One elder row of an import by an officer, inside the open unit of work: the elder with this ID number is
   * updated when a field differs, left alone when none does, created (as createElder would) when there is none. The
   * categories given are verified (an officer's word); a guardian phone links that FAMILY account as guardian.
   */
  async importRow(actor: Actor, input: CreateElderInput, guardianPhone: string | null): Promise<{ id: string; outcome: 'CREATED' | 'UPDATED' | 'UNCHANGED' }> {
    const check = checkIdNumber(input.idNumber, { birthDate: input.birthDate });
    if (!check.ok) throw idNumberRefused(check.issues);
    await this.regions.requirePlace(input.regionCode, 'input.regionCode');
    if (!actsOnRegion(actor, input.regionCode)) {
      throw badInput('The region is outside your scope', [{ path: 'input.regionCode', message: 'outside your region scope' }]);
    }
    const guardianId = guardianPhone
      ? await this.familyAccountByPhone(guardianPhone).catch(() => {
          throw badInput('No FAMILY account has this phone number', [{ path: 'input.guardianPhone', message: 'no FAMILY account with this phone' }], ElderReason.GUARDIAN_ACCOUNT_NOT_FOUND);
        })
      : null;
    const repo = this.uow.manager.getRepository(ElderEntity);
    const existing = await repo
      .createQueryBuilder('e')
      .setLock('pessimistic_write')
      .where('e.id_number_hash = :hash', { hash: this.cipher.hash(check.normalized) })
      .getOne();
    let id: string;
    let outcome: 'CREATED' | 'UPDATED' | 'UNCHANGED';
    if (!existing) {
      id = (await this.create(actor, input)).id;
      outcome = 'CREATED';
    } else {
      if (!actsOnRegion(actor, existing.regionCode)) {
        throw badInput('The elder with this ID number lives outside your scope', [{ path: 'input.idNumber', message: 'registered outside your region scope' }]);
      }
      id = existing.id;
      const fields = {
        fullName: input.fullName,
        gender: input.gender,
        regionCode: input.regionCode,
        address: input.address,
        latitude: input.location.latitude,
        longitude: input.location.longitude,
        phone: input.phone ?? null,
      };
      const changes = Object.fromEntries(Object.entries(fields).filter(([key, value]) => (existing as unknown as Record<string, unknown>)[key] !== value));
      const current = (await this.categoriesOf([id])).get(id) ?? [];
      const categories = mergeCategories([], input.categories ?? [], true);
      const same = (a: ReadonlyArray<{ category: string; status: string }>, b: ReadonlyArray<{ category: string; status: string }>) =>
        a.length === b.length && a.every((x) => b.some((y) => y.category === x.category && y.status === x.status));
      const categoriesChange = !same(current, categories);
      if (categoriesChange) {
        await this.writeCategories(id, categories, actor, current);
        // As in update: the 特困 details go when the category goes.
        if (!categories.some((c) => c.category === ElderCategory.EXTREME_POVERTY) && (existing.supportForm || existing.selfCareClass)) {
          Object.assign(changes, { supportForm: null, selfCareClass: null });
        }
      }
      if (Object.keys(changes).length) await this.uow.manager.update(ElderEntity, { id }, { ...changes, updatedAt: new Date() });
      outcome = categoriesChange || Object.keys(changes).length ? 'UPDATED' : 'UNCHANGED';
    }
    if (guardianId) {
      const added = await this.uow.manager.query(
        `INSERT INTO elder_guardians (elder_id, user_id, added_by) VALUES ($1, $2, $3) ON CONFLICT (elder_id, user_id) DO NOTHING RETURNING elder_id`,
        [id, guardianId, actor.userId],
      );
      if (added.length && outcome === 'UNCHANGED') outcome = 'UPDATED';
    }
    return { id, outcome };
  }

  async update(actor: Actor, id: string, input: UpdateElderInput): Promise<ElderEntity> {
    return this.uow.run(async () => {
      const elder = await this.requireManageableEntity(actor, id);
      // One writer at a time per elder: categories are read, merged and rewritten.
      await this.uow.manager.query(`SELECT 1 FROM elders WHERE id = $1 FOR UPDATE`, [elder.id]);
      const current = (await this.categoriesOf([elder.id])).get(elder.id) ?? [];
      const byOfficer = actor.role === Role.CIVIL_AFFAIRS;
      const categories =
        input.categories != null
          ? mergeCategories(current, input.categories, byOfficer)
          : current.map((c) => ({ category: c.category, status: c.status }));
      const names = categories.map((c) => c.category as ElderCategory);
      this.checkSupportDetails(actor, names, input, 'input');

      const changes: Partial<ElderEntity> = {};
      if (input.fullName != null) changes.fullName = input.fullName;
      if (input.address != null) changes.address = input.address;
      if (input.location != null) {
        changes.latitude = input.location.latitude;
        changes.longitude = input.location.longitude;
      }
      if (input.phone !== undefined && input.phone !== null) changes.phone = input.phone === '' ? null : input.phone;
      if (input.supportForm != null) changes.supportForm = input.supportForm;
      if (input.selfCareClass != null) changes.selfCareClass = input.selfCareClass;
      // The 特困 details describe an extreme-poverty elder only; they go when the category goes.
      if (!names.includes(ElderCategory.EXTREME_POVERTY)) {
        changes.supportForm = null;
        changes.selfCareClass = null;
      }
      if (input.categories != null) await this.writeCategories(elder.id, categories, actor, current);
      await this.uow.manager.update(ElderEntity, { id: elder.id }, { ...changes, updatedAt: new Date() });
      return (await this.uow.manager.getRepository(ElderEntity).findOne({ where: { id: elder.id } }))!;
    });
  }

  /** Support form and self-care class: recorded by civil affairs, for extreme-poverty elders only. */
  private checkSupportDetails(
    actor: Actor,
    categories: readonly ElderCategory[],
    input: Pick<CreateElderInput, 'supportForm' | 'selfCareClass'>,
    prefix: string,
  ): void {
    const given = (['supportForm', 'selfCareClass'] as const).filter((f) => input[f] != null);
    if (given.length && actor.role !== Role.CIVIL_AFFAIRS) {
      throw badInput(
        'Only civil affairs records the support form and self-care class',
        given.map((f) => ({ path: `${prefix}.${f}`, message: 'recorded by civil affairs' })),
      );
    }
    const bad = extremePovertyDetailErrors(categories, input);
    if (bad.length) {
      throw badInput(
        'Support form and self-care class apply to extreme-poverty elders only',
        bad.map((f): FieldProblem => ({ path: `${prefix}.${f}`, message: 'only for EXTREME_POVERTY elders' })),
        ElderReason.NOT_EXTREME_POVERTY,
      );
    }
  }

  private async writeCategories(
    elderId: string,
    categories: Array<{ category: ElderCategory | string; status: CategoryStatus }>,
    actor: Actor,
    current: ElderCategoryEntity[] = [],
  ): Promise<void> {
    const before = new Map(current.map((c) => [c.category as string, c]));
    await this.uow.manager.delete(ElderCategoryEntity, { elderId });
    if (categories.length === 0) return;
    const now = new Date();
    await this.uow.manager.insert(
      ElderCategoryEntity,
      categories.map((c) => {
        const old = before.get(c.category);
        const keepVerification = c.status === 'VERIFIED' && old?.status === 'VERIFIED';
        return {
          elderId,
          category: c.category as ElderCategory,
          status: c.status,
          verifiedBy: c.status === 'VERIFIED' ? (keepVerification ? old!.verifiedBy : actor.userId) : null,
          verifiedAt: c.status === 'VERIFIED' ? (keepVerification ? old!.verifiedAt : now) : null,
        };
      }),
    );
  }

  /**
   * A co-guardian by phone. An officer in scope adds the FAMILY account at once (GUARDIAN_ACCOUNT_NOT_FOUND when there
   * is none). A guardian invites: the phone's owner accepts (acceptElderGuardianInvitation), and the answer is the same
   * whether or not the phone has an account, so that it cannot be used to find out which phones are registered.
   * Idempotent either way.
   */
  async addGuardian(actor: Actor, elderId: string, phone: string): Promise<ElderEntity> {
    const elder = await this.requireManageableEntity(actor, elderId);
    if (actor.role === Role.CIVIL_AFFAIRS) {
      const userId = await this.familyAccountByPhone(phone);
      await this.uow.manager.query(
        `INSERT INTO elder_guardians (elder_id, user_id, added_by) VALUES ($1, $2, $3) ON CONFLICT (elder_id, user_id) DO NOTHING`,
        [elder.id, userId, actor.userId],
      );
      return elder;
    }
    // The phone's account (identity's), if any: no invitation when it is a guardian already.
    const account = await this.identity.accountIdByPhone(phone);
    await this.uow.manager.query(
      `INSERT INTO elder_guardian_invitations (elder_id, phone, invited_by, expires_at)
       SELECT $1::uuid, $2::varchar, $3::uuid, now() + make_interval(days => $4::int)
        WHERE NOT EXISTS (SELECT 1 FROM elder_guardians g WHERE g.elder_id = $1::uuid AND g.user_id = $5::uuid)
       ON CONFLICT (elder_id, phone) WHERE accepted_at IS NULL DO UPDATE SET expires_at = EXCLUDED.expires_at, invited_by = EXCLUDED.invited_by`,
      [elder.id, phone.trim(), actor.userId, GUARDIAN_INVITATION_DAYS, account],
    );
    return elder;
  }

  /** The open invitations to the FAMILY caller's phone, newest first. */
  async myGuardianInvitations(actor: Actor): Promise<GuardianInvitationView[]> {
    const me = await this.familyAccountOf(actor);
    if (!me) return [];
    const rows: Array<{ id: string; full_name: string; invited_by: string; created_at: Date; expires_at: Date }> = await this.uow.manager.query(
      `SELECT i.id, e.full_name, i.invited_by, i.created_at, i.expires_at
         FROM elder_guardian_invitations i JOIN elders e ON e.id = i.elder_id
        WHERE i.phone = $1 AND i.accepted_at IS NULL AND i.expires_at > now()
        ORDER BY i.created_at DESC, i.id LIMIT 100`,
      [me.phone],
    );
    const inviters = rows.length ? await this.identity.findByIds([...new Set(rows.map((r) => r.invited_by))]) : [];
    const names = new Map(inviters.map((u) => [u.id, u.displayName]));
    return rows
      .filter((r) => names.has(r.invited_by))
      .map((r) => ({ id: r.id, elderName: overviewName(r.full_name), invitedBy: names.get(r.invited_by)!, createdAt: r.created_at, expiresAt: r.expires_at }));
  }

  /** The FAMILY caller accepts an invitation to its phone and becomes guardian. NOT_FOUND for anyone else's. */
  async acceptGuardianInvitation(actor: Actor, invitationId: string): Promise<ElderEntity> {
    if (!UUID.test(invitationId)) throw notFound('Invitation');
    return this.uow.run(async () => {
      const me = await this.familyAccountOf(actor);
      if (!me) throw notFound('Invitation');
      const rows = await queryRows<{ elder_id: string; invited_by: string }>(
        this.uow.manager,
        `UPDATE elder_guardian_invitations i SET accepted_at = now()
          WHERE i.id = $1 AND i.phone = $2 AND i.accepted_at IS NULL AND i.expires_at > now()
          RETURNING i.elder_id, i.invited_by`,
        [invitationId, me.phone],
      );
      if (rows.length === 0) throw notFound('Invitation');
      await this.uow.manager.query(
        `INSERT INTO elder_guardians (elder_id, user_id, added_by) VALUES ($1, $2, $3) ON CONFLICT (elder_id, user_id) DO NOTHING`,
        [rows[0].elder_id, actor.userId, rows[0].invited_by],
      );
      return (await this.uow.manager.getRepository(ElderEntity).findOne({ where: { id: rows[0].elder_id } }))!;
    });
  }

  /** The caller's own account when it is a FAMILY one (identity owns accounts): invitations go to its phone. */
  private async familyAccountOf(actor: Actor): Promise<{ id: string; phone: string } | null> {
    const [me] = await this.identity.findByIds([actor.userId]);
    return me && me.role === Role.FAMILY ? { id: me.id, phone: me.phone } : null;
  }

  /**
   * Removes a guardian by phone. A family may not remove the last guardian (the elder would be orphaned);
   * civil affairs may. The elder row is locked so that two guardians removing each other cannot both succeed.
   */
  async removeGuardian(actor: Actor, elderId: string, phone: string): Promise<ElderEntity> {
    return this.uow.run(async () => {
      await this.requireManageableEntity(actor, elderId);
      await this.uow.manager.query(`SELECT 1 FROM elders WHERE id = $1 FOR UPDATE`, [elderId]);
      // Checked again under the lock: a guardian removed by the other one of a simultaneous pair has no say any more.
      // (Checked only before it, the answer depended on whether the other's commit came before that check or after.)
      const elder = await this.requireManageableEntity(actor, elderId);
      // A phone that is no guardian of this elder (registered or not) changes nothing, and says nothing about itself.
      const userId = await this.identity.familyAccountIdByPhone(phone);
      const guardians: Array<{ user_id: string }> = await this.uow.manager.query(`SELECT user_id FROM elder_guardians WHERE elder_id = $1`, [elder.id]);
      if (!userId || !guardians.some((g) => g.user_id === userId)) return elder;
      if (guardians.length === 1 && actor.role === Role.FAMILY) throw lastGuardian();
      await this.uow.manager.query(`DELETE FROM elder_guardians WHERE elder_id = $1 AND user_id = $2`, [elder.id, userId]);
      return elder;
    });
  }

  /** The FAMILY account with this phone (the identity module owns accounts); the phone is never logged. */
  private async familyAccountByPhone(phone: string): Promise<string> {
    const id = await this.identity.familyAccountIdByPhone(phone);
    if (!id) throw guardianAccountNotFound();
    return id;
  }

  /** A guardian or an officer in scope lets a provider serve (and so read) the elder. */
  async consentProvider(actor: Actor, elderId: string, providerId: string): Promise<ElderEntity> {
    const elder = await this.requireManageableEntity(actor, elderId);
    const provider = UUID.test(providerId) ? await this.providers.findById(providerId) : null;
    if (!provider) throw notFound('Provider');
    await this.linkProvider(elder.id, provider.id, actor.role === Role.FAMILY ? 'GUARDIAN_CONSENT' : 'CIVIL_AFFAIRS');
    return elder;
  }

  /**
   * The elder list: CIVIL_AFFAIRS within its scope, PROVIDER_STAFF the elders its provider serves, ADMIN all.
   * Every filter, the scope included, is applied in SQL.
   */
  async list(actor: Actor, filter: ElderFilter | undefined, page: PageArgs): Promise<Connection<ElderEntity>> {
    // An admin's list is the overview, without categories: filtering by them would reveal them all the same.
    if (actor.role === Role.ADMIN && filter?.categories?.length) {
      throw badInput('Admins see elders without their categories and cannot filter by them', [{ path: 'filter.categories', message: 'not for ADMIN' }]);
    }
    const where: string[] = [];
    const params = new SqlParams();
    const param = params.param;
    where.push(scopeSql(this.readPolicy, actor, param));
    if (filter?.regionCode) await this.regions.requirePrefix(filter.regionCode, 'filter.regionCode');
    if (filter?.regionCode) where.push(`e.region_code LIKE ${param(regionPrefixPattern(filter.regionCode))}`);
    if (filter?.providerId) {
      where.push(`EXISTS (SELECT 1 FROM provider_elder_links l2 WHERE l2.elder_id = e.id AND l2.provider_id = ${param(filter.providerId)})`);
    }
    if (filter?.careLevels?.length) where.push(`e.care_level = ANY(${param(filter.careLevels)})`);
    if (filter?.categories?.length) {
      const verifiedOnly = filter.verifiedOnly ?? true;
      const stored = filter.categories.filter((c) => c !== ElderCategory.ADVANCED_AGE);
      const any: string[] = [];
      if (stored.length) {
        any.push(`EXISTS (SELECT 1 FROM elder_categories c WHERE c.elder_id = e.id AND c.category = ANY(${param(stored)})
          ${verifiedOnly ? `AND c.status = 'VERIFIED'` : ''})`);
      }
      if (filter.categories.includes(ElderCategory.ADVANCED_AGE)) {
        // Derived from the age with the region's threshold (most specific prefix), on today's date in China.
        any.push(`e.birth_date <= (now() AT TIME ZONE 'Asia/Shanghai')::date - make_interval(years => COALESCE(
          ${regionalScalarSql(param(ADVANCED_AGE_THRESHOLD_SETTING), 'e.region_code', 'int')},
          ${param(DEFAULT_ADVANCED_AGE_THRESHOLD)}))`);
      }
      where.push(`(${any.join(' OR ')})`);
    }
    // The page's rows are read whole in its one statement (not ids, then the same rows again by id).
    const rows = entityRows(this.uow.manager.connection, ElderEntity);
    return pagedQuery<Record<string, unknown>, ElderEntity>(
      this.uow.manager,
      { select: rows.columns('e'), from: 'elders e', where, orderBy: 'e.created_at DESC, e.id DESC', params, page },
      (found) => found.map((row) => rows.hydrate(row)),
    );
  }

  // ---------------------------------------------------------------- used by the assessment module

  /**
   * Makes an assessment the elder's current one if it is the latest by assessment time. Conditional UPDATE, so
   * two assessments recorded at once leave the later-dated one in place whatever the commit order.
   */
  async applyLatestAssessment(
    elderId: string,
    assessment: { id: string; finalLevel: CareLevel; dementia: boolean; assessedAt: Date },
  ): Promise<void> {
    await this.uow.manager.query(
      `UPDATE elders SET care_level = $2, dementia = $3, latest_assessment_id = $4, latest_assessed_at = $5, updated_at = now()
        WHERE id = $1 AND (latest_assessed_at IS NULL OR latest_assessed_at <= $5)`,
      [elderId, assessment.finalLevel, assessment.dementia, assessment.id, assessment.assessedAt],
    );
  }

  /** For assessments: CIVIL_AFFAIRS in scope, or PROVIDER_STAFF of a provider linked to the elder. */
  async requireAssessable(actor: Actor, elderId: string): Promise<ElderEntity> {
    const elder = await this.findEntity(elderId);
    if (!elder || !(await can(this.assessPolicy, actor, elder))) throw notFound('Elder');
    return elder;
  }
}
