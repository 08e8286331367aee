import { Module } from '@nestjs/common';
import { AssessmentModule } from '../assessment/assessment.module.js';
import { BedModule } from '../bed/bed.module.js';
import { CapacityModule } from '../capacity/capacity.module.js';
import { ElderModule } from '../elder/elder.module.js';
import { HomeCareModule } from '../home-care/home-care.module.js';
import { IdentityModule } from '../identity/identity.module.js';
import { ProviderModule } from '../provider/provider.module.js';
import { RatingModule } from '../rating/rating.module.js';
import { CareAccessService } from './care-access.service.js';
import { CareAlertService } from './care-alert.service.js';
import { CarePlanService } from './care-plan.service.js';
import { CareRecordJobs } from './care-record.jobs.js';
import { CareRecordLoaders } from './care-record.loaders.js';
import { CareRecordResolver, IncidentResolver, VisitTaskResolver } from './care-record.resolver.js';
import { DeviceAccountResolver } from './device-account.resolver.js';
import { DeviceAccountService } from './device-account.service.js';
import { EmergencyService } from './emergency.service.js';
import { IncidentService } from './incident.service.js';
import { MedicationService } from './medication.service.js';
import { ObservationService } from './observation.service.js';
import { RatingReadinessService } from './rating-readiness.service.js';
import { RiskRadarService } from './risk-radar.service.js';

/**
 * Care records (docs/care-records.md): care plans and visit tasks, observations, medication, incidents, emergency
 * help, the risk radar, alerts and rating readiness. Built on home care: the care-plan service registers the visit's
 * tasks as a step of home care's check-out. Exports the care-plan and incident services.
 */
@Module({
  imports: [ElderModule, ProviderModule, AssessmentModule, RatingModule, HomeCareModule, IdentityModule, BedModule, CapacityModule],
  providers: [
    CareAccessService,
    CareAlertService,
    CarePlanService,
    ObservationService,
    MedicationService,
    IncidentService,
    EmergencyService,
    RiskRadarService,
    RatingReadinessService,
    DeviceAccountService,
    CareRecordLoaders,
    CareRecordJobs,
    CareRecordResolver,
    IncidentResolver,
    VisitTaskResolver,
    DeviceAccountResolver,
  ],
  exports: [CarePlanService, IncidentService],
})
export class CareRecordModule {}
