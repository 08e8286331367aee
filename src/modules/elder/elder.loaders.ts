import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { requestLoader, type GraphQLContext } from '../../core/graphql/graphql-context.js';
import type { ElderCategoryEntity, ElderEntity } from './elder.entity.js';
import { SubsidyService, type SubsidyFigures } from '../subsidy/subsidy.service.js';
import { ElderService, type ElderAccess, type ElderRecord } from './elder.service.js';
import type { ElderView } from './elder-visibility.policy.js';

/**
 * Per-request batching of elder reads. An object that links an elder (an order, a reservation, a waitlist entry)
 * resolves it with `visibleById`: null when the visibility rule gives the caller nothing, and every personal field of
 * what it returns applies the rule again (ElderResolver). `byId` and `record` do no check (for the services' own use).
 */
@Injectable()
export class ElderLoaders {
  constructor(
    private readonly elders: ElderService,
    private readonly subsidies: SubsidyService,
  ) {}

  byId(ctx: GraphQLContext): DataLoader<string, ElderEntity | null> {
    return requestLoader(ctx, 'elder.byId', () => new DataLoader(async (ids: readonly string[]) => {
      const rows = await this.elders.findByIds(ids);
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }));
  }

  /** The elder for a nested field: null when the caller sees nothing of it (elder-visibility.policy.ts). */
  visibleById(ctx: GraphQLContext): DataLoader<string, ElderEntity | null> {
    return requestLoader(ctx, 'elder.visibleById', () => new DataLoader(async (ids: readonly string[]) => {
      const elders = await this.byId(ctx).loadMany(ids);
      const access = await this.access(ctx).loadMany(ids);
      return elders.map((elder, i) => {
        if (!elder || elder instanceof Error) return null;
        const relation = access[i];
        if (relation instanceof Error) throw relation;
        return this.elders.viewOf(ctx.actor, elder, relation) === 'NONE' ? null : elder;
      });
    }));
  }

  /** The caller's view of each elder (FULL, OVERVIEW or NONE). */
  view(ctx: GraphQLContext): DataLoader<ElderEntity, { view: ElderView; access: ElderAccess }, string> {
    return requestLoader(ctx, 'elder.view', () => new DataLoader(
      async (elders: readonly ElderEntity[]) => {
        const access = await this.access(ctx).loadMany(elders.map((e) => e.id));
        return elders.map((elder, i) => {
          const relation = access[i];
          if (relation instanceof Error) throw relation;
          return { view: this.elders.viewOf(ctx.actor, elder, relation), access: relation };
        });
      },
      { cacheKeyFn: (elder) => elder.id },
    ));
  }

  record(ctx: GraphQLContext): DataLoader<string, ElderRecord | null> {
    return requestLoader(ctx, 'elder.record', () => new DataLoader((ids: readonly string[]) => this.elders.recordsByIds(ids)));
  }

  /** The caller's guardianship and provider membership for each elder. */
  access(ctx: GraphQLContext): DataLoader<string, ElderAccess> {
    return requestLoader(ctx, 'elder.access', () => new DataLoader(async (ids: readonly string[]) => {
      const map = await this.elders.accessMany(ctx.actor, ids);
      return ids.map((id) => map.get(id)!);
    }));
  }

  categories(ctx: GraphQLContext): DataLoader<string, ElderCategoryEntity[]> {
    return requestLoader(ctx, 'elder.categories', () => new DataLoader(async (ids: readonly string[]) => {
      const map = await this.elders.categoriesOf(ids);
      return ids.map((id) => map.get(id) ?? []);
    }));
  }

  /** ADVANCED_AGE threshold by region code. */
  advancedAgeThreshold(ctx: GraphQLContext): DataLoader<string, number> {
    return requestLoader(ctx, 'elder.advancedAgeThreshold', () => new DataLoader(async (codes: readonly string[]) => {
      const map = await this.elders.advancedAgeThresholds(codes);
      return codes.map((c) => map.get(c)!);
    }));
  }

  /** Subsidy figures by `${elderId}@${ISO time or 'now'}`: one batch per distinct time (normally just "now"). */
  subsidy(ctx: GraphQLContext): DataLoader<string, SubsidyFigures | null> {
    return requestLoader(ctx, 'elder.subsidy', () => new DataLoader(async (keys: readonly string[]) => {
      const parsed = keys.map((k) => ({ id: k.slice(0, k.indexOf('@')), at: k.slice(k.indexOf('@') + 1) }));
      const records = await this.elders.recordsByIds([...new Set(parsed.map((p) => p.id))]);
      const byId = new Map(records.filter((r): r is ElderRecord => !!r).map((r) => [r.id, r]));
      const out = new Map<string, SubsidyFigures>();
      for (const at of new Set(parsed.map((p) => p.at))) {
        const group = [...new Set(parsed.filter((p) => p.at === at && byId.has(p.id)).map((p) => p.id))];
        const figures = await this.subsidies.eligibilityForMany(group.map((id) => byId.get(id)!), at === 'now' ? new Date() : new Date(at));
        group.forEach((id, i) => out.set(`${id}@${at}`, figures[i]));
      }
      return keys.map((k) => out.get(k) ?? null);
    }));
  }

  guardians(ctx: GraphQLContext): DataLoader<string, Array<{ userId: string; displayName: string; since: Date }>> {
    return requestLoader(ctx, 'elder.guardians', () => new DataLoader(async (ids: readonly string[]) => {
      const map = await this.elders.guardiansOf(ids);
      return ids.map((id) => map.get(id) ?? []);
    }));
  }
}
