import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../core/auth/actor.js';
import { CurrentActor } from '../../core/auth/current-actor.decorator.js';
import { Roles } from '../../core/auth/roles.decorator.js';
import { Role } from '../../core/domain/enums.js';
import type { GraphQLContext } from '../../core/graphql/graphql-context.js';
import { PageArgs } from '../../core/graphql/pagination.js';
import { RecordPaymentInput, SettlementAdjustmentInput, SettlementFilter } from './dto/settlement.input.js';
import { SettlementRulesInput } from './dto/settlement-rules.input.js';
import { SettlementRulesService, type SettlementRules } from './settlement.rules.js';
import { FamilyStatementService } from './family-statement.service.js';
import { ExportFormat } from './settlement-export.js';
import { SettlementExportService } from './settlement-export.service.js';
import { toLedgerModel, toLineModel } from './settlement.mapper.js';
import {
  ElderStatementModel,
  EvidenceCheck,
  Payment,
  SettlementEvent,
  SettlementExportFile,
  SettlementLedger,
  SettlementLine,
  SettlementRulesModel,
  SettlementStatement,
  SettlementStatementConnection,
} from './settlement.model.js';
import { SettlementLineStatus, type StatementRecord } from './settlement.record.js';
import { SettlementLoaders } from './settlement.loaders.js';
import { SettlementService } from './settlement.service.js';

const STATEMENT_READERS = [Role.PROVIDER_STAFF, Role.CIVIL_AFFAIRS, Role.ADMIN];

const rulesModel = (regionCode: string, r: SettlementRules): SettlementRulesModel => {
  const { supportMonthlyFenByCareLevel, ...rest } = r;
  return {
    regionCode,
    ...rest,
    supportRates: Object.entries(supportMonthlyFenByCareLevel).map(([careLevel, monthlyFen]) => ({ careLevel, monthlyFen })) as SettlementRulesModel['supportRates'],
  };
};

@Resolver(() => SettlementStatement)
export class SettlementResolver {
  constructor(
    private readonly settlements: SettlementService,
    private readonly families: FamilyStatementService,
    private readonly exports: SettlementExportService,
    private readonly loaders: SettlementLoaders,
    private readonly rules: SettlementRulesService,
  ) {}

  @Query(() => SettlementRulesModel, { description: 'The settlement numbers in force for a region code ("" for the national default); public policy.' })
  @Roles(Role.FAMILY, Role.CAREGIVER, Role.PROVIDER_STAFF, Role.CIVIL_AFFAIRS, Role.ADMIN)
  async settlementRules(@Args('regionCode', { type: () => String, defaultValue: '', description: 'Region code.' }) regionCode: string) {
    return rulesModel(regionCode, await this.rules.forRegion(regionCode));
  }

  @Mutation(() => SettlementRulesModel, { description: 'Overrides settlement numbers for a region prefix (ADMIN anywhere, CIVIL_AFFAIRS in scope).' })
  @Roles(Role.ADMIN, Role.CIVIL_AFFAIRS)
  async setSettlementRules(
    @CurrentActor() actor: Actor,
    @Args('regionPrefix', { description: 'Region prefix ("" = national default, ADMIN only).' }) regionPrefix: string,
    @Args('input', { description: 'The numbers to change.' }) input: SettlementRulesInput,
  ) {
    return rulesModel(regionPrefix, await this.rules.set(actor, regionPrefix, input));
  }

  @Query(() => SettlementStatement, { nullable: true, description: 'One statement; null when missing or not visible (its provider\'s staff, officers in scope, admins).' })
  @Roles(...STATEMENT_READERS)
  settlementStatement(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: 'The statement.' }) id: string) {
    return this.settlements.getVisible(actor, id);
  }

  @Query(() => SettlementStatementConnection, { description: 'Statements the caller may see, newest month first.' })
  @Roles(...STATEMENT_READERS)
  settlementStatements(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => SettlementFilter, nullable: true, description: 'Filters; all must hold.' }) filter: SettlementFilter,
    @Args() page: PageArgs,
  ) {
    return this.settlements.list(actor, filter, page);
  }

  @Query(() => SettlementLedger, { description: 'Ledger totals of approved statements for a region (CIVIL_AFFAIRS in scope, ADMIN).' })
  @Roles(Role.CIVIL_AFFAIRS, Role.ADMIN)
  async settlementLedger(
    @CurrentActor() actor: Actor,
    @Args('regionCode', { description: 'Region prefix inside the caller\'s scope.' }) regionCode: string,
    @Args('from', { description: 'First month, "YYYY-MM".' }) from: string,
    @Args('to', { description: 'Last month, "YYYY-MM" (inclusive).' }) to: string,
  ) {
    return toLedgerModel(await this.settlements.ledger(actor, regionCode, from, to));
  }

  @Query(() => ElderStatementModel, { description: 'The family statement of an elder for a month: guardians, the provider\'s staff (their part), officers in scope.' })
  @Roles(Role.FAMILY, Role.PROVIDER_STAFF, Role.CIVIL_AFFAIRS, Role.ADMIN)
  elderStatement(
    @CurrentActor() actor: Actor,
    @Args('elderId', { type: () => ID, description: 'The elder.' }) elderId: string,
    @Args('month', { description: '"YYYY-MM" (China time).' }) month: string,
    @Args('providerId', { type: () => ID, nullable: true, description: 'Only this provider\'s part (staff always see only their own).' }) providerId?: string | null,
  ) {
    return this.families.statement(actor, elderId, month, providerId);
  }

  @Query(() => EvidenceCheck, { description: 'Recomputes the provider\'s check-in/check-out hash chain for a month and names the first record that does not match.' })
  @Roles(...STATEMENT_READERS)
  verifyVisitEvidence(
    @CurrentActor() actor: Actor,
    @Args('providerId', { type: () => ID, description: 'The provider.' }) providerId: string,
    @Args('month', { description: '"YYYY-MM" (China time).' }) month: string,
  ) {
    return this.settlements.verifyEvidence(actor, providerId, month);
  }

  @Query(() => SettlementExportFile, { description: 'A statement with its lines as XLSX or CSV (Chinese headers).' })
  @Roles(...STATEMENT_READERS)
  settlementStatementExport(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'The statement.' }) id: string,
    @Args('format', { type: () => ExportFormat, description: 'XLSX or CSV.' }) format: ExportFormat,
  ) {
    return this.exports.statement(actor, id, format);
  }

  @Query(() => SettlementExportFile, { description: 'The family statement as XLSX or CSV (Chinese headers); same access as elderStatement.' })
  @Roles(Role.FAMILY, Role.PROVIDER_STAFF, Role.CIVIL_AFFAIRS, Role.ADMIN)
  elderStatementExport(
    @CurrentActor() actor: Actor,
    @Args('elderId', { type: () => ID, description: 'The elder.' }) elderId: string,
    @Args('month', { description: '"YYYY-MM".' }) month: string,
    @Args('format', { type: () => ExportFormat, description: 'XLSX or CSV.' }) format: ExportFormat,
    @Args('providerId', { type: () => ID, nullable: true, description: 'Only this provider\'s part.' }) providerId?: string | null,
  ) {
    return this.exports.elderStatement(actor, elderId, month, format, providerId);
  }

  @Query(() => SettlementExportFile, { description: 'The ledger rows of a region as XLSX or CSV (Chinese headers); same access as settlementLedger.' })
  @Roles(Role.CIVIL_AFFAIRS, Role.ADMIN)
  settlementLedgerExport(
    @CurrentActor() actor: Actor,
    @Args('regionCode', { description: 'Region prefix.' }) regionCode: string,
    @Args('from', { description: 'First month, "YYYY-MM".' }) from: string,
    @Args('to', { description: 'Last month, "YYYY-MM".' }) to: string,
    @Args('format', { type: () => ExportFormat, description: 'XLSX or CSV.' }) format: ExportFormat,
  ) {
    return this.exports.ledger(actor, regionCode, from, to, format);
  }

  @Mutation(() => [SettlementStatement], { description: 'Builds (or rebuilds, while DRAFT) the provider\'s statements for a month, one per funding source. The provider\'s staff, officers in scope.' })
  @Roles(Role.PROVIDER_STAFF, Role.CIVIL_AFFAIRS)
  generateSettlement(
    @CurrentActor() actor: Actor,
    @Args('providerId', { type: () => ID, description: 'The provider.' }) providerId: string,
    @Args('month', { description: '"YYYY-MM" (China time).' }) month: string,
  ) {
    return this.settlements.generate(actor, providerId, month);
  }

  @Mutation(() => SettlementLine, { description: 'Accepts (into the total) or rejects a held line, with a note. An officer in scope, not bound to the provider.' })
  @Roles(Role.CIVIL_AFFAIRS)
  async decideSettlementLine(
    @CurrentActor() actor: Actor,
    @Args('lineId', { type: () => ID, description: 'The held line.' }) lineId: string,
    @Args('accept', { description: 'True: pay it; false: do not.' }) accept: boolean,
    @Args('note', { description: 'Why (required).' }) note: string,
  ) {
    return toLineModel(await this.settlements.decideLine(actor, lineId, accept, note));
  }

  @Mutation(() => SettlementStatement, { description: 'DRAFT -> SUBMITTED, by the provider\'s staff.' })
  @Roles(Role.PROVIDER_STAFF)
  submitSettlement(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: 'The statement.' }) id: string) {
    return this.settlements.submit(actor, id);
  }

  @Mutation(() => SettlementStatement, { description: 'SUBMITTED -> APPROVED (no held lines left), by an officer in scope not bound to the provider; writes the ledger.' })
  @Roles(Role.CIVIL_AFFAIRS)
  approveSettlement(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: 'The statement.' }) id: string) {
    return this.settlements.approve(actor, id);
  }

  @Mutation(() => SettlementStatement, { description: 'SUBMITTED -> DRAFT with a reason, by an officer in scope.' })
  @Roles(Role.CIVIL_AFFAIRS)
  rejectSettlement(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'The statement.' }) id: string,
    @Args('reason', { description: 'Why (required).' }) reason: string,
  ) {
    return this.settlements.reject(actor, id, reason);
  }

  @Mutation(() => SettlementStatement, { description: 'APPROVED -> PAID: the officer records the payment reference and date.' })
  @Roles(Role.CIVIL_AFFAIRS)
  markSettlementPaid(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'The statement.' }) id: string,
    @Args('reference', { description: 'The payment reference (e.g. the treasury voucher number).' }) reference: string,
    @Args('paidOn', { description: 'The day it was paid, YYYY-MM-DD.' }) paidOn: string,
  ) {
    return this.settlements.markPaid(actor, id, reference, paidOn);
  }

  @Mutation(() => SettlementLine, { description: 'Corrects a line of an approved statement with an adjustment line in a later month (the provider\'s staff, officers in scope).' })
  @Roles(Role.PROVIDER_STAFF, Role.CIVIL_AFFAIRS)
  async addSettlementAdjustment(@CurrentActor() actor: Actor, @Args('input', { description: 'The correction.' }) input: SettlementAdjustmentInput) {
    return toLineModel(await this.settlements.addAdjustment(actor, input));
  }

  @Mutation(() => Payment, { description: 'Records a family\'s payment (or a refund, negative) to the provider: its staff.' })
  @Roles(Role.PROVIDER_STAFF)
  recordPayment(@CurrentActor() actor: Actor, @Args('input', { description: 'The payment.' }) input: RecordPaymentInput) {
    return this.families.record(actor, input);
  }

  @ResolveField(() => [SettlementLine], { description: 'The lines, in order (optionally only some statuses).' })
  async lines(
    @Parent() s: StatementRecord,
    @Context() ctx: GraphQLContext,
    @Args('status', { type: () => [SettlementLineStatus], nullable: true, description: 'Only these statuses.' }) status?: SettlementLineStatus[] | null,
  ) {
    const lines = await this.loaders.lines(ctx).load(s.id);
    return (status?.length ? lines.filter((l) => status.includes(l.status)) : lines).map(toLineModel);
  }

  @ResolveField(() => [SettlementEvent], { description: 'Every workflow step and line decision, oldest first.' })
  events(s: StatementRecord, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.events(ctx).load(s.id);
  }
}
