import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../core/auth/actor.js';
import { CurrentActor } from '../../core/auth/current-actor.decorator.js';
import { Roles } from '../../core/auth/roles.decorator.js';
import { CareLevel, ElderCategory, Role } from '../../core/domain/enums.js';
import { notFound } from '../../core/errors/domain-error.js';
import { GeoPoint } from '../../core/graphql/geo-point.js';
import type { GraphQLContext } from '../../core/graphql/graphql-context.js';
import { PageArgs } from '../../core/graphql/pagination.js';
import { CreateElderInput, ElderFilter, UpdateElderInput } from './dto/elder.input.js';
import { ageOn, countedCategories, ELDER_CATEGORIES } from './elder-category.policy.js';
import type { ElderEntity } from './elder.entity.js';
import { ElderLoaders } from './elder.loaders.js';
import {
  CategoryStatusEnum,
  ElderCategoryDetail,
  ElderConnection,
  ElderGuardian,
  ElderGuardianInvitation,
  ElderModel,
  ElderSubsidy,
  ElderViewEnum,
  Gender,
  SelfCareClassEnum,
  SupportFormEnum,
} from './elder.model.js';
import { ageBand, idNumberShown, overviewName, overviewRegion, type ElderView } from './elder-visibility.policy.js';
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
  async elder(@Args('id', { type: () => ID, description: 'The elder (from `createElder`, `myElders` or `elders`).' }) id: string, @Context() ctx: GraphQLContext) {
    // Through the request's loaders: the caller's relation to the elder read here is the one its fields' view uses.
    const elder = await this.loaders.visibleById(ctx).load(id);
    if (!elder) throw notFound('Elder');
    return elder;
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

  @Mutation(() => ElderModel, {
    description:
      'A co-guardian by phone. CIVIL_AFFAIRS in scope: adds the FAMILY account at once. A guardian: invites the phone, whose owner ' +
      'accepts with acceptElderGuardianInvitation; the answer is the same whether or not the phone has an account. Idempotent.',
  })
  @Roles(Role.FAMILY, Role.CIVIL_AFFAIRS)
  addElderGuardian(@CurrentActor() actor: Actor, @Args('elderId', { type: () => ID, description: 'The elder.' }) elderId: string, @Args('phone', { description: 'Phone number of an existing FAMILY account to add as co-guardian.' }) phone: string) {
    return this.service.addGuardian(actor, elderId, phone);
  }

  @Query(() => [ElderGuardianInvitation], { description: 'FAMILY: open invitations to the caller\'s phone to become co-guardian.' })
  @Roles(Role.FAMILY)
  myElderGuardianInvitations(@CurrentActor() actor: Actor) {
    return this.service.myGuardianInvitations(actor);
  }

  @Mutation(() => ElderModel, { description: 'FAMILY: accepts an invitation to the caller\'s phone and becomes co-guardian of the elder.' })
  @Roles(Role.FAMILY)
  acceptElderGuardianInvitation(
    @CurrentActor() actor: Actor,
    @Args('invitationId', { type: () => ID, description: 'From myElderGuardianInvitations.' }) invitationId: string,
  ) {
    return this.service.acceptGuardianInvitation(actor, invitationId);
  }

  @Mutation(() => ElderModel, {
    description: 'Removes a guardian (by phone); a phone that is no guardian changes nothing. A family cannot remove the last guardian (LAST_GUARDIAN).',
  })
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

  // ---- every personal field applies the visibility rule (elder-visibility.policy.ts)

  @ResolveField(() => ElderViewEnum, { description: 'How much of this elder the caller sees; the fields below say what each view shows.' })
  async view(@Parent() elder: ElderEntity, @Context() ctx: GraphQLContext): Promise<ElderView> {
    return (await this.see(elder, ctx)).view;
  }

  @ResolveField(() => String, { description: 'Full name; in the OVERVIEW only the first character (surname) and `*` for the rest.' })
  async fullName(@Parent() elder: ElderEntity, @Context() ctx: GraphQLContext): Promise<string> {
    const { view } = await this.see(elder, ctx);
    return view === 'FULL' ? elder.fullName : view === 'OVERVIEW' ? overviewName(elder.fullName) : '*';
  }

  @ResolveField(() => Gender, { name: 'gender', nullable: true, description: 'Sex as on the ID card (FULL and OVERVIEW).' })
  async genderField(@Parent() elder: ElderEntity, @Context() ctx: GraphQLContext): Promise<Gender | null> {
    return (await this.see(elder, ctx)).view === 'NONE' ? null : (elder.gender as Gender);
  }

  @ResolveField(() => CareLevel, { name: 'careLevel', nullable: true, description: 'Final level of the latest capability assessment (FULL and OVERVIEW); null before the first.' })
  async careLevelField(@Parent() elder: ElderEntity, @Context() ctx: GraphQLContext): Promise<CareLevel | null> {
    return (await this.see(elder, ctx)).view === 'NONE' ? null : elder.careLevel;
  }

  @ResolveField(() => String, { nullable: true, description: 'Birth date, YYYY-MM-DD (agrees with the ID number); FULL only.' })
  async birthDate(@Parent() elder: ElderEntity, @Context() ctx: GraphQLContext): Promise<string | null> {
    return (await this.full(elder, ctx)) ? elder.birthDate : null;
  }

  @ResolveField(() => String, {
    description:
      'The resident ID number masked: the last 4 characters to guardians, no character to anyone else (with the birth date, gender and ' +
      'region they see, the last 4 would give the whole number away). The full number is never returned.',
  })
  async idNumberMasked(@Parent() elder: ElderEntity, @Context() ctx: GraphQLContext): Promise<string> {
    const { view, access } = await this.see(elder, ctx);
    return idNumberShown(view, access, elder.idNumberMasked);
  }

  @ResolveField(() => String, { description: 'Region code (行政区划代码) where the elder lives; in the OVERVIEW the county only (6 digits).' })
  async regionCode(@Parent() elder: ElderEntity, @Context() ctx: GraphQLContext): Promise<string> {
    const { view } = await this.see(elder, ctx);
    return view === 'FULL' ? elder.regionCode : view === 'OVERVIEW' ? overviewRegion(elder.regionCode) : '';
  }

  @ResolveField(() => Int, { nullable: true, description: 'Age in completed years today (China calendar); FULL only (see ageBand).' })
  async age(@Parent() elder: ElderEntity, @Context() ctx: GraphQLContext): Promise<number | null> {
    return (await this.full(elder, ctx)) ? ageOn(elder.birthDate, new Date()) : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Five-year age band such as "80-84" ("100+"), FULL and OVERVIEW.' })
  async ageBand(@Parent() elder: ElderEntity, @Context() ctx: GraphQLContext): Promise<string | null> {
    return (await this.see(elder, ctx)).view === 'NONE' ? null : ageBand(ageOn(elder.birthDate, new Date()));
  }

  @ResolveField(() => SupportFormEnum, { nullable: true, description: 'Extreme-poverty elders only: institution or home support; FULL only.' })
  async supportForm(@Parent() elder: ElderEntity, @Context() ctx: GraphQLContext): Promise<string | null> {
    return (await this.full(elder, ctx)) ? elder.supportForm : null;
  }

  @ResolveField(() => SelfCareClassEnum, { nullable: true, description: 'Extreme-poverty elders only: self-care class; FULL only.' })
  async selfCareClass(@Parent() elder: ElderEntity, @Context() ctx: GraphQLContext): Promise<string | null> {
    return (await this.full(elder, ctx)) ? elder.selfCareClass : null;
  }

  @ResolveField(() => [ElderCategory], { nullable: true, description: 'Categories on record, declared or verified, plus ADVANCED_AGE when the age reaches the regional threshold; FULL only.' })
  async categories(@Parent() elder: ElderEntity, @Context() ctx: GraphQLContext): Promise<ElderCategory[] | null> {
    const details = await this.categoryDetails(elder, ctx);
    return details ? details.map((d) => d.category) : null;
  }

  @ResolveField(() => [ElderCategory], { nullable: true, description: 'The categories that count for eligibility: verified ones plus the derived ADVANCED_AGE; FULL only.' })
  async verifiedCategories(@Parent() elder: ElderEntity, @Context() ctx: GraphQLContext): Promise<ElderCategory[] | null> {
    if (!(await this.full(elder, ctx))) return null;
    const [rows, threshold] = await Promise.all([
      this.loaders.categories(ctx).load(elder.id),
      this.loaders.advancedAgeThreshold(ctx).load(elder.regionCode),
    ]);
    return countedCategories(rows, ageOn(elder.birthDate, new Date()), threshold) as ElderCategory[];
  }

  @ResolveField(() => [ElderCategoryDetail], { nullable: true, description: 'Each category on record with its status; FULL only.' })
  async categoryDetails(@Parent() elder: ElderEntity, @Context() ctx: GraphQLContext): Promise<ElderCategoryDetail[] | null> {
    if (!(await this.full(elder, ctx))) return null;
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

  @ResolveField(() => ElderSubsidy, { nullable: true, description: 'Home-care subsidy under the regional rules in force at `at` (default now), from verified categories, age and care level; FULL only.' })
  async subsidy(
    @Parent() elder: ElderEntity,
    @Context() ctx: GraphQLContext,
    @Args('at', { type: () => Date, nullable: true, description: 'Evaluate the rules in force at this time (default now).' }) at?: Date | null,
  ): Promise<ElderSubsidy | null> {
    if (!(await this.full(elder, ctx))) return null;
    const figures = (await this.loaders.subsidy(ctx).load(`${elder.id}@${at ? at.toISOString() : 'now'}`))!;
    return { ...figures, coverageRate: figures.coverageRateBp / FULL_COVERAGE_BP };
  }

  @ResolveField(() => String, { nullable: true, description: 'Home address; FULL only (guardians, staff of a serving provider, the caregiver of a visit, officers in scope).' })
  async address(@Parent() elder: ElderEntity, @Context() ctx: GraphQLContext): Promise<string | null> {
    return (await this.full(elder, ctx)) ? elder.address : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'The elder\'s phone; FULL only.' })
  async phone(@Parent() elder: ElderEntity, @Context() ctx: GraphQLContext): Promise<string | null> {
    return (await this.full(elder, ctx)) ? elder.phone : null;
  }

  @ResolveField(() => GeoPoint, { nullable: true, description: 'Where the home is; FULL only.' })
  async location(@Parent() elder: ElderEntity, @Context() ctx: GraphQLContext): Promise<GeoPoint | null> {
    return (await this.full(elder, ctx)) ? { latitude: elder.latitude, longitude: elder.longitude } : null;
  }

  @ResolveField(() => [ElderGuardian], { nullable: true, description: 'The guardians; FULL only.' })
  async guardians(@Parent() elder: ElderEntity, @Context() ctx: GraphQLContext): Promise<ElderGuardian[] | null> {
    return (await this.full(elder, ctx)) ? this.loaders.guardians(ctx).load(elder.id) : null;
  }

  private see(elder: ElderEntity, ctx: GraphQLContext) {
    return this.loaders.view(ctx).load(elder);
  }

  private async full(elder: ElderEntity, ctx: GraphQLContext): Promise<boolean> {
    return (await this.see(elder, ctx)).view === 'FULL';
  }
}
