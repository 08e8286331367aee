import { PassThrough } from 'node:stream';
import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Public } from '../../core/auth/roles.decorator.js';
import { appLogger } from '../../core/logging/logger.js';
import { contentDisposition } from './export-link.js';
import { ExportFormat } from './report.model.js';
import { CONTENT_TYPES } from './report.service.js';
import { ReportDownloads } from './report.downloads.js';
import { writeCsv, writeXlsx } from './sheet.writer.js';

/**
 * GET /exports?token=… — the file of an export link (the token rides in the query string: it is longer than a path
 * parameter may be). Public at the guard (a plain HTTP route), but the link must be
 * valid and unexpired, the caller must send the access token of the account the link was made for, and that account
 * must still have the rights (read again from the database).
 */
@Controller('exports')
export class ReportController {
  constructor(private readonly downloads: ReportDownloads) {}

  @Get()
  @Public()
  async download(@Query('token') token: string | undefined, @Headers('authorization') authorization: string | undefined, @Res() reply: FastifyReply) {
    const report = await this.downloads.open(token ?? '', authorization);
    const body = new PassThrough();
    reply
      .header('content-type', CONTENT_TYPES[report.format])
      .header('content-disposition', contentDisposition(report.fileName, report.asciiFileName))
      .header('cache-control', 'no-store');
    const write = report.format === ExportFormat.XLSX ? writeXlsx : writeCsv;
    write(report.sheet, body).catch((error: unknown) => {
      appLogger().error({ err: error instanceof Error ? error.message : String(error) }, 'export failed while writing');
      body.destroy(error instanceof Error ? error : new Error('export failed'));
    });
    return reply.send(body);
  }
}
