import { Module } from '@nestjs/common';
import { VisitEvidenceService } from './visit-evidence.service.js';

/**
 * The hash-chained check-in/check-out evidence on its own: home care writes it in each check-in and check-out
 * transaction (it owns the visits the chain seals), settlement verifies it before paying. Settlement depends on home
 * care, never the other way round.
 */
@Module({ providers: [VisitEvidenceService], exports: [VisitEvidenceService] })
export class VisitEvidenceModule {}
