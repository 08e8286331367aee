import { Args, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../core/auth/actor.js';
import { CurrentActor } from '../../core/auth/current-actor.decorator.js';
import { Roles } from '../../core/auth/roles.decorator.js';
import { Role } from '../../core/domain/enums.js';
import type { GraphQLContext } from '../../core/graphql/graphql-context.js';
import type { ElderEntity } from '../elder/elder.entity.js';
import { ElderLoaders } from '../elder/elder.loaders.js';
import { ElderModel } from '../elder/elder.model.js';
import { CapabilityAssessmentInput } from './dto/capability-assessment.input.js';
import type { CapabilityAssessmentEntity } from './capability-assessment.entity.js';
import { CapabilityAssessmentLoaders } from './capability-assessment.loaders.js';
import { AssessmentAdjustment, Assessor, CapabilityAssessmentModel, DimensionScores, ItemScores } from './capability-assessment.model.js';
import { CapabilityAssessmentService } from './capability-assessment.service.js';

@Resolver(() => CapabilityAssessmentModel)
export class CapabilityAssessmentResolver {
  constructor(
    private readonly service: CapabilityAssessmentService,
    private readonly loaders: CapabilityAssessmentLoaders,
  ) {}

  @Mutation(() => CapabilityAssessmentModel, {
    description: 'Records a GB/T 42195 assessment: CIVIL_AFFAIRS in scope, or PROVIDER_STAFF of a provider serving the elder. Bad items: ASSESSMENT_INVALID naming each.',
  })
  @Roles(Role.CIVIL_AFFAIRS, Role.PROVIDER_STAFF)
  recordCapabilityAssessment(@CurrentActor() actor: Actor, @Args('input', { description: 'The 26 item scores of GB/T 42195-2022 in the standard\'s order, the adjustments and when it was assessed.' }) input: CapabilityAssessmentInput) {
    return this.service.record(actor, input);
  }

  @Query(() => CapabilityAssessmentModel, { nullable: true, description: 'One assessment, for whoever may read its elder; NOT_FOUND otherwise.' })
  @Roles(Role.FAMILY, Role.PROVIDER_STAFF, Role.CIVIL_AFFAIRS, Role.ADMIN)
  capabilityAssessment(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: 'The assessment (from `recordCapabilityAssessment` or an elder\'s `assessments`).' }) id: string) {
    return this.service.getVisible(actor, id);
  }

  @ResolveField(() => DimensionScores, { description: 'Points per dimension.' })
  dimensionScores(a: CapabilityAssessmentEntity): DimensionScores {
    return { selfCare: a.selfCareScore, mobility: a.mobilityScore, mentalState: a.mentalStateScore, perceptionSocial: a.perceptionSocialScore };
  }

  @ResolveField(() => ItemScores, { description: 'The 26 item scores as recorded.' })
  itemScores(a: CapabilityAssessmentEntity): ItemScores {
    return { selfCare: a.selfCare, mobility: a.mobility, mentalState: a.mentalState, perceptionSocial: a.perceptionSocial };
  }

  @ResolveField(() => [AssessmentAdjustment], { description: 'Adjustments that applied, in order.' })
  adjustments(a: CapabilityAssessmentEntity): AssessmentAdjustment[] {
    return a.adjustments as AssessmentAdjustment[];
  }

  @ResolveField(() => Int, { description: 'Care-risk events in the 30 days before.' })
  careRiskEventsLast30Days(a: CapabilityAssessmentEntity): number {
    return a.careRiskEvents;
  }

  @ResolveField(() => Date, { description: 'When the next assessment is due.' })
  nextAssessmentDue(a: CapabilityAssessmentEntity): Date {
    return a.nextDue;
  }

  @ResolveField(() => Date, { description: 'When it was recorded on the platform.' })
  recordedAt(a: CapabilityAssessmentEntity): Date {
    return a.createdAt;
  }

  @ResolveField(() => Assessor, { description: 'Who recorded it.' })
  async assessor(a: CapabilityAssessmentEntity, _args: unknown, ctx: GraphQLContext): Promise<Assessor> {
    return { id: a.assessorId, role: a.assessorRole, providerId: a.assessorProviderId, displayName: await this.loaders.assessorName(ctx).load(a.assessorId) };
  }
}

/**
 * The assessment fields of Elder, resolved here so that the elder module does not depend on this one. Scores and
 * diagnoses are part of the record: FULL view only (elder-visibility.policy.ts). Like ElderResolver's fields, these take
 * GraphQL's own (parent, args, context) without parameter decorators, so Nest does not wrap each call in its context.
 */
@Resolver(() => ElderModel)
export class ElderAssessmentFieldsResolver {
  constructor(
    private readonly loaders: CapabilityAssessmentLoaders,
    private readonly elderLoaders: ElderLoaders,
  ) {}

  @ResolveField(() => CapabilityAssessmentModel, { nullable: true, description: 'The latest assessment (by assessment time); null before the first, and outside the FULL view.' })
  async latestAssessment(elder: ElderEntity, _args: unknown, ctx: GraphQLContext) {
    if (!elder.latestAssessmentId || !(await this.full(elder, ctx))) return null;
    return this.loaders.byId(ctx).load(elder.latestAssessmentId);
  }

  @ResolveField(() => [CapabilityAssessmentModel], { nullable: true, description: 'Every assessment, newest first; null outside the FULL view.' })
  async assessments(elder: ElderEntity, _args: unknown, ctx: GraphQLContext) {
    if (!(await this.full(elder, ctx))) return null;
    return this.loaders.historyByElder(ctx).load(elder.id);
  }

  @ResolveField(() => Date, { nullable: true, description: 'When the next assessment is due (from the latest one); null before the first, and outside the FULL view.' })
  async nextAssessmentDue(elder: ElderEntity, _args: unknown, ctx: GraphQLContext): Promise<Date | null> {
    if (!elder.latestAssessmentId || !(await this.full(elder, ctx))) return null;
    return (await this.loaders.byId(ctx).load(elder.latestAssessmentId))?.nextDue ?? null;
  }

  /** The row's view as the request decided it (a list or `elder(id)` decides it before the fields run), else when it has. */
  private async full(elder: ElderEntity, ctx: GraphQLContext): Promise<boolean> {
    return (this.elderLoaders.sightOf(ctx, elder) ?? (await this.elderLoaders.view(ctx).load(elder))).view === 'FULL';
  }
}
