import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../core/auth/actor.js';
import { CurrentActor } from '../../core/auth/current-actor.decorator.js';
import { Roles } from '../../core/auth/roles.decorator.js';
import { ElderCategory, Role } from '../../core/domain/enums.js';
import { GeoPoint } from '../../core/graphql/geo-point.js';
import type { GraphQLContext } from '../../core/graphql/graphql-context.js';
import { PageArgs } from '../../core/graphql/pagination.js';
import { CreateElderInput, ElderFilter, UpdateElderInput } from './dto/elder.input.js';
import { ageOn, countedCategories, ELDER_CATEGORIES } from './elder-category.policy.js';
import type { ElderEntity } from './elder.entity.js';
import { ElderLoaders } from './elder.loaders.js';
import { CategoryStatusEnum, ElderCategoryDetail, ElderConnection, ElderGuardian, ElderModel, ElderSubsidy } from './elder.model.js';
import { FULL_COVERAGE_BP } from '../subsidy/subsidy.policy.js';
import { ElderService } from './elder.service.js';

@Resolver(() => ElderModel)
export class ElderResolver {
  constructor(
    private readonly service: ElderService,
    private readonly loaders: ElderLoaders,
  ) {}

  @Query(() => ElderModel, { nullable: true, description: 'An elder the caller may see (guardian, officer in scope, staff of a provider serving it, admin); NOT_FOUND otherwise.' })
  @Roles(Role.FAMILY, Role.PROVIDER_STAFF, Role.CIVIL_AFFAIRS, Role.ADMIN)
  elder(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: 'The elder (from `createElder`, `myElders` or `elders`).' }) id: string) {
    return this.service.getVisible(actor, id);
  }

  @Query(() => [ElderModel], { description: 'FAMILY: the elders the caller is guardian of.' })
  @Roles(Role.FAMILY)
  myElders(@CurrentActor() actor: Actor) {
    return this.service.myElders(actor);
  }

  @Query(() => ElderConnection, { description: 'CIVIL_AFFAIRS: elders in scope; PROVIDER_STAFF: elders the provider serves; ADMIN: all. Newest first.' })
  @Roles(Role.CIVIL_AFFAIRS, Role.PROVIDER_STAFF, Role.ADMIN)
  elders(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => ElderFilter, nullable: true, description: 'Optional filter by region prefix, categories (verified only, if asked), care levels and serving provider; the caller\'s scope always applies.' }) filter: ElderFilter,
    @Args() page: PageArgs,
  ) {
    return this.service.list(actor, filter, page);
  }

  @Mutation(() => ElderModel, { description: 'Registers an elder. FAMILY: the caller becomes guardian. CIVIL_AFFAIRS: in scope, categories verified.' })
  @Roles(Role.FAMILY, Role.CIVIL_AFFAIRS)
  createElder(@CurrentActor() actor: Actor, @Args('input', { description: 'The elder\'s record; the ID number is checked (GB 11643) and stored encrypted.' }) input: CreateElderInput) {
    return this.service.create(actor, input);
  }

  @Mutation(() => ElderModel, { description: 'Changes an elder\'s record: guardians, or CIVIL_AFFAIRS in scope (who alone verifies categories).' })
  @Roles(Role.FAMILY, Role.CIVIL_AFFAIRS)
  updateElder(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: 'The elder to change.' }) id: string, @Args('input', { description: 'Fields to change; fields left out stay as they are.' }) input: UpdateElderInput) {
    return this.service.update(actor, id, input);
  }

  @Mutation(() => ElderModel, { description: 'Adds a FAMILY account (by phone) as co-guardian. Guardians or CIVIL_AFFAIRS in scope. Idempotent.' })
  @Roles(Role.FAMILY, Role.CIVIL_AFFAIRS)
  addElderGuardian(@CurrentActor() actor: Actor, @Args('elderId', { type: () => ID, description: 'The elder.' }) elderId: string, @Args('phone', { description: 'Phone number of an existing FAMILY account to add as co-guardian.' }) phone: string) {
    return this.service.addGuardian(actor, elderId, phone);
  }

  @Mutation(() => ElderModel, { description: 'Removes a guardian (by phone). A family cannot remove the last guardian (LAST_GUARDIAN).' })
  @Roles(Role.FAMILY, Role.CIVIL_AFFAIRS)
  removeElderGuardian(@CurrentActor() actor: Actor, @Args('elderId', { type: () => ID, description: 'The elder.' }) elderId: string, @Args('phone', { description: 'Phone number of the guardian to remove.' }) phone: string) {
    return this.service.removeGuardian(actor, elderId, phone);
  }

  @Mutation(() => ElderModel, { description: 'Lets a provider serve the elder, so its staff may read the record and assess. Guardians or CIVIL_AFFAIRS in scope.' })
  @Roles(Role.FAMILY, Role.CIVIL_AFFAIRS)
  linkElderProvider(
    @CurrentActor() actor: Actor,
    @Args('elderId', { type: () => ID, description: 'The elder.' }) elderId: string,
    @Args('providerId', { type: () => ID, description: 'The provider that will serve the elder.' }) providerId: string,
  ) {
    return this.service.consentProvider(actor, elderId, providerId);
  }

  @ResolveField(() => Int, { description: 'Age in completed years today (China calendar).' })
  age(@Parent() elder: ElderEntity): number {
    return ageOn(elder.birthDate, new Date());
  }

  @ResolveField(() => [ElderCategory], { description: 'Categories on record, declared or verified, plus ADVANCED_AGE when the age reaches the regional threshold.' })
  async categories(@Parent() elder: ElderEntity, @Context() ctx: GraphQLContext): Promise<ElderCategory[]> {
    const details = await this.categoryDetails(elder, ctx);
    return details.map((d) => d.category);
  }

  @ResolveField(() => [ElderCategory], { description: 'The categories that count for eligibility: verified ones plus the derived ADVANCED_AGE.' })
  async verifiedCategories(@Parent() elder: ElderEntity, @Context() ctx: GraphQLContext): Promise<ElderCategory[]> {
    const [rows, threshold] = await Promise.all([
      this.loaders.categories(ctx).load(elder.id),
      this.loaders.advancedAgeThreshold(ctx).load(elder.regionCode),
    ]);
    return countedCategories(rows, ageOn(elder.birthDate, new Date()), threshold) as ElderCategory[];
  }

  @ResolveField(() => [ElderCategoryDetail], { description: 'Each category on record with its status.' })
  async categoryDetails(@Parent() elder: ElderEntity, @Context() ctx: GraphQLContext): Promise<ElderCategoryDetail[]> {
    const [rows, threshold] = await Promise.all([
      this.loaders.categories(ctx).load(elder.id),
      this.loaders.advancedAgeThreshold(ctx).load(elder.regionCode),
    ]);
    const details: ElderCategoryDetail[] = rows.map((r) => ({
      category: r.category,
      status: r.status as CategoryStatusEnum,
      verifiedAt: r.verifiedAt,
    }));
    if (ageOn(elder.birthDate, new Date()) >= threshold) {
      details.push({ category: ElderCategory.ADVANCED_AGE, status: CategoryStatusEnum.VERIFIED, verifiedAt: null });
    }
    return details.sort((a, b) => ELDER_CATEGORIES.indexOf(a.category) - ELDER_CATEGORIES.indexOf(b.category));
  }

  @ResolveField(() => ElderSubsidy, { description: 'Home-care subsidy under the regional rules in force at `at` (default now), from verified categories, age and care level.' })
  async subsidy(
    @Parent() elder: ElderEntity,
    @Context() ctx: GraphQLContext,
    @Args('at', { type: () => Date, nullable: true, description: 'Evaluate the rules in force at this time (default now).' }) at?: Date | null,
  ): Promise<ElderSubsidy> {
    const figures = (await this.loaders.subsidy(ctx).load(`${elder.id}@${at ? at.toISOString() : 'now'}`))!;
    return { ...figures, coverageRate: figures.coverageRateBp / FULL_COVERAGE_BP };
  }

  @ResolveField(() => String, { nullable: true, description: 'Home address; null unless the caller is a guardian, works for a provider serving the elder, or is an officer in scope.' })
  async address(@Parent() elder: ElderEntity, @Context() ctx: GraphQLContext): Promise<string | null> {
    return (await this.mayContact(elder, ctx)) ? elder.address : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'The elder\'s phone; same visibility as the address.' })
  async phone(@Parent() elder: ElderEntity, @Context() ctx: GraphQLContext): Promise<string | null> {
    return (await this.mayContact(elder, ctx)) ? elder.phone : null;
  }

  @ResolveField(() => GeoPoint, { nullable: true, description: 'Where the home is; same visibility as the address.' })
  async location(@Parent() elder: ElderEntity, @Context() ctx: GraphQLContext): Promise<GeoPoint | null> {
    return (await this.mayContact(elder, ctx)) ? { latitude: elder.latitude, longitude: elder.longitude } : null;
  }

  @ResolveField(() => [ElderGuardian], { nullable: true, description: 'The guardians; same visibility as the address.' })
  async guardians(@Parent() elder: ElderEntity, @Context() ctx: GraphQLContext): Promise<ElderGuardian[] | null> {
    return (await this.mayContact(elder, ctx)) ? this.loaders.guardians(ctx).load(elder.id) : null;
  }

  private async mayContact(elder: ElderEntity, ctx: GraphQLContext): Promise<boolean> {
    return this.service.mayContact(ctx.actor, elder, await this.loaders.access(ctx).load(elder.id));
  }
}
