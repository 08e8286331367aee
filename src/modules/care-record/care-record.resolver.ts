import { Args, Context, ID, Int, Mutation, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import type { Actor } from '../../core/auth/actor.js';
import { CurrentActor } from '../../core/auth/current-actor.decorator.js';
import { Roles } from '../../core/auth/roles.decorator.js';
import { Role } from '../../core/domain/enums.js';
import { badInput } from '../../core/errors/domain-error.js';
import { GeoPointInput } from '../../core/graphql/geo-point.js';
import type { GraphQLContext } from '../../core/graphql/graphql-context.js';
import { PageArgs } from '../../core/graphql/pagination.js';
import { HomeCareOrderModel } from '../home-care/home-care.model.js';
import type { HomeCareOrderRecord } from '../home-care/home-care-order.record.js';
import { CareAlertService } from './care-alert.service.js';
import { CarePlanService } from './care-plan.service.js';
import { CareRecordLoaders } from './care-record.loaders.js';
import {
  CareAlert,
  CarePlan,
  Emergency,
  Incident,
  IncidentConnection,
  IncidentEvent,
  MedicationAdministration,
  MedicationOrder,
  Observation,
  RiskAlert,
  RiskAlertSummary,
  VisitTask,
} from './care-record.model.js';
import {
  CarePlanInput,
  IncidentFilter,
  IncidentInput,
  MedicationAdministrationInput,
  MedicationOrderInput,
  ObservationInput,
} from './dto/care-record.input.js';
import { EmergencyService } from './emergency.service.js';
import { IncidentService } from './incident.service.js';
import { MedicationService } from './medication.service.js';
import { ObservationService } from './observation.service.js';
import { RatingReadiness } from './rating-readiness.model.js';
import { RatingReadinessService } from './rating-readiness.service.js';
import { RiskRadarService } from './risk-radar.service.js';

const ALL_ROLES = [Role.FAMILY, Role.CAREGIVER, Role.PROVIDER_STAFF, Role.CIVIL_AFFAIRS, Role.ADMIN];
/** Health records are need-to-know: officers see incidents, emergencies and figures only. */
const HEALTH_READERS = [Role.FAMILY, Role.CAREGIVER, Role.PROVIDER_STAFF, Role.ADMIN];

const elderArg = { type: () => ID, description: 'The elder.' };
const firstArg = (max: number) => ({ type: () => Int, defaultValue: 20, description: `How many, newest first (1 to ${max}).` });

/** Care plans, observations, medication and alerts (docs/care-records.md). */
@Resolver(() => CarePlan)
export class CareRecordResolver {
  constructor(
    private readonly plans: CarePlanService,
    private readonly observationService: ObservationService,
    private readonly medication: MedicationService,
    private readonly risks: RiskRadarService,
    private readonly alerts: CareAlertService,
    private readonly readinessService: RatingReadinessService,
  ) {}

  @Query(() => RatingReadiness, { description: 'The star prerequisites from live data, incidents of the last 12 months and the stars the last scores would give today (the provider\'s staff, officers in scope, admins).' })
  @Roles(Role.PROVIDER_STAFF, Role.CIVIL_AFFAIRS, Role.ADMIN)
  ratingReadiness(@CurrentActor() actor: Actor, @Args('providerId', { type: () => ID, description: 'The provider (a home).' }) providerId: string) {
    return this.readinessService.readiness(actor, providerId);
  }

  @Mutation(() => CarePlan, { description: 'Sets (replaces) the care plan of an elder with the caller\'s provider, which must serve the elder (PROVIDER_STAFF).' })
  @Roles(Role.PROVIDER_STAFF)
  setCarePlan(@CurrentActor() actor: Actor, @Args('input', { description: 'Goals and tasks.' }) input: CarePlanInput) {
    return this.plans.set(actor, input);
  }

  @Query(() => CarePlan, { nullable: true, description: 'The care plan of an elder with a provider; null when none was set. Guardians, the serving provider\'s staff, assigned caregivers (audited).' })
  @Roles(...HEALTH_READERS)
  carePlan(@CurrentActor() actor: Actor, @Args('elderId', elderArg) elderId: string, @Args('providerId', { type: () => ID, description: 'The provider.' }) providerId: string) {
    return this.plans.get(actor, elderId, providerId);
  }

  @Query(() => CarePlan, { description: 'A starting plan from the dimensions that scored low at the elder\'s latest capability assessment (not saved).' })
  @Roles(...HEALTH_READERS)
  suggestedCarePlan(@CurrentActor() actor: Actor, @Args('elderId', elderArg) elderId: string) {
    return this.plans.suggested(actor, elderId);
  }

  @Mutation(() => Observation, { description: 'Records an observation at a visit or a shift (the serving provider\'s staff, caregivers assigned to the elder\'s visits); feeds the risk radar.' })
  @Roles(Role.PROVIDER_STAFF, Role.CAREGIVER)
  recordObservation(@CurrentActor() actor: Actor, @Args('input', { description: 'What was observed.' }) input: ObservationInput) {
    return this.observationService.record(actor, input);
  }

  @Query(() => [Observation], { description: 'An elder\'s observations, newest first (guardians, serving staff, assigned caregivers; audited).' })
  @Roles(...HEALTH_READERS)
  observations(@CurrentActor() actor: Actor, @Args('elderId', elderArg) elderId: string, @Args('first', firstArg(100)) first: number) {
    checkFirst(first, 100);
    return this.observationService.list(actor, elderId, first);
  }

  @Mutation(() => MedicationOrder, { description: 'Creates or replaces a medication order for an elder the caller\'s provider serves (PROVIDER_STAFF).' })
  @Roles(Role.PROVIDER_STAFF)
  setMedicationOrder(@CurrentActor() actor: Actor, @Args('input', { description: 'The order.' }) input: MedicationOrderInput) {
    return this.medication.setOrder(actor, input);
  }

  @Mutation(() => MedicationAdministration, { description: 'Records what happened to one scheduled dose, once (serving staff, assigned caregivers).' })
  @Roles(Role.PROVIDER_STAFF, Role.CAREGIVER)
  recordMedicationAdministration(@CurrentActor() actor: Actor, @Args('input', { description: 'The dose and what happened.' }) input: MedicationAdministrationInput) {
    return this.medication.recordAdministration(actor, input);
  }

  @Query(() => [MedicationOrder], { description: 'An elder\'s medication orders (guardians, serving staff, assigned caregivers; audited).' })
  @Roles(...HEALTH_READERS)
  medicationOrders(@CurrentActor() actor: Actor, @Args('elderId', elderArg) elderId: string) {
    return this.medication.ordersOf(actor, elderId);
  }

  @Query(() => [MedicationAdministration], { description: 'An elder\'s dose records, newest scheduled first (guardians, serving staff, assigned caregivers; audited).' })
  @Roles(...HEALTH_READERS)
  medicationAdministrations(@CurrentActor() actor: Actor, @Args('elderId', elderArg) elderId: string, @Args('first', firstArg(200)) first: number) {
    checkFirst(first, 200);
    return this.medication.administrationsOf(actor, elderId, first);
  }

  @Query(() => [RiskAlert], { description: 'Open risk alerts of the elders a provider serves (its staff; audited).' })
  @Roles(Role.PROVIDER_STAFF, Role.ADMIN)
  eldersAtRisk(@CurrentActor() actor: Actor, @Args('providerId', { type: () => ID, description: 'The provider the caller works for.' }) providerId: string) {
    return this.risks.eldersAtRisk(actor, providerId);
  }

  @Mutation(() => RiskAlert, { description: 'Staff of a provider serving the elder acknowledge a risk alert; the rule may fire again on new records.' })
  @Roles(Role.PROVIDER_STAFF)
  acknowledgeRiskAlert(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: 'The open alert.' }) id: string) {
    return this.risks.acknowledge(actor, id);
  }

  @Query(() => RiskAlertSummary, { description: 'Open risk alerts of a region in figures (CIVIL_AFFAIRS in scope, ADMIN).' })
  @Roles(Role.CIVIL_AFFAIRS, Role.ADMIN)
  riskAlerts(@CurrentActor() actor: Actor, @Args('regionCode', { description: 'A region-code prefix inside the caller\'s scope.' }) regionCode: string) {
    return this.risks.summary(actor, regionCode);
  }

  @Query(() => [CareAlert], { description: 'The caller\'s alerts, newest first: staff and caregivers their provider\'s, officers their region\'s, guardians their own (notifications are not sent yet).' })
  @Roles(...ALL_ROLES)
  careAlerts(@CurrentActor() actor: Actor, @Args('first', firstArg(100)) first: number) {
    checkFirst(first, 100);
    return this.alerts.listFor(actor, first);
  }
}

function checkFirst(first: number, max: number): void {
  if (!Number.isInteger(first) || first < 1 || first > max) throw badInput(`first must be 1 to ${max}`, [{ path: 'first', message: `1 to ${max}` }]);
}

/** Incidents and emergency help. */
@Resolver(() => Incident)
export class IncidentResolver {
  constructor(
    private readonly incidentService: IncidentService,
    private readonly emergencies: EmergencyService,
    private readonly loaders: CareRecordLoaders,
  ) {}

  @Mutation(() => Incident, { description: 'Reports an incident (staff and caregivers serving the elder, guardians); serious ones alert the officer in scope at once.' })
  @Roles(Role.PROVIDER_STAFF, Role.CAREGIVER, Role.FAMILY)
  reportIncident(@CurrentActor() actor: Actor, @Args('input', { description: 'What happened.' }) input: IncidentInput) {
    return this.incidentService.report(actor, input);
  }

  @Mutation(() => Incident, { description: 'REPORTED → UNDER_REVIEW (staff of the incident\'s provider, officers in scope).' })
  @Roles(Role.PROVIDER_STAFF, Role.CIVIL_AFFAIRS, Role.ADMIN)
  startIncidentReview(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: 'The incident.' }) id: string) {
    return this.incidentService.transition(actor, id, 'START_REVIEW', null);
  }

  @Mutation(() => Incident, { description: 'Closes an incident with its outcome (staff of the incident\'s provider, officers in scope).' })
  @Roles(Role.PROVIDER_STAFF, Role.CIVIL_AFFAIRS, Role.ADMIN)
  closeIncident(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'The incident.' }) id: string,
    @Args('outcome', { description: 'What came of it (the first 4000 characters are kept).' }) outcome: string,
  ) {
    return this.incidentService.transition(actor, id, 'CLOSE', outcome.slice(0, 4000));
  }

  @Query(() => IncidentConnection, { description: 'Incidents the caller may see, newest first: guardians their elders\', staff their provider\'s, caregivers their visits\' elders\', officers their region\'s (audited).' })
  @Roles(...ALL_ROLES)
  incidents(
    @CurrentActor() actor: Actor,
    @Args() page: PageArgs,
    @Args('filter', { type: () => IncidentFilter, nullable: true, description: 'Filters; all given must hold.' }) filter?: IncidentFilter,
  ) {
    return this.incidentService.list(actor, filter ?? undefined, page.first, page.after);
  }

  @ResolveField(() => [IncidentEvent], { description: 'Every step, oldest first, with actor and time.' })
  events(incident: Incident, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.incidentEvents(ctx).load(incident.id);
  }

  @Mutation(() => Emergency, { description: 'Emergency help (助急) for an elder: its guardian, a caregiver of its visits, or a DEVICE account bound to it (a help button). Alerts the serving provider and the other guardians; escalates to the officer in scope when nobody acknowledges in time.' })
  @Roles(Role.FAMILY, Role.CAREGIVER, Role.DEVICE)
  raiseEmergency(
    @CurrentActor() actor: Actor,
    @Args('elderId', elderArg) elderId: string,
    @Args('kind', { description: 'One of the EmergencyKind values: FALL, ILLNESS, CHEST_PAIN, BREATHING, LOST, FIRE, OTHER.' }) kind: string,
    @Args('location', { type: () => GeoPointInput, nullable: true, description: 'Where the elder is, when known.' }) location?: GeoPointInput,
  ) {
    return this.emergencies.raise(actor, elderId, location, kind);
  }

  @Mutation(() => Emergency, { description: 'Someone of the serving provider (staff or caregiver) is on it; once.' })
  @Roles(Role.PROVIDER_STAFF, Role.CAREGIVER, Role.CIVIL_AFFAIRS, Role.ADMIN)
  acknowledgeEmergency(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: 'The emergency.' }) id: string) {
    return this.emergencies.acknowledge(actor, id);
  }

  @Mutation(() => Emergency, { description: 'The emergency is over: the serving provider, or an officer in scope once it escalated.' })
  @Roles(Role.PROVIDER_STAFF, Role.CAREGIVER, Role.CIVIL_AFFAIRS, Role.ADMIN)
  resolveEmergency(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'The emergency.' }) id: string,
    @Args('note', { description: 'What happened in the end (required; the first 2000 characters are kept).' }) note: string,
  ) {
    return this.emergencies.resolve(actor, id, note);
  }

  @Subscription(() => Emergency, {
    description:
      'The emergency as it is after each change (acknowledged, escalated, resolved), for whoever may read it (the rule of `emergency`; ' +
      'NOT_FOUND otherwise). Over graphql-ws on /graphql, authenticated by connectionParams.authorization.',
    resolve: (e: unknown) => e,
  })
  @Roles(...ALL_ROLES, Role.DEVICE)
  emergencyChanged(@CurrentActor() actor: Actor, @Context() ctx: GraphQLContext, @Args('id', { type: () => ID, description: 'The emergency to watch.' }) id: string) {
    return this.emergencies.watch(actor, id, ctx);
  }

  @Query(() => Emergency, { description: 'One emergency: the elder\'s guardians and devices, the alerted provider, officers in scope (audited).' })
  @Roles(...ALL_ROLES, Role.DEVICE)
  emergency(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: 'The emergency.' }) id: string) {
    return this.emergencies.get(actor, id);
  }
}

/** The tasks a visit carries (care plans meet home care). */
@Resolver(() => HomeCareOrderModel)
export class VisitTaskResolver {
  constructor(private readonly loaders: CareRecordLoaders) {}

  @ResolveField(() => [VisitTask], { description: 'The care-plan tasks of this visit: OPEN until check-out records them DONE or SKIPPED (skip reasons hidden from officers).' })
  tasks(order: HomeCareOrderRecord, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.visitTasks(ctx).load({ id: order.id, elderId: order.elderId, providerId: order.providerId, service: order.service, startsAt: order.startsAt });
  }
}
