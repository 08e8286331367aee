import { gradeInForceSql } from './provider-grade.policy.js';
import { Injectable } from '@nestjs/common';
import type { Repository } from 'typeorm';
import type { Actor } from '../../core/auth/actor.js';
import { access, can, definePolicy, type Param } from '../../core/access/access-policy.js';
import { regionPrefixPattern } from '../../core/access/region-code.js';
import { actsOnRegion } from '../../core/access/region-scope.js';
import { boxContainsSql, boxRadiusMetres, distanceKmSql } from '../../core/database/geo.js';
import { entityRows } from '../../core/database/entity-rows.js';
import { UnitOfWork } from '../../core/database/unit-of-work.js';
import { CARE_LEVELS_IN_ORDER, Role } from '../../core/domain/enums.js';
import { badInput, conflict, notFound } from '../../core/errors/domain-error.js';
import { pagedQuery, SqlParams } from '../../core/database/paged-query.js';
import type { Connection, PageArgs } from '../../core/graphql/pagination.js';
import type { CreateProviderInput, ProviderFilter, ServiceOfferingInput, UpdateProviderInput } from './dto/provider.input.js';
import { ProviderEntity, ServiceOfferingEntity } from './provider.entity.js';
import { creditCodeProblem, normalizeCreditCode } from './credit-code.policy.js';
import { mapConstraintError } from '../../core/errors/database-errors.js';
import { RegionService } from '../region/region.service.js';

export const DEFAULT_NEAR_RADIUS_KM = 10;

/** Two providers cannot share a credit code. */
export const creditCodeTaken = () => conflict('CREDIT_CODE_TAKEN', 'Another provider is registered with this unified social credit code');

/** A provider row as listed, with its distance from the query's point when one was given. */
export type ListedProvider = ProviderEntity & { distanceKm?: number | null };

/** What the provider access rules look at. */
export type ProviderRow = Pick<ProviderEntity, 'id' | 'regionCode'>;

/** Who changes a provider's registry entry: officers whose scope covers it, admins. */
export const PROVIDER_REGISTRAR = definePolicy<ProviderRow>('provider (registry)', {
  [Role.ADMIN]: [[access.any]],
  [Role.CIVIL_AFFAIRS]: [[access.region('regionCode', 'p.region_code')]],
});

/** Who runs the provider (beds, services, caregivers): its staff, admins. */
export const PROVIDER_OPERATOR = definePolicy<ProviderRow>('provider (operate)', {
  [Role.ADMIN]: [[access.any]],
  [Role.PROVIDER_STAFF]: [[access.provider('id', 'p.id')]],
});

/** Who sees a provider's non-public records (history, home beds, waitlists): its staff, officers in scope, admins. */
export const PROVIDER_OVERSEER = definePolicy<ProviderRow>('provider (oversee)', {
  [Role.ADMIN]: [[access.any]],
  [Role.CIVIL_AFFAIRS]: [[access.region('regionCode', 'p.region_code')]],
  [Role.PROVIDER_STAFF]: [[access.provider('id', 'p.id')]],
});

/**
 * The finder's free-bed filter. Bed counts are the capacity module's, and capacity depends on providers, so the provider
 * module declares this port and capacity provides it at start (`useFreeBedFilter`). It is a condition on the finder's
 * own query (not a list of ids fetched first): the finder stays one indexed query, filtered, ordered and paged in SQL.
 */
export interface FreeBedFilter {
  /** SQL: the provider in `providerIdColumn` has a free bed of `category` now. */
  sql(providerIdColumn: string, category: string, param: Param): string;
}

/** A provider as the officers' export lists it. */
export interface ProviderExportRow {
  id: string;
  regionCode: string;
  name: string;
  creditCode: string | null;
  kind: string;
  ownership: string;
  address: string;
  phone: string | null;
  serviceRadiusKm: number | null;
  dementiaCare: boolean;
  /** The grade in force, or null. */
  stars: number | null;
}

/** The provider registry: public facts for everyone, changes for officers in scope, services for the provider's staff. */
@Injectable()
export class ProviderService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly regions: RegionService,
  ) {}

  private freeBeds: FreeBedFilter | null = null;

  /** Capacity provides the finder's free-bed filter (see FreeBedFilter). */
  useFreeBedFilter(filter: FreeBedFilter): void {
    this.freeBeds = filter;
  }

  /** Through the ambient unit of work: inside a use case's transaction its connection, otherwise the pool. */
  private get providers(): Repository<ProviderEntity> {
    return this.uow.manager.getRepository(ProviderEntity);
  }

  private get offerings(): Repository<ServiceOfferingEntity> {
    return this.uow.manager.getRepository(ServiceOfferingEntity);
  }

  /** The provider row by id: a prepared statement (provider(id), the finder's page, every DataLoader batch). */
  async findById(id: string): Promise<ProviderEntity | null> {
    const rows = this.rows;
    const [row] = await this.uow.prepared('provider_by_id', `SELECT ${rows.columns()} FROM providers WHERE id = $1`, [id]);
    return row ? rows.hydrate(row) : null;
  }

  /**
   * findById and servicesFor of that provider in one statement (a booking needs both on every request); null if no such
   * provider. The offerings come as the same entities servicesFor gives, in the same order.
   */
  async findWithServices(id: string): Promise<{ provider: ProviderEntity; services: ServiceOfferingEntity[] } | null> {
    const rows = this.rows;
    const offerings = entityRows(this.uow.manager.connection, ServiceOfferingEntity);
    const [row] = await this.uow.prepared<Record<string, unknown> & { services: Array<Record<string, unknown>> }>(
      'provider_with_services',
      `SELECT ${rows.columns('p')},
              (SELECT coalesce(json_agg(x ORDER BY x.kind), '[]'::json)
                 FROM (SELECT ${offerings.columns('s')} FROM provider_services s WHERE s.provider_id = p.id) x) AS services
         FROM providers p WHERE p.id = $1`,
      [id],
    );
    return row ? { provider: rows.hydrate(row), services: row.services.map((s) => offerings.hydrate(s)) } : null;
  }

  /**
   * What a bed hold needs of the provider (id, ownership, region code) as a subquery of the caller's statement, to join
   * with LEFT JOIN LATERAL (...) ON true: no row when there is no such provider. `idPlaceholder` holds the id.
   */
  bedHolderSql(idPlaceholder: string): string {
    return `SELECT p.id, p.ownership, p.region_code FROM providers p WHERE p.id = ${idPlaceholder}::uuid`;
  }

  async findByIds(ids: readonly string[]): Promise<ProviderEntity[]> {
    const rows = this.rows;
    const found = await this.uow.prepared('providers_by_ids', `SELECT ${rows.columns()} FROM providers WHERE id = ANY($1::uuid[])`, [ids]);
    return found.map((row) => rows.hydrate(row));
  }

  private get rows() {
    return entityRows(this.uow.manager.connection, ProviderEntity);
  }

  /**
   * The registry under a region for the regional figures, in one query: per group of `groupLength`-digit code
   * prefixes and kind, how many providers, how many with a grade in force, how many of 3 stars or more, and the grades.
   */
  async regionFigures(prefix: string, groupLength: number): Promise<Array<{ g: string; kind: string; count: number; rated: number; three_plus: number; stars: number[] | null }>> {
    return this.uow.manager.query(
      `SELECT left(region_code, ${Number(groupLength)}) AS g, kind, count(*)::int AS count,
              count(${gradeInForceSql('p')})::int AS rated,
              count(*) FILTER (WHERE ${gradeInForceSql('p')} >= 3)::int AS three_plus,
              array_agg(${gradeInForceSql('p')}) FILTER (WHERE ${gradeInForceSql('p')} IS NOT NULL) AS stars
         FROM providers p WHERE region_code LIKE $1 GROUP BY 1, kind`,
      [regionPrefixPattern(prefix)],
    );
  }

  /**
   * One page of the registry under a region for the exports, by region code and id, after the key of the last row of
   * the page before (`['', '']` for the first): what the officers' list shows, the grade only while in force.
   */
  async exportPage(prefix: string, after: readonly [string, string], limit: number): Promise<ProviderExportRow[]> {
    const rows: Array<Record<string, any>> = await this.uow.manager.query(
      `SELECT p.id, p.region_code, p.name, p.credit_code, p.kind, p.ownership, p.address, p.phone, p.service_radius_km, p.dementia_care,
              ${gradeInForceSql('p')} AS stars
         FROM providers p
        WHERE p.region_code LIKE $1 AND (p.region_code, p.id::text) > ($2, $3)
        ORDER BY p.region_code, p.id::text LIMIT $4`,
      [regionPrefixPattern(prefix), after[0], after[1], limit],
    );
    return rows.map((r) => ({
      id: r.id,
      regionCode: r.region_code,
      name: r.name,
      creditCode: r.credit_code,
      kind: r.kind,
      ownership: r.ownership,
      address: r.address,
      phone: r.phone,
      serviceRadiusKm: r.service_radius_km,
      dementiaCare: r.dementia_care,
      stars: r.stars,
    }));
  }

  /** Providers whose star grade runs out in (after, until], for the reminders; one query. */
  async gradesExpiring(after: Date, until: Date): Promise<Array<{ id: string; name: string; regionCode: string; validUntil: Date }>> {
    const rows: Array<{ id: string; name: string; region_code: string; valid_until: Date }> = await this.uow.manager.query(
      `SELECT id, name, region_code, current_rating_valid_until AS valid_until FROM providers
        WHERE current_stars IS NOT NULL AND current_rating_valid_until > $1::timestamptz AND current_rating_valid_until <= $2::timestamptz`,
      [after, until],
    );
    return rows.map((r) => ({ id: r.id, name: r.name, regionCode: r.region_code, validUntil: r.valid_until }));
  }

  /**
   * A ProviderEntity from a providers row another query returned as JSON (matching's candidate query), column by column through the entity's own
   * metadata (JSON keeps numbers, booleans, arrays and strings; timestamps come back as ISO strings).
   */
  fromJsonRow(raw: Record<string, unknown>): ProviderEntity {
    const metadata = this.uow.manager.connection.getMetadata(ProviderEntity);
    const entity = metadata.create() as ProviderEntity;
    for (const column of metadata.columns) {
      const value = raw[column.databaseName];
      const isTime = column.type === 'timestamptz' || column.type === Date || column.type === 'timestamp';
      (entity as unknown as Record<string, unknown>)[column.propertyName] =
        value == null ? null : isTime ? new Date(value as string) : value;
    }
    return entity;
  }

  /** Public facts: anyone may read any provider. */
  async getPublic(id: string): Promise<ProviderEntity | null> {
    return this.findById(id);
  }

  /** The provider, if the actor may change its registry entry (officer in scope, admin); else NOT_FOUND. */
  async requireRegistrar(actor: Actor, id: string): Promise<ProviderEntity> {
    const provider = await this.findById(id);
    if (!provider || !(await can(PROVIDER_REGISTRAR, actor, provider))) throw notFound('Provider');
    return provider;
  }

  /** The provider, if the actor is its staff (or an admin); else NOT_FOUND. */
  async requireOperator(actor: Actor, id: string): Promise<ProviderEntity> {
    const provider = await this.findById(id);
    if (!provider || !(await can(PROVIDER_OPERATOR, actor, provider))) throw notFound('Provider');
    return provider;
  }

  /** The provider, if the actor may see its non-public records: its staff, officers in scope, admins. */
  async requireOverseer(actor: Actor, id: string): Promise<ProviderEntity> {
    const provider = await this.findById(id);
    if (!provider || !(await this.oversees(actor, provider))) throw notFound('Provider');
    return provider;
  }

  /** Whether the actor may see the provider's non-public records (PROVIDER_OVERSEER). */
  oversees(actor: Actor | null, provider: ProviderRow): Promise<boolean> {
    return can(PROVIDER_OVERSEER, actor, provider);
  }

  /**
   * The grade in force on the registry entry (read by the provider's current rating and the `minStars` filter): set by
   * the rating module when an assessment is finalized; null when the facility is no longer graded.
   */
  async setCurrentGrade(providerId: string, grade: { stars: number; ratingId: string; validUntil: Date } | null): Promise<void> {
    await this.providers.update(
      { id: providerId },
      grade
        ? { currentStars: grade.stars, currentRatingId: grade.ratingId, currentRatingValidUntil: grade.validUntil, updatedAt: new Date() }
        : { currentStars: null, currentRatingId: null, currentRatingValidUntil: null, updatedAt: new Date() },
    );
  }

  /** Counts one more review of a visit (1 to 5 stars) in the provider's review figures; in the caller's transaction. */
  async recordReview(providerId: string, stars: number): Promise<void> {
    await this.uow.manager.query(`UPDATE providers SET review_count = review_count + 1, review_sum = review_sum + $2 WHERE id = $1`, [providerId, stars]);
  }

  async create(actor: Actor, input: CreateProviderInput): Promise<ProviderEntity> {
    await this.regions.requirePlace(input.regionCode, 'input.regionCode');
    const creditCode = input.creditCode == null ? null : this.checkedCreditCode(input.creditCode, 'input.creditCode');
    if (!actsOnRegion(actor, input.regionCode)) {
      throw badInput('The region is outside your scope', [{ path: 'input.regionCode', message: 'outside your region scope' }]);
    }
    return this.insertEntry(input, creditCode);
  }

  /**
   * Writes a registry entry whose input is already checked (by `create`, or trusted: the demo seed's fixed region),
   * in the caller's unit of work.
   */
  insertEntry(input: Omit<CreateProviderInput, 'creditCode'>, creditCode: string | null = null): Promise<ProviderEntity> {
    const entity = this.providers.create({
      name: input.name,
      kind: input.kind,
      ownership: input.ownership,
      regionCode: input.regionCode,
      address: input.address,
      latitude: input.location.latitude,
      longitude: input.location.longitude,
      phone: input.phone ?? null,
      creditCode,
      serviceRadiusKm: input.serviceRadiusKm ?? null,
      acceptsCareLevels: input.acceptsCareLevels ?? [...CARE_LEVELS_IN_ORDER],
      dementiaCare: input.dementiaCare ?? false,
      reviewCount: 0,
      reviewSum: 0,
    });
    return this.providers.save(entity).catch((error) => mapConstraintError(error, { providers_credit_code_key: creditCodeTaken }));
  }

  /**
   * One provider row of an import, inside the open unit of work: the provider with this credit code is updated
   * when a field differs, left alone when none does, created when there is none. The input has passed the API's
   * validation, the credit code check and the region check; the officer must act on the old and the new region.
   */
  async importRow(actor: Actor, input: CreateProviderInput & { creditCode: string }): Promise<{ id: string; outcome: 'CREATED' | 'UPDATED' | 'UNCHANGED' }> {
    const fields = {
      name: input.name,
      kind: input.kind,
      ownership: input.ownership,
      regionCode: input.regionCode,
      address: input.address,
      latitude: input.location.latitude,
      longitude: input.location.longitude,
      phone: input.phone ?? null,
      serviceRadiusKm: input.serviceRadiusKm ?? null,
      dementiaCare: input.dementiaCare ?? false,
    };
    const repo = this.uow.manager.getRepository(ProviderEntity);
    const existing = await repo.createQueryBuilder('p').setLock('pessimistic_write').where('p.credit_code = :code', { code: input.creditCode }).getOne();
    if (!existing) {
      const created = await repo.save(repo.create({ ...fields, creditCode: input.creditCode, acceptsCareLevels: [...CARE_LEVELS_IN_ORDER], reviewCount: 0, reviewSum: 0 }));
      return { id: created.id, outcome: 'CREATED' };
    }
    if (!actsOnRegion(actor, existing.regionCode)) {
      throw badInput('The provider with this credit code is outside your scope', [{ path: 'input.creditCode', message: 'registered outside your region scope' }]);
    }
    const changes = Object.fromEntries(Object.entries(fields).filter(([key, value]) => (existing as unknown as Record<string, unknown>)[key] !== value));
    if (Object.keys(changes).length === 0) return { id: existing.id, outcome: 'UNCHANGED' };
    await repo.update({ id: existing.id }, { ...changes, updatedAt: new Date() });
    return { id: existing.id, outcome: 'UPDATED' };
  }

  /** The code normalized, or BAD_USER_INPUT naming the field when its form or check character is wrong. */
  checkedCreditCode(code: string, path: string): string {
    const normalized = normalizeCreditCode(code);
    const problem = creditCodeProblem(normalized);
    if (problem) throw badInput('Invalid unified social credit code', [{ path, message: `creditCode ${problem}` }]);
    return normalized;
  }

  /** The credit code, for its staff, officers in scope and admins; null for everyone else. */
  creditCodeFor(actor: Actor | null, provider: ProviderEntity): string | null {
    const allowed = actsOnRegion(actor, provider.regionCode) || (!!actor && (actor.role === Role.PROVIDER_STAFF || actor.role === Role.CAREGIVER) && actor.providerId === provider.id);
    return allowed ? provider.creditCode : null;
  }

  async update(actor: Actor, id: string, input: UpdateProviderInput): Promise<ProviderEntity> {
    const provider = await this.requireRegistrar(actor, id);
    const changes: Partial<ProviderEntity> = {};
    if (input.name !== undefined) changes.name = input.name;
    if (input.ownership !== undefined) changes.ownership = input.ownership;
    if (input.address !== undefined) changes.address = input.address;
    if (input.location !== undefined) {
      changes.latitude = input.location.latitude;
      changes.longitude = input.location.longitude;
    }
    if (input.phone !== undefined) changes.phone = input.phone;
    if (input.serviceRadiusKm !== undefined) changes.serviceRadiusKm = input.serviceRadiusKm;
    if (input.creditCode !== undefined) changes.creditCode = input.creditCode === null ? null : this.checkedCreditCode(input.creditCode, 'input.creditCode');
    if (input.acceptsCareLevels !== undefined) changes.acceptsCareLevels = input.acceptsCareLevels;
    if (input.dementiaCare !== undefined) changes.dementiaCare = input.dementiaCare;
    if (Object.keys(changes).length === 0) return provider;
    await this.providers.update({ id }, changes).catch((error) => mapConstraintError(error, { providers_credit_code_key: creditCodeTaken }));
    return (await this.findById(id))!;
  }

  /** Replaces the provider's service list (already checked: `setServices`, or the demo seed's), in one transaction. */
  async replaceServices(providerId: string, services: readonly ServiceOfferingInput[]): Promise<void> {
    await this.uow.run(async () => {
      // One writer at a time per provider: two replacements racing would otherwise both delete the old list and then
      // collide on each other's inserts.
      await this.uow.manager.query(`SELECT 1 FROM providers WHERE id = $1 FOR UPDATE`, [providerId]);
      await this.uow.manager.delete(ServiceOfferingEntity, { providerId });
      if (services.length) {
        await this.uow.manager.insert(
          ServiceOfferingEntity,
          services.map((s) => ({ providerId, kind: s.kind, priceFen: s.priceFen, unit: s.unit, durationMinutes: s.durationMinutes ?? null })),
        );
      }
      await this.uow.manager.update(ProviderEntity, { id: providerId }, { updatedAt: new Date() });
    });
  }

  /** Replaces the provider's service list and prices in one transaction. */
  async setServices(actor: Actor, providerId: string, services: ServiceOfferingInput[]): Promise<ProviderEntity> {
    const provider = await this.requireOperator(actor, providerId);
    const seen = new Set<string>();
    const duplicates = services
      .map((s, i) => ({ kind: s.kind, i }))
      .filter(({ kind }) => (seen.has(kind) ? true : (seen.add(kind), false)))
      .map(({ i }) => ({ path: `services[${i}].kind`, message: 'listed twice' }));
    if (duplicates.length) throw badInput('A service is listed twice', duplicates);
    await this.replaceServices(providerId, services);
    return provider;
  }

  /** Services of many providers at once (DataLoader batch; inside a transaction, on its connection). */
  async servicesFor(providerIds: readonly string[]): Promise<ServiceOfferingEntity[][]> {
    const offerings = entityRows(this.uow.manager.connection, ServiceOfferingEntity);
    const rows = (
      await this.uow.prepared('provider_services_by_providers', `SELECT ${offerings.columns()} FROM provider_services WHERE provider_id = ANY($1::uuid[]) ORDER BY kind`, [providerIds])
    ).map((row) => offerings.hydrate(row));
    const byProvider = new Map<string, ServiceOfferingEntity[]>();
    for (const row of rows) byProvider.set(row.providerId, [...(byProvider.get(row.providerId) ?? []), row]);
    return providerIds.map((id) => byProvider.get(id) ?? []);
  }

  /** The public finder: every filter in SQL, nearest first with `near`, else by name. */
  async list(filter: ProviderFilter | undefined, page: PageArgs): Promise<Connection<ListedProvider>> {
    const where: string[] = [];
    const params = new SqlParams();
    const param = params.param;
    if (filter?.radiusKm !== undefined && !filter.near) {
      throw badInput('radiusKm needs near', [{ path: 'filter.radiusKm', message: 'give `near` with a radius' }]);
    }
    if (filter?.kinds?.length) where.push(`p.kind = ANY(${param(filter.kinds)})`);
    if (filter?.regionCode) await this.regions.requirePrefix(filter.regionCode, 'filter.regionCode');
    if (filter?.regionCode) where.push(`p.region_code LIKE ${param(regionPrefixPattern(filter.regionCode))}`);
    if (filter?.ownership) where.push(`p.ownership = ${param(filter.ownership)}`);
    if (filter?.minStars) where.push(`${gradeInForceSql('p')} >= ${param(filter.minStars)}`);
    if (filter?.hasFreeBed) {
      if (!this.freeBeds) throw new Error('The free-bed filter is not provided (the capacity module provides it at start)');
      where.push(this.freeBeds.sql('p.id', filter.hasFreeBed, param));
    }
    let distance = 'NULL::double precision';
    let order = 'p.name, p.id';
    if (filter?.near) {
      const radiusKm = filter.radiusKm ?? DEFAULT_NEAR_RADIUS_KM;
      const lat = param(filter.near.latitude);
      const lon = param(filter.near.longitude);
      // The box uses the GiST index; the distance (as matching measures it) trims the box's corners to the circle.
      where.push(boxContainsSql(lat, lon, param(boxRadiusMetres(radiusKm))));
      distance = distanceKmSql(lat, lon);
      where.push(`${distance} <= ${param(radiusKm)}::float8`);
      order = 'distance_km, p.id';
    }
    // The page's rows are whole providers: one statement, not the ids and then the rows by id.
    const rows = this.rows;
    return pagedQuery<Record<string, unknown> & { distance_km: number | null }, ListedProvider>(
      this.uow.manager,
      // Prepared unless a region prefix is among the filters (see PagedQuery.prepare).
      { select: `${rows.columns('p')}, ${distance} AS distance_km`, from: 'providers p', where, orderBy: order, params, page, prepare: !filter?.regionCode },
      (found) => found.map((r) => Object.assign(rows.hydrate(r), { distanceKm: r.distance_km === null ? null : Number(r.distance_km) })),
    );
  }
}
