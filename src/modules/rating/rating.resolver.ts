import { Args, Float, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../core/auth/actor.js';
import { CurrentActor } from '../../core/auth/current-actor.decorator.js';
import { Public, Roles } from '../../core/auth/roles.decorator.js';
import { ProviderKind, Role } from '../../core/domain/enums.js';
import type { GraphQLContext } from '../../core/graphql/graphql-context.js';
import { InputValidationPipe } from '../../core/graphql/input-validation.pipe.js';
import { PageArgs } from '../../core/graphql/pagination.js';
import type { ProviderEntity } from '../provider/provider.entity.js';
import { ProviderLoaders } from '../provider/provider.loaders.js';
import { ProviderModel } from '../provider/provider.model.js';
import {
  PublishRatingRubricInput,
  RatingAssessmentFilter,
  RatingFactsInput,
  RatingItemScoreInput,
  RatingSubsidyTierInput,
} from './dto/rating.input.js';
import type { RatingAssessmentEntity } from './rating.entity.js';
import { RatingLoaders } from './rating.loaders.js';
import {
  ProviderRatingSubsidy,
  RatingAssessmentConnection,
  RatingAssessmentModel,
  RatingEvent,
  RatingFacts,
  RatingItemScore,
  RatingPrerequisite,
  RatingPrerequisiteCode,
  RatingPrerequisiteResult,
  RatingRubricModel,
  RatingSubsidyTier,
} from './rating.model.js';
import { RatingRubricService, type RubricVersion } from './rating-rubric.service.js';
import { describePrerequisite } from './rating-rubric.policy.js';
import { totalPoints, unscoredItemCodes } from './rating-score.policy.js';
import { failedPrerequisiteCodes, isGradeCurrent } from './rating-star.policy.js';
import { RatingService } from './rating.service.js';

@Resolver(() => RatingAssessmentModel)
export class RatingResolver {
  constructor(
    private readonly ratings: RatingService,
    private readonly rubrics: RatingRubricService,
    private readonly loaders: RatingLoaders,
    private readonly providerLoaders: ProviderLoaders,
  ) {}

  // ---- rubrics and tiers ---------------------------------------------------------------------------------------

  @Query(() => RatingRubricModel, {
    description: 'The current rubric for a provider kind (or a given version). NOT_FOUND when the kind has none (home-care agencies by default).',
  })
  @Public()
  ratingRubric(
    @Args('kind', { type: () => ProviderKind, description: 'The provider kind whose rubric to read.' }) kind: ProviderKind,
    @Args('version', { type: () => Int, nullable: true, description: 'A past version; the current one when omitted.' }) version?: number | null,
  ) {
    return version == null ? this.rubrics.current(kind) : this.rubrics.version(kind, version);
  }

  @Mutation(() => RatingRubricModel, { description: 'Publishes a new rubric version for a kind (ADMIN). Assessments in progress keep their version.' })
  @Roles(Role.ADMIN)
  publishRatingRubric(@CurrentActor() actor: Actor, @Args('input', { description: 'The rubric: sections with items and points, thresholds per star and prerequisites.' }) input: PublishRatingRubricInput) {
    return this.rubrics.publish(actor, input);
  }

  @Query(() => [RatingSubsidyTier], { description: 'The grade-linked operating subsidy table (public policy).' })
  @Public()
  ratingSubsidyTiers(
    @Args('kind', { type: () => ProviderKind, nullable: true, description: 'Only tiers of this provider kind; all kinds when left out.' }) kind?: ProviderKind | null,
    @Args('regionPrefix', { type: () => String, nullable: true, description: 'Only this exact prefix; "" is the national default.' })
    regionPrefix?: string | null,
  ) {
    return this.ratings.listTiers(kind, regionPrefix);
  }

  @Mutation(() => [RatingSubsidyTier], { description: 'Replaces the subsidy tiers of a kind for a region prefix (ADMIN); "" sets the national default.' })
  @Roles(Role.ADMIN)
  setRatingSubsidyTiers(
    @CurrentActor() actor: Actor,
    @Args('kind', { type: () => ProviderKind, description: 'The provider kind the tiers apply to.' }) kind: ProviderKind,
    @Args('tiers', { type: () => [RatingSubsidyTierInput], description: 'The tiers by stars (1 to 5): a monthly amount per occupied bed and a flat monthly amount, both in fen.' }, new InputValidationPipe(RatingSubsidyTierInput)) tiers: RatingSubsidyTierInput[],
    @Args('regionPrefix', { type: () => String, defaultValue: '', description: 'Region-code prefix, 0 to 12 digits.' }) regionPrefix: string,
  ) {
    return this.ratings.setTiers(actor, kind, regionPrefix, tiers);
  }

  // ---- assessments ---------------------------------------------------------------------------------------------

  @Query(() => RatingAssessmentModel, {
    nullable: true,
    description: 'An assessment: officers in scope and admins see all, a provider\'s staff its published ones; null otherwise.',
  })
  @Roles(Role.CIVIL_AFFAIRS, Role.ADMIN, Role.PROVIDER_STAFF)
  ratingAssessment(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: 'The assessment (from `startRatingAssessment` or `ratingAssessments`).' }) id: string) {
    return this.ratings.get(actor, id);
  }

  @Query(() => RatingAssessmentConnection, {
    description: 'Rating history, newest first: officers see their region, admins everything, staff their provider\'s published grades.',
  })
  @Roles(Role.CIVIL_AFFAIRS, Role.ADMIN, Role.PROVIDER_STAFF)
  ratingAssessments(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => RatingAssessmentFilter, nullable: true, description: 'Optional filter by provider, region prefix and status; the caller\'s scope always applies.' }) filter: RatingAssessmentFilter,
    @Args() page: PageArgs,
  ) {
    return this.ratings.list(actor, filter, page);
  }

  @Mutation(() => RatingAssessmentModel, {
    description: 'Starts a DRAFT on the kind\'s current rubric (CIVIL_AFFAIRS in scope). One DRAFT per provider: RATING_IN_PROGRESS otherwise.',
  })
  @Roles(Role.CIVIL_AFFAIRS)
  startRatingAssessment(
    @CurrentActor() actor: Actor,
    @Args('providerId', { type: () => ID, description: 'The provider to grade; it must be in the officer\'s scope and have no DRAFT assessment.' }) providerId: string,
    @Args('facts', { type: () => RatingFactsInput, nullable: true, description: 'Facts for the prerequisites, if known already.' })
    facts?: RatingFactsInput,
  ) {
    return this.ratings.start(actor, providerId, facts);
  }

  @Mutation(() => RatingAssessmentModel, { description: 'Records the assessor\'s facts for the prerequisites while DRAFT.' })
  @Roles(Role.CIVIL_AFFAIRS)
  recordRatingFacts(
    @CurrentActor() actor: Actor,
    @Args('assessmentId', { type: () => ID, description: 'The DRAFT assessment.' }) assessmentId: string,
    @Args('facts', { type: () => RatingFactsInput, description: 'Caregivers, fully dependent residents, rooms and rooms with own bathroom, as counted on site.' }) facts: RatingFactsInput,
  ) {
    return this.ratings.recordFacts(actor, assessmentId, facts);
  }

  @Mutation(() => RatingAssessmentModel, {
    description: 'Records points per item while DRAFT (repeatable; a rescored item is replaced). Unknown items and points out of range: ASSESSMENT_INVALID.',
  })
  @Roles(Role.CIVIL_AFFAIRS)
  scoreRatingItems(
    @CurrentActor() actor: Actor,
    @Args('assessmentId', { type: () => ID, description: 'The DRAFT assessment.' }) assessmentId: string,
    @Args('scores', { type: () => [RatingItemScoreInput], description: 'Points per rubric item code (0 to the item\'s maximum); scoring an item again replaces its points.' }, new InputValidationPipe(RatingItemScoreInput)) scores: RatingItemScoreInput[],
  ) {
    return this.ratings.score(actor, assessmentId, scores);
  }

  @Mutation(() => RatingAssessmentModel, {
    description: 'Computes the stars (thresholds capped by prerequisites), publishes the grade for 3 years and supersedes the previous one.',
  })
  @Roles(Role.CIVIL_AFFAIRS)
  finalizeRatingAssessment(@CurrentActor() actor: Actor, @Args('assessmentId', { type: () => ID, description: 'The DRAFT assessment, with every item scored.' }) assessmentId: string) {
    return this.ratings.finalize(actor, assessmentId);
  }

  // ---- assessment fields ---------------------------------------------------------------------------------------

  @ResolveField(() => ProviderModel, { description: 'The provider assessed.' })
  provider(a: RatingAssessmentEntity, _args: unknown, ctx: GraphQLContext) {
    return this.providerLoaders.byId(ctx).load(a.providerId);
  }

  @ResolveField(() => RatingRubricModel, { description: 'The rubric version the assessment is scored against (kept when newer versions appear).' })
  rubric(a: RatingAssessmentEntity, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.rubricById(ctx).load(a.rubricId);
  }

  @ResolveField(() => Int, { description: 'Version number of that rubric.' })
  async rubricVersion(a: RatingAssessmentEntity, _args: unknown, ctx: GraphQLContext) {
    return (await this.loaders.rubricById(ctx).load(a.rubricId))!.version;
  }

  @ResolveField(() => Float, { description: 'Total points: final when published, the points so far while DRAFT.' })
  async totalPoints(a: RatingAssessmentEntity, _args: unknown, ctx: GraphQLContext) {
    return a.totalPoints ?? totalPoints(await this.loaders.scores(ctx).load(a.id));
  }

  @ResolveField(() => [RatingPrerequisiteCode], {
    description: 'The prerequisites that capped the grade below the stars its points earn, each once; empty when none did.',
  })
  failedPrerequisites(a: RatingAssessmentEntity): string[] {
    return failedPrerequisiteCodes(a.failedPrerequisites ?? []);
  }

  @ResolveField(() => [RatingPrerequisiteResult], { description: 'The failed prerequisites per star, with required and actual values.' })
  failedPrerequisiteDetails(a: RatingAssessmentEntity) {
    return a.failedPrerequisites ?? [];
  }

  @ResolveField(() => [RatingPrerequisiteResult], { description: 'Every prerequisite checked when finalized.' })
  prerequisiteResults(a: RatingAssessmentEntity) {
    return a.prerequisiteResults ?? [];
  }

  @ResolveField(() => RatingFacts, { description: 'The facts the prerequisites are checked against.' })
  facts(a: RatingAssessmentEntity): RatingFacts {
    return {
      caregiverCount: a.caregiverCount,
      fullyDependentResidentCount: a.fullyDependentResidentCount,
      roomCount: a.roomCount,
      roomsWithOwnBathroomCount: a.roomsWithOwnBathroomCount,
      occupiedBeds: a.occupiedBeds,
      totalBeds: a.totalBeds,
    };
  }

  @ResolveField(() => [RatingItemScore], { description: 'Points given per item.' })
  scores(a: RatingAssessmentEntity, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.scores(ctx).load(a.id);
  }

  @ResolveField(() => [String], { description: 'Items of the rubric not scored yet; finalizing needs none left.' })
  async unscoredItemCodes(a: RatingAssessmentEntity, _args: unknown, ctx: GraphQLContext) {
    const [rubric, scores] = await Promise.all([this.loaders.rubricById(ctx).load(a.rubricId), this.loaders.scores(ctx).load(a.id)]);
    return unscoredItemCodes(rubric!, scores.map((s) => s.itemCode));
  }

  @ResolveField(() => [RatingEvent], { description: 'Audit trail: every step with who, when and what changed.' })
  events(a: RatingAssessmentEntity, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.events(ctx).load(a.id);
  }

  @ResolveField(() => Boolean, { description: 'Whether this is the provider\'s grade in force (published, with stars, not expired).' })
  isCurrent(a: RatingAssessmentEntity): boolean {
    return a.status === 'PUBLISHED' && (a.stars ?? 0) > 0 && !!a.validUntil && isGradeCurrent(a.validUntil, new Date());
  }

  @ResolveField(() => Boolean, { description: 'Whether its validity has ended.' })
  expired(a: RatingAssessmentEntity): boolean {
    return !!a.validUntil && !isGradeCurrent(a.validUntil, new Date());
  }
}

@Resolver(() => RatingRubricModel)
export class RatingRubricResolver {
  @ResolveField(() => [RatingPrerequisite], { description: 'Per-star prerequisites that cap the grade when they fail.' })
  prerequisites(r: RubricVersion): RatingPrerequisite[] {
    return r.prerequisites.map((p) => ({ ...p, code: p.code as RatingPrerequisite['code'], description: describePrerequisite(p) }));
  }
}

/** Rating fields on the provider: what its current grade is worth. */
@Resolver(() => ProviderModel)
export class ProviderRatingResolver {
  constructor(private readonly loaders: RatingLoaders) {}

  @ResolveField(() => ProviderRatingSubsidy, {
    description: 'The subsidy tier of the current grade (奖补) and the monthly amount at today\'s occupancy; zero when ungraded or expired.',
  })
  ratingSubsidy(provider: ProviderEntity, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.subsidy(ctx).load(provider.id);
  }
}
