import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../core/auth/actor.js';
import { CurrentActor } from '../../core/auth/current-actor.decorator.js';
import { Roles } from '../../core/auth/roles.decorator.js';
import { Role } from '../../core/domain/enums.js';
import { ImportFileKind } from '../import/import-job.model.js';
import { ExportFile, ExportFormat, ReportKind } from './report.model.js';
import { ReportService } from './report.service.js';

@Resolver(() => ExportFile)
export class ReportResolver {
  constructor(private readonly reports: ReportService) {}

  @Mutation(() => ExportFile, {
    description: 'Prepares an export of a region (inside the officer\'s scope) as XLSX or CSV: a download link for the caller, valid for a few minutes.',
  })
  @Roles(Role.CIVIL_AFFAIRS, Role.ADMIN)
  exportReport(
    @CurrentActor() actor: Actor,
    @Args('kind', { type: () => ReportKind, description: 'What to export.' }) kind: ReportKind,
    @Args('regionCode', { description: 'A known region code ("" for the whole country, admins only).' }) regionCode: string,
    @Args('from', { type: () => String, nullable: true, description: 'First month (YYYY-MM or YYYY-MM-DD, China time) of visits and capacity changes, and of the statistics\' visit totals.' })
    from: string | null,
    @Args('to', { type: () => String, nullable: true, description: 'Last month of the period; default: the current month.' }) to: string | null,
    @Args('format', { type: () => ExportFormat, description: 'XLSX or CSV.' }) format: ExportFormat,
  ) {
    return this.reports.link(actor, kind, regionCode, from, to, format);
  }

  @Query(() => ExportFile, { description: 'The empty import template (XLSX) of a file kind, with a note on each column.' })
  @Roles(Role.CIVIL_AFFAIRS, Role.ADMIN)
  importTemplate(@CurrentActor() actor: Actor, @Args('kind', { type: () => ImportFileKind, description: 'PROVIDERS or ELDERS.' }) kind: ImportFileKind) {
    return this.reports.templateLink(actor, kind);
  }
}
