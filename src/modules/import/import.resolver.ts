import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { GraphQLUpload, type FileUpload } from 'graphql-upload-minimal';
import type { Actor } from '../../core/auth/actor.js';
import { CurrentActor } from '../../core/auth/current-actor.decorator.js';
import { Roles } from '../../core/auth/roles.decorator.js';
import { Role } from '../../core/domain/enums.js';
import { ImportFileKind, ImportJob } from './import-job.model.js';
import { ImportService } from './import.service.js';

const FILE = { type: () => GraphQLUpload, description: 'The spreadsheet: XLSX, or CSV in UTF-8 (with or without BOM) or GB18030, with the template\'s header row.' };
const DRY_RUN = { type: () => Boolean, nullable: true, defaultValue: false, description: 'Check every row and count what would change, writing nothing.' };
const ALL_OR_NOTHING = { type: () => Boolean, nullable: true, defaultValue: false, description: 'Write no row when any row is refused.' };

@Resolver(() => ImportJob)
export class ImportResolver {
  constructor(private readonly imports: ImportService) {}

  @Mutation(() => ImportJob, {
    description: 'Imports providers from the provider template (GraphQL multipart request; send apollo-require-preflight). Rows are matched by unified social credit code. CIVIL_AFFAIRS (rows in scope) or ADMIN.',
  })
  @Roles(Role.CIVIL_AFFAIRS, Role.ADMIN)
  importProviders(
    @CurrentActor() actor: Actor,
    @Args('file', FILE) file: Promise<FileUpload>,
    @Args('dryRun', DRY_RUN) dryRun: boolean,
    @Args('allOrNothing', ALL_OR_NOTHING) allOrNothing: boolean,
  ) {
    return this.imports.start(actor, ImportFileKind.PROVIDERS, file, { dryRun: !!dryRun, allOrNothing: !!allOrNothing });
  }

  @Mutation(() => ImportJob, {
    description: 'Imports elders from the elder template (GraphQL multipart request; send apollo-require-preflight). Rows are matched by resident ID number. CIVIL_AFFAIRS (rows in scope) or ADMIN.',
  })
  @Roles(Role.CIVIL_AFFAIRS, Role.ADMIN)
  importElders(
    @CurrentActor() actor: Actor,
    @Args('file', FILE) file: Promise<FileUpload>,
    @Args('dryRun', DRY_RUN) dryRun: boolean,
    @Args('allOrNothing', ALL_OR_NOTHING) allOrNothing: boolean,
  ) {
    return this.imports.start(actor, ImportFileKind.ELDERS, file, { dryRun: !!dryRun, allOrNothing: !!allOrNothing });
  }

  @Query(() => ImportJob, { nullable: true, description: 'An import job and its progress, for the officer who started it or an admin; null when missing or not visible.' })
  @Roles(Role.CIVIL_AFFAIRS, Role.ADMIN)
  importJob(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: 'The job\'s id.' }) id: string) {
    return this.imports.findJob(actor, id);
  }
}
