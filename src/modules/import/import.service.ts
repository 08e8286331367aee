import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Injectable } from '@nestjs/common';
import type { FileUpload } from 'graphql-upload-minimal';
import { DataSource } from 'typeorm';
import type { Actor } from '../../core/auth/actor.js';
import { actsOnRegion } from '../../core/access/region-scope.js';
import { UnitOfWork } from '../../core/database/unit-of-work.js';
import { Role } from '../../core/domain/enums.js';
import { badInput, DomainError, notFound } from '../../core/errors/domain-error.js';
import { validateInputObject } from '../../core/graphql/input-validation.pipe.js';
import { appLogger } from '../../core/logging/logger.js';
import { SettingsService } from '../../core/settings/settings.service.js';
import { CapacityService } from '../capacity/capacity.service.js';
import { CreateElderInput } from '../elder/dto/elder.input.js';
import { ElderService } from '../elder/elder.service.js';
import { CreateProviderInput } from '../provider/dto/provider.input.js';
import { creditCodeProblem } from '../provider/credit-code.policy.js';
import { ProviderService } from '../provider/provider.service.js';
import { RegionService } from '../region/region.service.js';
import {
  bedCountsOf,
  columnForPath,
  ELDER_COLUMNS,
  mapHeader,
  PROVIDER_COLUMNS,
  readRow,
  type CellProblem,
  type ColumnSpec,
  type HeaderMap,
} from './import-columns.policy.js';
import { readSheetRows, sniffFormat, type SheetFormat } from './import-file.reader.js';
import { ImportJobRunner } from './import-job.runner.js';
import { ImportFileKind, ImportJobStatus, type ImportJob, type ImportRowError } from './import-job.model.js';

/** Setting (per region prefix): the largest file and the most data rows an import takes. */
export const IMPORT_LIMITS_SETTING = 'import.limits';
export interface ImportLimits {
  maxFileBytes: number;
  maxRows: number;
}
export const DEFAULT_IMPORT_LIMITS: ImportLimits = { maxFileBytes: 50 * 1024 * 1024, maxRows: 200_000 };

/** Rows written per transaction (outside allOrNothing and dry runs), and between two progress updates. */
const BATCH_ROWS = 250;
/** Row problems kept on the job; the count of rejected rows goes on past it. */
const MAX_KEPT_ERRORS = 1000;

export interface ImportOptions {
  dryRun: boolean;
  allOrNothing: boolean;
}

interface JobRow {
  id: string;
  kind: ImportFileKind;
  status: ImportJobStatus;
  dry_run: boolean;
  all_or_nothing: boolean;
  committed: boolean;
  file_name: string;
  created_by: string;
  total_rows: number;
  processed_rows: number;
  created_rows: number;
  updated_rows: number;
  unchanged_rows: number;
  rejected_rows: number;
  errors: ImportRowError[];
  failure: string | null;
  created_at: Date;
  finished_at: Date | null;
}

type Outcome = 'CREATED' | 'UPDATED' | 'UNCHANGED';

/** Thrown inside the unit of work to roll back a dry run or an allOrNothing import with rejected rows. */
class RollBack extends Error {}

/** A refusal of one row, by column. */
class RowRefused extends Error {
  constructor(readonly problems: CellProblem[]) {
    super('row refused');
  }
}

function toModel(r: JobRow): ImportJob {
  return {
    id: r.id,
    kind: r.kind,
    status: r.status,
    progress: r.status === ImportJobStatus.DONE ? 1 : r.total_rows > 0 ? Math.min(1, r.processed_rows / r.total_rows) : 0,
    totalRows: r.total_rows,
    processedRows: r.processed_rows,
    createdRows: r.created_rows,
    updatedRows: r.updated_rows,
    unchangedRows: r.unchanged_rows,
    rejectedRows: r.rejected_rows,
    errors: r.errors,
    dryRun: r.dry_run,
    allOrNothing: r.all_or_nothing,
    committed: r.committed,
    fileName: r.file_name,
    failure: r.failure,
    createdAt: r.created_at,
    finishedAt: r.finished_at,
  };
}

/**
 * Imports of officers' spreadsheets. The upload is saved to a temporary file (refused past the size limit while it
 * arrives), a job row is written, and the job runs in the background: it counts the rows (refused past the row limit
 * before any is written), then reads the file again row by row, validates each row by the API's rules
 * (class-validator on the API's input classes, then the services' own checks) and writes it through the services.
 * Every row runs under a savepoint: a refused row leaves no trace, the others go in.
 */
@Injectable()
export class ImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly runner: ImportJobRunner,
    private readonly settings: SettingsService,
    private readonly regions: RegionService,
    private readonly providers: ProviderService,
    private readonly capacity: CapacityService,
    private readonly elders: ElderService,
  ) {}

  /** `importJob(id)`: the job, for the officer who started it and for admins; null when missing or not theirs. */
  async findJob(actor: Actor, id: string): Promise<ImportJob | null> {
    const rows: JobRow[] = /^[0-9a-f-]{36}$/i.test(id) ? await this.dataSource.query(`SELECT * FROM import_jobs WHERE id = $1`, [id]) : [];
    if (!rows.length || (actor.role !== Role.ADMIN && rows[0].created_by !== actor.userId)) return null;
    return toModel(rows[0]);
  }

  /** The job as findJob sees it; NOT_FOUND when there is none for this actor (the command line). */
  async job(actor: Actor, id: string): Promise<ImportJob> {
    const job = await this.findJob(actor, id);
    if (!job) throw notFound('Import job');
    return job;
  }

  /** Accepts a file: checks the size while saving it, records the job and queues it. */
  async start(actor: Actor, kind: ImportFileKind, upload: Promise<FileUpload> | FileUpload, options: ImportOptions): Promise<ImportJob> {
    const limits = await this.settings.get<ImportLimits>(IMPORT_LIMITS_SETTING, DEFAULT_IMPORT_LIMITS, actor.regionScope ?? '');
    const file = await upload;
    const dir = await mkdtemp(join(tmpdir(), 'yiyang-import-'));
    const path = join(dir, 'upload');
    try {
      await this.spool(file, path, limits.maxFileBytes);
      return await this.queue(actor, kind, path, file.filename || 'upload', limits, options, () => rm(dir, { recursive: true, force: true }));
    } catch (error) {
      await rm(dir, { recursive: true, force: true });
      throw error;
    }
  }

  /** The command line's way in: a file on disk, the same limits (its size checked before it is read). */
  async startFromFile(actor: Actor, kind: ImportFileKind, path: string, fileName: string, options: ImportOptions): Promise<ImportJob> {
    const limits = await this.settings.get<ImportLimits>(IMPORT_LIMITS_SETTING, DEFAULT_IMPORT_LIMITS, actor.regionScope ?? '');
    const bytes = (await stat(path)).size;
    if (bytes > limits.maxFileBytes) {
      throw badInput(`The file is larger than ${limits.maxFileBytes} bytes`, [{ path: 'file', message: `larger than the limit of ${limits.maxFileBytes} bytes` }], 'FILE_TOO_LARGE');
    }
    return this.queue(actor, kind, path, fileName, limits, options, async () => undefined);
  }

  private async queue(actor: Actor, kind: ImportFileKind, path: string, fileName: string, limits: ImportLimits, options: ImportOptions, cleanUp: () => Promise<unknown>): Promise<ImportJob> {
    const format = await sniffFormat(path);
    const bytes = (await stat(path)).size;
    const [row]: JobRow[] = await this.dataSource.query(
      `INSERT INTO import_jobs (kind, dry_run, all_or_nothing, file_name, file_format, file_bytes, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`,
      [kind, options.dryRun, options.allOrNothing, fileName.slice(0, 200), format, bytes, actor.userId],
    );
    this.runner.enqueue(row.id, () => this.run(actor, row.id, kind, path, format, limits, options).finally(cleanUp));
    return toModel(row);
  }

  /** Resolves when the queued jobs have finished (for the command line and tests). */
  idle(): Promise<void> {
    return this.runner.idle();
  }

  private async spool(file: FileUpload, path: string, maxBytes: number): Promise<void> {
    let bytes = 0;
    const limit = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        bytes += chunk.length;
        if (bytes > maxBytes) callback(badInput(`The file is larger than ${maxBytes} bytes`, [{ path: 'file', message: `larger than the limit of ${maxBytes} bytes` }], 'FILE_TOO_LARGE'));
        else callback(null, chunk);
      },
    });
    try {
      await pipeline(file.createReadStream(), limit, createWriteStream(path));
    } catch (error) {
      if (error instanceof DomainError) throw error;
      // graphql-upload-minimal truncates a file past the HTTP ceiling and reports it on the stream.
      throw badInput('The file could not be received whole', [{ path: 'file', message: (error as Error).message }], 'FILE_TOO_LARGE');
    }
  }

  private async run(actor: Actor, jobId: string, kind: ImportFileKind, path: string, format: SheetFormat, limits: ImportLimits, options: ImportOptions): Promise<void> {
    const columns = kind === ImportFileKind.PROVIDERS ? PROVIDER_COLUMNS : ELDER_COLUMNS;
    try {
      await this.dataSource.query(`UPDATE import_jobs SET status = 'RUNNING', started_at = now() WHERE id = $1`, [jobId]);
      // First pass: count, and stop reading at the row limit (a file's rows are never all in memory either way).
      let dataRows = -1;
      for await (const _row of readSheetRows(path, format)) {
        if (++dataRows > limits.maxRows) {
          return await this.fail(jobId, `The file has more than ${limits.maxRows} rows: split it, or ask for a higher import limit`);
        }
      }
      if (dataRows < 0) return await this.fail(jobId, 'The file is empty');
      await this.dataSource.query(`UPDATE import_jobs SET total_rows = $2 WHERE id = $1`, [jobId, dataRows]);
      const counts = await this.importRows(actor, jobId, kind, columns, path, format, options);
      if (counts === null) return;
      const committed = !options.dryRun && !(options.allOrNothing && counts.rejected > 0);
      await this.dataSource.query(
        `UPDATE import_jobs SET status = 'DONE', committed = $2, finished_at = now(),
                created_rows = $3, updated_rows = $4, unchanged_rows = $5 WHERE id = $1`,
        [jobId, committed, committed || options.dryRun ? counts.created : 0, committed || options.dryRun ? counts.updated : 0, counts.unchanged],
      );
    } catch (error) {
      appLogger().error({ jobId, err: error instanceof Error ? error.message : String(error) }, 'import job failed');
      await this.fail(jobId, 'The file could not be read: save it again as XLSX or CSV from the template');
    }
  }

  private async fail(jobId: string, failure: string, errors: ImportRowError[] = []): Promise<void> {
    await this.dataSource.query(`UPDATE import_jobs SET status = 'FAILED', failure = $2, errors = $3::jsonb, finished_at = now() WHERE id = $1`, [
      jobId,
      failure,
      JSON.stringify(errors),
    ]);
  }

  /** Second pass: rows in batches; null when the header row refused the file. */
  private async importRows(
    actor: Actor,
    jobId: string,
    kind: ImportFileKind,
    columns: readonly ColumnSpec[],
    path: string,
    format: SheetFormat,
    options: ImportOptions,
  ): Promise<{ created: number; updated: number; unchanged: number; rejected: number } | null> {
    const counts = { created: 0, updated: 0, unchanged: 0, rejected: 0 };
    let kept = 0;
    let header: HeaderMap | null = null;
    let processed = 0;
    let refusedHeader = false;
    const rows = readSheetRows(path, format)[Symbol.asyncIterator]();
    const firstRow = await rows.next();
    if (!firstRow.done) {
      header = mapHeader(columns, firstRow.value.cells);
      if (header.problems.length) refusedHeader = true;
    }
    if (!header || refusedHeader) {
      await this.fail(jobId, 'The header row does not match the template', (header?.problems ?? []).map((p) => ({ row: 1, column: p.column, message: p.message })));
      return null;
    }
    const headerMap = header;

    /** Reads up to BATCH_ROWS rows and writes them in the current unit of work. */
    const batch = async (): Promise<boolean> => {
      const errors: ImportRowError[] = [];
      let n = 0;
      for (; n < BATCH_ROWS; n++) {
        const next = await rows.next();
        if (next.done) break;
        const { row, cells } = next.value;
        const manager = this.uow.manager;
        await manager.query('SAVEPOINT import_row');
        try {
          const outcome = await this.importRow(actor, kind, columns, headerMap, cells);
          await manager.query('RELEASE SAVEPOINT import_row');
          counts[outcome === 'CREATED' ? 'created' : outcome === 'UPDATED' ? 'updated' : 'unchanged']++;
        } catch (error) {
          await manager.query('ROLLBACK TO SAVEPOINT import_row');
          counts.rejected++;
          for (const p of this.problemsOf(error, columns)) {
            if (kept++ < MAX_KEPT_ERRORS) errors.push({ row, column: p.column, message: p.message });
          }
        }
      }
      processed += n;
      await this.dataSource.query(
        `UPDATE import_jobs SET processed_rows = $2, rejected_rows = $3, errors = errors || $4::jsonb,
                created_rows = $5, updated_rows = $6, unchanged_rows = $7 WHERE id = $1`,
        [jobId, processed, counts.rejected, JSON.stringify(errors), counts.created, counts.updated, counts.unchanged],
      );
      return n === BATCH_ROWS;
    };

    if (options.dryRun || options.allOrNothing) {
      // One transaction for the whole file, rolled back for a dry run or when a row was refused.
      await this.uow
        .run(async () => {
          while (await batch());
          if (options.dryRun || counts.rejected > 0) throw new RollBack();
        }, 1)
        .catch((error) => {
          if (!(error instanceof RollBack)) throw error;
        });
    } else {
      while (await this.uow.run(batch, 1));
    }
    return counts;
  }

  private problemsOf(error: unknown, columns: readonly ColumnSpec[]): CellProblem[] {
    if (error instanceof RowRefused) return error.problems;
    if (error instanceof DomainError && error.code !== 'INTERNAL_SERVER_ERROR') {
      const fields = error.fields?.length ? error.fields : [{ path: '', message: error.message }];
      return fields.map((f) => ({ column: f.path ? columnForPath(columns, f.path) : null, message: f.message }));
    }
    appLogger().warn({ err: error instanceof Error ? error.message : String(error) }, 'import row failed');
    return [{ column: null, message: 'This row could not be written; check its values' }];
  }

  private async importRow(actor: Actor, kind: ImportFileKind, columns: readonly ColumnSpec[], header: HeaderMap, cells: string[]): Promise<Outcome> {
    const { values, problems } = readRow(columns, header, cells);
    if (problems.length) throw new RowRefused(problems);
    return kind === ImportFileKind.PROVIDERS ? this.providerRow(actor, values) : this.elderRow(actor, values);
  }

  /** The API's validation of the row as input, each problem by its template column. */
  private async validated<T extends object>(metatype: new () => T, value: object, columns: readonly ColumnSpec[]): Promise<T> {
    const { instance, problems } = await validateInputObject(metatype, value);
    if (problems.length) throw new RowRefused(problems.map((p) => ({ column: columnForPath(columns, p.path), message: p.message })));
    return instance;
  }

  private async providerRow(actor: Actor, v: Record<string, unknown>): Promise<Outcome> {
    const input = await this.validated(
      CreateProviderInput,
      {
        name: v.name,
        kind: v.kind,
        ownership: v.ownership,
        regionCode: v.regionCode,
        address: v.address,
        location: { latitude: v.latitude, longitude: v.longitude },
        phone: v.phone,
        serviceRadiusKm: v.serviceRadiusKm,
        dementiaCare: v.dementiaCare,
        creditCode: v.creditCode,
      },
      PROVIDER_COLUMNS,
    );
    const problems: CellProblem[] = [];
    const creditCode = String(v.creditCode);
    const creditProblem = creditCodeProblem(creditCode);
    if (creditProblem) problems.push({ column: '统一社会信用代码', message: `creditCode ${creditProblem}` });
    const regionProblem = await this.regions.placeProblem(input.regionCode, 'regionCode');
    if (regionProblem) problems.push({ column: '行政区划代码', message: regionProblem.message });
    else if (!actsOnRegion(actor, input.regionCode)) problems.push({ column: '行政区划代码', message: 'outside your region scope' });
    const beds = bedCountsOf(v);
    for (const b of beds) if (b.occupied > b.total) problems.push({ column: b.column, message: 'occupied beds must not exceed the total (CAPACITY_INVALID)' });
    if (problems.length) throw new RowRefused(problems);

    const { id, outcome } = await this.providers.importRow(actor, { ...input, creditCode });
    let changed = outcome !== 'UNCHANGED';
    for (const b of beds) {
      const result = await this.capacity.setCountsFromImport({ providerId: id, category: b.category, total: b.total, occupied: b.occupied, actorId: actor.userId });
      if (result === 'REFUSED') throw new RowRefused([{ column: b.column, message: 'fewer beds than those occupied and reserved (CAPACITY_INVALID)' }]);
      if (result === 'CHANGED') changed = true;
    }
    return outcome === 'CREATED' ? 'CREATED' : changed ? 'UPDATED' : 'UNCHANGED';
  }

  private async elderRow(actor: Actor, v: Record<string, unknown>): Promise<Outcome> {
    const input = await this.validated(
      CreateElderInput,
      {
        fullName: v.fullName,
        gender: v.gender,
        birthDate: v.birthDate,
        idNumber: v.idNumber,
        regionCode: v.regionCode,
        address: v.address,
        location: { latitude: v.latitude, longitude: v.longitude },
        phone: v.phone,
        categories: v.categories,
      },
      ELDER_COLUMNS,
    );
    const { outcome } = await this.elders.importRow(actor, input, (v.guardianPhone as string | undefined) ?? null);
    return outcome;
  }
}
