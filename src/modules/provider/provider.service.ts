import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager, type Repository } from 'typeorm';
import type { Actor } from '../../core/auth/actor.js';
import { actsOnRegion, regionPrefixPattern, worksFor } from '../../core/access/region-scope.js';
import { boxContainsSql, boxRadiusMetres, distanceKmSql } from '../../core/database/geo.js';
import { CARE_LEVELS_IN_ORDER, Role } from '../../core/domain/enums.js';
import { badInput, conflict, notFound } from '../../core/errors/domain-error.js';
import { decodeOffsetCursor, toConnection, type Connection, type PageArgs } from '../../core/graphql/pagination.js';
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

/** The provider registry: public facts for everyone, changes for officers in scope, services for the provider's staff. */
@Injectable()
export class ProviderService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(ProviderEntity) private readonly providers: Repository<ProviderEntity>,
    @InjectRepository(ServiceOfferingEntity) private readonly offerings: Repository<ServiceOfferingEntity>,
    private readonly regions: RegionService,
  ) {}

  findById(id: string): Promise<ProviderEntity | null> {
    return this.providers.findOne({ where: { id } });
  }

  findByIds(ids: readonly string[]): Promise<ProviderEntity[]> {
    return this.providers.find({ where: { id: In([...ids]) } });
  }

  /** Public facts: anyone may read any provider. */
  async getPublic(id: string): Promise<ProviderEntity | null> {
    return this.findById(id);
  }

  /** The provider, if the actor may change its registry entry (officer in scope, admin); else NOT_FOUND. */
  async requireRegistrar(actor: Actor, id: string): Promise<ProviderEntity> {
    const provider = await this.findById(id);
    if (!provider || !actsOnRegion(actor, provider.regionCode)) throw notFound('Provider');
    return provider;
  }

  /** The provider, if the actor is its staff (or an admin); else NOT_FOUND. */
  async requireOperator(actor: Actor, id: string): Promise<ProviderEntity> {
    const provider = await this.findById(id);
    const allowed = actor.role === Role.ADMIN || (actor.role === Role.PROVIDER_STAFF && worksFor(actor, id));
    if (!provider || !allowed) throw notFound('Provider');
    return provider;
  }

  /** The provider, if the actor may see its non-public records: its staff, officers in scope, admins. */
  async requireOverseer(actor: Actor, id: string): Promise<ProviderEntity> {
    const provider = await this.findById(id);
    const allowed = provider && (actsOnRegion(actor, provider.regionCode) || (actor.role === Role.PROVIDER_STAFF && worksFor(actor, id)));
    if (!provider || !allowed) throw notFound('Provider');
    return provider;
  }

  async create(actor: Actor, input: CreateProviderInput): Promise<ProviderEntity> {
    await this.regions.requirePlace(input.regionCode, 'input.regionCode');
    const creditCode = input.creditCode == null ? null : this.checkedCreditCode(input.creditCode, 'input.creditCode');
    if (!actsOnRegion(actor, input.regionCode)) {
      throw badInput('The region is outside your scope', [{ path: 'input.regionCode', message: 'outside your region scope' }]);
    }
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
   * One provider row of an import, inside the caller's unit of work: the provider with this credit code is updated
   * when a field differs, left alone when none does, created when there is none. The input has passed the API's
   * validation, the credit code check and the region check; the officer must act on the old and the new region.
   */
  async importRow(actor: Actor, manager: EntityManager, input: CreateProviderInput & { creditCode: string }): Promise<{ id: string; outcome: 'CREATED' | 'UPDATED' | 'UNCHANGED' }> {
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
    const repo = manager.getRepository(ProviderEntity);
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
    const allowed = actsOnRegion(actor, provider.regionCode) || worksFor(actor, provider.id);
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

  /** Replaces the provider's service list and prices in one transaction. */
  async setServices(actor: Actor, providerId: string, services: ServiceOfferingInput[]): Promise<ProviderEntity> {
    const provider = await this.requireOperator(actor, providerId);
    const seen = new Set<string>();
    const duplicates = services
      .map((s, i) => ({ kind: s.kind, i }))
      .filter(({ kind }) => (seen.has(kind) ? true : (seen.add(kind), false)))
      .map(({ i }) => ({ path: `services[${i}].kind`, message: 'listed twice' }));
    if (duplicates.length) throw badInput('A service is listed twice', duplicates);
    await this.dataSource.transaction(async (manager) => {
      // One writer at a time per provider: two replacements racing would otherwise both delete the old list and then
      // collide on each other's inserts.
      await manager.query(`SELECT 1 FROM providers WHERE id = $1 FOR UPDATE`, [providerId]);
      await manager.delete(ServiceOfferingEntity, { providerId });
      if (services.length) {
        await manager.insert(
          ServiceOfferingEntity,
          services.map((s) => ({ providerId, kind: s.kind, priceFen: s.priceFen, unit: s.unit, durationMinutes: s.durationMinutes ?? null })),
        );
      }
      await manager.update(ProviderEntity, { id: providerId }, { updatedAt: new Date() });
    });
    return provider;
  }

  /** Services of many providers at once (DataLoader batch). */
  async servicesFor(providerIds: readonly string[]): Promise<ServiceOfferingEntity[][]> {
    const rows = await this.offerings.find({ where: { providerId: In([...providerIds]) }, order: { kind: 'ASC' } });
    const byProvider = new Map<string, ServiceOfferingEntity[]>();
    for (const row of rows) byProvider.set(row.providerId, [...(byProvider.get(row.providerId) ?? []), row]);
    return providerIds.map((id) => byProvider.get(id) ?? []);
  }

  /** The public finder: every filter in SQL, nearest first with `near`, else by name. */
  async list(filter: ProviderFilter | undefined, page: PageArgs): Promise<Connection<ListedProvider>> {
    const offset = decodeOffsetCursor(page.after);
    const where: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    if (filter?.radiusKm !== undefined && !filter.near) {
      throw badInput('radiusKm needs near', [{ path: 'filter.radiusKm', message: 'give `near` with a radius' }]);
    }
    if (filter?.kinds?.length) where.push(`p.kind = ANY(${param(filter.kinds)})`);
    if (filter?.regionCode) await this.regions.requirePrefix(filter.regionCode, 'filter.regionCode');
    if (filter?.regionCode) where.push(`p.region_code LIKE ${param(regionPrefixPattern(filter.regionCode))}`);
    if (filter?.ownership) where.push(`p.ownership = ${param(filter.ownership)}`);
    if (filter?.minStars) where.push(`p.current_stars >= ${param(filter.minStars)} AND p.current_rating_valid_until > now()`);
    if (filter?.hasFreeBed) {
      where.push(`EXISTS (SELECT 1 FROM bed_capacity bc WHERE bc.provider_id = p.id AND bc.category = ${param(filter.hasFreeBed)}
        AND bc.occupied + bc.reserved < bc.total)`);
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
    const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT p.id, ${distance} AS distance_km, count(*) OVER () AS total_count
         FROM providers p ${whereSql}
        ORDER BY ${order}
        LIMIT ${param(page.first + 1)} OFFSET ${param(offset)}`,
      params,
    );
    let totalCount = rows.length > 0 ? Number(rows[0].total_count) : 0;
    if (rows.length === 0 && offset > 0) {
      const [{ count }] = await this.dataSource.query(`SELECT count(*) AS count FROM providers p ${whereSql}`, params.slice(0, -2));
      totalCount = Number(count);
    }
    const entities = rows.length ? await this.findByIds(rows.map((r) => r.id as string)) : [];
    const byId = new Map(entities.map((e) => [e.id, e]));
    const ordered = rows.map((r) => Object.assign(byId.get(r.id as string)!, { distanceKm: r.distance_km === null ? null : Number(r.distance_km) }));
    return toConnection(ordered, totalCount, offset, page.first);
  }
}
