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
import { ElderLoaders, type ElderSight } from './elder.loaders.js';
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
    // The view decided here (from one read of the caller's relation) is the one its fields use.
    const elder = await this.loaders.visibleOne(ctx, id);
    if (!elder) throw notFound('Elder');
    return elder;
  }

  @Query(() => [ElderModel], { description: 'FAMILY: the elders the caller is guardian of.' })
  @Roles(Role.FAMILY)
  async myElders(@CurrentActor() actor: Actor, @Context() ctx: GraphQLContext) {
    const elders = await this.service.myElders(actor);
    await this.loaders.seeAll(ctx, elders);
    return elders;
  }

  @Query(() => ElderConnection, { description: 'CIVIL_AFFAIRS: elders in scope; PROVIDER_STAFF: elders the provider serves; ADMIN: all. Newest first.' })
  @Roles(Role.CIVIL_AFFAIRS, Role.PROVIDER_STAFF, Role.ADMIN)
  async elders(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => ElderFilter, nullable: true, description: 'Optional filter by region prefix, categories (verified only, if asked), care levels and serving provider; the caller\'s scope always applies.' }) filter: ElderFilter,
    @Args() page: PageArgs,
    @Context() ctx: GraphQLContext,
  ) {
    const connection = await this.service.list(actor, filter, page);
    // The page's views are decided together (an officer's own region needs no query), so that every field of every
    // row then answers at once.
    await this.loaders.seeAll(ctx, connection.nodes);
    return connection;
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
  //
  // The fields take GraphQL's own (parent, args, context) and no parameter decorators: Nest then hands graphql-js the
  // method itself instead of wrapping each call in its context (pipes on every parameter, interceptors, several
  // promises), which for a page of 50 rows was most of the request's CPU. They answer at once from the row's view when
  // the request has decided it (`elders`, `myElders` and `elder(id)` decide it for their rows before the fields run),
  // and wait for it otherwise.

  @ResolveField(() => ElderViewEnum, { description: 'How much of this elder the caller sees; the fields below say what each view shows.' })
  view(elder: ElderEntity, _args: unknown, ctx: GraphQLContext): Shown<ElderView> {
    return this.shown(elder, ctx, ({ view }) => view);
  }

  @ResolveField(() => String, { description: 'Full name; in the OVERVIEW only the first character (surname) and `*` for the rest.' })
  fullName(elder: ElderEntity, _args: unknown, ctx: GraphQLContext): Shown<string> {
    return this.shown(elder, ctx, ({ view }) => (view === 'FULL' ? elder.fullName : view === 'OVERVIEW' ? overviewName(elder.fullName) : '*'));
  }

  @ResolveField(() => Gender, { name: 'gender', nullable: true, description: 'Sex as on the ID card (FULL and OVERVIEW).' })
  genderField(elder: ElderEntity, _args: unknown, ctx: GraphQLContext): Shown<Gender | null> {
    return this.shown(elder, ctx, ({ view }) => (view === 'NONE' ? null : (elder.gender as Gender)));
  }

  @ResolveField(() => CareLevel, { name: 'careLevel', nullable: true, description: 'Final level of the latest capability assessment (FULL and OVERVIEW); null before the first.' })
  careLevelField(elder: ElderEntity, _args: unknown, ctx: GraphQLContext): Shown<CareLevel | null> {
    return this.shown(elder, ctx, ({ view }) => (view === 'NONE' ? null : elder.careLevel));
  }

  @ResolveField(() => String, { nullable: true, description: 'Birth date, YYYY-MM-DD (agrees with the ID number); FULL only.' })
  birthDate(elder: ElderEntity, _args: unknown, ctx: GraphQLContext): Shown<string | null> {
    return this.shown(elder, ctx, ({ view }) => (view === 'FULL' ? elder.birthDate : null));
  }

  @ResolveField(() => String, {
    description:
      'The resident ID number masked: the last 4 characters to guardians, no character to anyone else (with the birth date, gender and ' +
      'region they see, the last 4 would give the whole number away). The full number is never returned.',
  })
  idNumberMasked(elder: ElderEntity, _args: unknown, ctx: GraphQLContext): Shown<string> {
    return this.shown(elder, ctx, ({ view, access }) => idNumberShown(view, access, elder.idNumberMasked));
  }

  @ResolveField(() => String, { description: 'Region code (行政区划代码) where the elder lives; in the OVERVIEW the county only (6 digits).' })
  regionCode(elder: ElderEntity, _args: unknown, ctx: GraphQLContext): Shown<string> {
    return this.shown(elder, ctx, ({ view }) => (view === 'FULL' ? elder.regionCode : view === 'OVERVIEW' ? overviewRegion(elder.regionCode) : ''));
  }

  @ResolveField(() => Int, { nullable: true, description: 'Age in completed years today (China calendar); FULL only (see ageBand).' })
  age(elder: ElderEntity, _args: unknown, ctx: GraphQLContext): Shown<number | null> {
    return this.shown(elder, ctx, ({ view }) => (view === 'FULL' ? ageOn(elder.birthDate, new Date()) : null));
  }

  @ResolveField(() => String, { nullable: true, description: 'Five-year age band such as "80-84" ("100+"), FULL and OVERVIEW.' })
  ageBand(elder: ElderEntity, _args: unknown, ctx: GraphQLContext): Shown<string | null> {
    return this.shown(elder, ctx, ({ view }) => (view === 'NONE' ? null : ageBand(ageOn(elder.birthDate, new Date()))));
  }

  @ResolveField(() => SupportFormEnum, { nullable: true, description: 'Extreme-poverty elders only: institution or home support; FULL only.' })
  supportForm(elder: ElderEntity, _args: unknown, ctx: GraphQLContext): Shown<string | null> {
    return this.shown(elder, ctx, ({ view }) => (view === 'FULL' ? elder.supportForm : null));
  }

  @ResolveField(() => SelfCareClassEnum, { nullable: true, description: 'Extreme-poverty elders only: self-care class; FULL only.' })
  selfCareClass(elder: ElderEntity, _args: unknown, ctx: GraphQLContext): Shown<string | null> {
    return this.shown(elder, ctx, ({ view }) => (view === 'FULL' ? elder.selfCareClass : null));
  }

  @ResolveField(() => [ElderCategory], { nullable: true, description: 'Categories on record, declared or verified, plus ADVANCED_AGE when the age reaches the regional threshold; FULL only.' })
  async categories(elder: ElderEntity, _args: unknown, ctx: GraphQLContext): Promise<ElderCategory[] | null> {
    const details = await this.categoryDetails(elder, _args, ctx);
    return details ? details.map((d) => d.category) : null;
  }

  @ResolveField(() => [ElderCategory], { nullable: true, description: 'The categories that count for eligibility: verified ones plus the derived ADVANCED_AGE; FULL only.' })
  async verifiedCategories(elder: ElderEntity, _args: unknown, ctx: GraphQLContext): Promise<ElderCategory[] | null> {
    if (!(await this.full(elder, ctx))) return null;
    const [rows, threshold] = await Promise.all([
      this.loaders.categories(ctx).load(elder.id),
      this.loaders.advancedAgeThreshold(ctx).load(elder.regionCode),
    ]);
    return countedCategories(rows, ageOn(elder.birthDate, new Date()), threshold) as ElderCategory[];
  }

  @ResolveField(() => [ElderCategoryDetail], { nullable: true, description: 'Each category on record with its status; FULL only.' })
  async categoryDetails(elder: ElderEntity, _args: unknown, ctx: GraphQLContext): Promise<ElderCategoryDetail[] | null> {
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
  address(elder: ElderEntity, _args: unknown, ctx: GraphQLContext): Shown<string | null> {
    return this.shown(elder, ctx, ({ view }) => (view === 'FULL' ? elder.address : null));
  }

  @ResolveField(() => String, { nullable: true, description: 'The elder\'s phone; FULL only.' })
  phone(elder: ElderEntity, _args: unknown, ctx: GraphQLContext): Shown<string | null> {
    return this.shown(elder, ctx, ({ view }) => (view === 'FULL' ? elder.phone : null));
  }

  @ResolveField(() => GeoPoint, { nullable: true, description: 'Where the home is; FULL only.' })
  location(elder: ElderEntity, _args: unknown, ctx: GraphQLContext): Shown<GeoPoint | null> {
    return this.shown(elder, ctx, ({ view }) => (view === 'FULL' ? { latitude: elder.latitude, longitude: elder.longitude } : null));
  }

  @ResolveField(() => [ElderGuardian], { nullable: true, description: 'The guardians; FULL only.' })
  async guardians(elder: ElderEntity, _args: unknown, ctx: GraphQLContext): Promise<ElderGuardian[] | null> {
    return (await this.full(elder, ctx)) ? this.loaders.guardians(ctx).load(elder.id) : null;
  }

  /** `show` applied to the caller's view of the elder: at once when the request has decided it, else when it has. */
  private shown<T>(elder: ElderEntity, ctx: GraphQLContext, show: (sight: ElderSight) => T): Shown<T> {
    const sight = this.loaders.sightOf(ctx, elder);
    return sight ? show(sight) : this.loaders.view(ctx).load(elder).then(show);
  }

  private async full(elder: ElderEntity, ctx: GraphQLContext): Promise<boolean> {
    return (await this.shown(elder, ctx, ({ view }) => view)) === 'FULL';
  }
}

/** A field's value, at once or (when the row's view is still to be decided) later. */
type Shown<T> = T | Promise<T>;
