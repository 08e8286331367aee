import { Injectable } from '@nestjs/common';
import type { Actor } from '../../core/auth/actor.js';
import { TokenService } from '../../core/auth/token.service.js';
import { notFound, unauthenticated } from '../../core/errors/domain-error.js';
import { IdentityService } from '../identity/identity.service.js';
import { ReportService, type RenderedReport } from './report.service.js';

/** The checks of a download: the caller's access token, the link bound to that account, the account's rights now. */
@Injectable()
export class ReportDownloads {
  constructor(
    private readonly tokens: TokenService,
    private readonly identity: IdentityService,
    private readonly reports: ReportService,
  ) {}

  async open(linkToken: string, authorization: string | undefined): Promise<RenderedReport> {
    const bearer = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
    const caller = bearer ? await this.tokens.verify(bearer) : null;
    if (!caller) throw unauthenticated('Send the Authorization header of the account that asked for the export');
    // Another account's link, a forged or an expired one: all look the same.
    const claims = this.reports.claimsFor(linkToken, caller);
    if (!claims) throw notFound('Export');
    const [user] = await this.identity.findByIds([caller.userId]);
    if (!user) throw notFound('Export');
    const current: Actor = { userId: user.id, role: user.role, providerId: user.providerId, regionScope: user.regionScope };
    return this.reports.render(current, claims);
  }
}
