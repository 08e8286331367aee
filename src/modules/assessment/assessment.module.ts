import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ElderModule } from '../elder/elder.module.js';
import { IdentityModule } from '../identity/identity.module.js';
import { CapabilityAssessmentEntity } from './capability-assessment.entity.js';
import { CapabilityAssessmentLoaders } from './capability-assessment.loaders.js';
import { CapabilityAssessmentResolver, ElderAssessmentFieldsResolver } from './capability-assessment.resolver.js';
import { CapabilityAssessmentService } from './capability-assessment.service.js';

/** GB/T 42195 capability assessments: recording (scored by the pure policy), history, the elder's care level. */
@Module({
  imports: [TypeOrmModule.forFeature([CapabilityAssessmentEntity]), ElderModule, IdentityModule],
  providers: [CapabilityAssessmentService, CapabilityAssessmentLoaders, CapabilityAssessmentResolver, ElderAssessmentFieldsResolver],
  exports: [CapabilityAssessmentService, CapabilityAssessmentLoaders],
})
export class AssessmentModule {}
