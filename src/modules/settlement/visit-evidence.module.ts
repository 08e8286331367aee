import { Module } from '@nestjs/common';
import { VisitEvidenceService } from './visit-evidence.service.js';

/**
 * The hash-chained check-in/check-out evidence on its own, so that home care can write it without depending on the
 * settlement module (which reads home care's visits).
 */
@Module({ providers: [VisitEvidenceService], exports: [VisitEvidenceService] })
export class VisitEvidenceModule {}
