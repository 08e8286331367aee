import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { requestLoader, type GraphQLContext } from '../../core/graphql/graphql-context.js';
import type { ElderCategoryEntity, ElderEntity } from './elder.entity.js';
import { SubsidyService, type SubsidyFigures } from '../subsidy/subsidy.service.js';
import { ElderService, type ElderRecord } from './elder.service.js';

/**
 * Per-request batching of elder reads. `byId` and `record` do no access check: use them for an elder nested in an
 * object the caller may already see (an order, a reservation). Contact fields check `access` themselves.
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

  record(ctx: GraphQLContext): DataLoader<string, ElderRecord | null> {
    return requestLoader(ctx, 'elder.record', () => new DataLoader((ids: readonly string[]) => this.elders.recordsByIds(ids)));
  }

  /** Whether the caller may see each elder's contact details (the elder's contact policy, in one batch). */
  mayContact(ctx: GraphQLContext): DataLoader<ElderEntity, boolean, string> {
    return requestLoader(ctx, 'elder.mayContact', () =>
      new DataLoader((elders: readonly ElderEntity[]) => this.elders.mayContactMany(ctx.actor, elders), { cacheKeyFn: (e) => e.id }),
    );
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
