import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum ImportFileKind {
  PROVIDERS = 'PROVIDERS',
  ELDERS = 'ELDERS',
}

export enum ImportJobStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}

registerEnumType(ImportFileKind, {
  name: 'ImportFileKind',
  description: 'What a spreadsheet lists.',
  valuesMap: {
    PROVIDERS: { description: 'Facilities and agencies (机构), keyed by unified social credit code.' },
    ELDERS: { description: 'Elders (老年人), keyed by resident ID number.' },
  },
});

registerEnumType(ImportJobStatus, {
  name: 'ImportJobStatus',
  description: 'Where an import job is.',
  valuesMap: {
    QUEUED: { description: 'Accepted, waiting for the job before it.' },
    RUNNING: { description: 'Rows are being read and written.' },
    DONE: { description: 'Every row was read; see the counts and the rejected rows.' },
    FAILED: { description: 'The file could not be imported at all (row limit, header, unreadable file); see failure.' },
  },
});

@ObjectType({ description: 'A rejected row of an import: where in the file, and why.' })
export class ImportRowError {
  @Field(() => Int, { description: 'Row number as the spreadsheet shows it (the header is row 1).' })
  row: number;

  @Field(() => String, { nullable: true, description: 'The column\'s template header (e.g. 统一社会信用代码); null for a problem of the whole row.' })
  column: string | null;

  @Field({ description: 'What is wrong, in terms of the API\'s rules.' })
  message: string;
}

@ObjectType({ description: 'An import of a spreadsheet of providers or elders, run in the background.' })
export class ImportJob {
  @Field(() => ID, { description: 'The job\'s id, for importJob(id).' })
  id: string;

  @Field(() => ImportFileKind, { description: 'What the file lists.' })
  kind: ImportFileKind;

  @Field(() => ImportJobStatus, { description: 'QUEUED, RUNNING, DONE or FAILED.' })
  status: ImportJobStatus;

  @Field(() => Float, { description: 'Share of the rows read so far, 0 to 1.' })
  progress: number;

  @Field(() => Int, { description: 'Data rows in the file (the header not counted).' })
  totalRows: number;

  @Field(() => Int, { description: 'Rows read so far.' })
  processedRows: number;

  @Field(() => Int, { description: 'Rows that created a provider or elder (in a dry run: that would have).' })
  createdRows: number;

  @Field(() => Int, { description: 'Rows that changed an existing one, found by credit code or ID number.' })
  updatedRows: number;

  @Field(() => Int, { description: 'Rows identical to what is registered: nothing changed.' })
  unchangedRows: number;

  @Field(() => Int, { description: 'Rows refused; each has at least one entry in errors.' })
  rejectedRows: number;

  @Field(() => [ImportRowError], { description: 'Why rows were refused (the first 1,000 problems).' })
  errors: ImportRowError[];

  @Field({ description: 'Nothing is written: the file is checked and the counts say what an import would do.' })
  dryRun: boolean;

  @Field({ description: 'A single rejected row keeps every row out.' })
  allOrNothing: boolean;

  @Field({ description: 'True when the file was written: DONE, not a dry run, and not kept out by allOrNothing.' })
  committed: boolean;

  @Field({ description: 'The uploaded file\'s name.' })
  fileName: string;

  @Field(() => String, { nullable: true, description: 'Why a FAILED job could not run.' })
  failure: string | null;

  @Field({ description: 'When the file was accepted.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the job finished.' })
  finishedAt: Date | null;
}
