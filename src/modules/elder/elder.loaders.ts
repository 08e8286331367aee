import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { requestLoader, type GraphQLContext } from '../../core/graphql/graphql-context.js';
import type { ElderCategoryEntity, ElderEntity } from './elder.entity.js';
import { SubsidyService, type SubsidyFigures } from '../subsidy/subsidy.service.js';
import { ElderService, type ElderAccess, type ElderRecord } from './elder.service.js';
import { NO_RELATION, viewDependsOnRelation, type ElderView } from './elder-visibility.policy.js';

/** How the caller sees one elder: the view, and the relations it was decided from (none read when they could not matter). */
export interface ElderSight {
  view: ElderView;
  access: ElderAccess;
}

/**
 * Per-request batching of elder reads. An object that links an elder (an order, a reservation, a waitlist entry)
 * resolves it with `visibleById`: null when the visibility rule gives the caller nothing, and every personal field of
 * what it returns applies the rule again (ElderResolver), from the view decided once per elder and request. `byId` and `record` do no check (for the services' own use).
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
      const found = elders.filter((e): e is ElderEntity => !!e && !(e instanceof Error));
      // Through the view loader, so the fields of what is returned find their row's view already decided.
      await this.seeAll(ctx, found);
      return elders.map((elder) => (!elder || elder instanceof Error || this.sightOf(ctx, elder)!.view === 'NONE' ? null : elder));
    }));
  }

  /**
   * The caller's view of each elder (FULL, OVERVIEW or NONE), decided once per elder and request. The relations are
   * read (one query per batch) only for the elders whose view can depend on them (`viewDependsOnRelation`); each
   * decision is also kept for `sightOf`.
   */
  view(ctx: GraphQLContext): DataLoader<ElderEntity, ElderSight, string> {
    return requestLoader(ctx, 'elder.view', () => new DataLoader(
      async (elders: readonly ElderEntity[]) => {
        const asked = elders.filter((elder) => viewDependsOnRelation(ctx.actor, elder));
        const relations = asked.length ? await this.access(ctx).loadMany(asked.map((e) => e.id)) : [];
        const relationOf = new Map(asked.map((elder, i) => [elder.id, relations[i]]));
        return elders.map((elder) => {
          const relation = relationOf.get(elder.id) ?? NO_RELATION;
          if (relation instanceof Error) throw relation;
          return this.decide(ctx, elder, relation);
        });
      },
      { cacheKeyFn: (elder) => elder.id },
    ));
  }

  /** The caller's view of the elder from its relation to it, kept for `sightOf`. */
  private decide(ctx: GraphQLContext, elder: ElderEntity, access: ElderAccess): ElderSight {
    const sight = { view: this.elders.viewOf(ctx.actor, elder, access), access };
    this.sights(ctx).set(elder.id, sight);
    return sight;
  }

  /**
   * `visibleById` for the one elder a root field asks for (`elder(id)`), without going through three batch loaders one
   * tick after another: the row, then the caller's relation when the view can depend on it, read directly. The loaders
   * are primed with both, so the elder's fields and any later read of it in the request find them.
   */
  async visibleOne(ctx: GraphQLContext, id: string): Promise<ElderEntity | null> {
    const [elder = null] = await this.elders.findByIds([id]);
    this.byId(ctx).prime(id, elder);
    if (!elder) return null;
    let sight = this.sightOf(ctx, elder);
    if (!sight) {
      let access = NO_RELATION;
      if (viewDependsOnRelation(ctx.actor, elder)) {
        access = (await this.elders.accessMany(ctx.actor, [id])).get(id)!;
        this.access(ctx).prime(id, access);
      }
      sight = this.decide(ctx, elder, access);
      this.view(ctx).prime(elder, sight);
    }
    return sight.view === 'NONE' ? null : elder;
  }

  /**
   * The caller's view of the elder if this request has decided it already, else undefined: lets a field resolver
   * answer at once, without a promise, for the rows of a list or of `elder(id)` (which decide their rows' views).
   */
  sightOf(ctx: GraphQLContext, elder: ElderEntity): ElderSight | undefined {
    return this.sights(ctx).get(elder.id);
  }

  /** Decides the views of many elders together (one batch), e.g. a page before its fields are resolved. */
  async seeAll(ctx: GraphQLContext, elders: readonly ElderEntity[]): Promise<void> {
    if (elders.length === 0) return;
    for (const result of await this.view(ctx).loadMany(elders)) if (result instanceof Error) throw result;
  }

  private sights(ctx: GraphQLContext): Map<string, ElderSight> {
    return requestLoader(ctx, 'elder.sights', () => new Map<string, ElderSight>());
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
