import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { requestLoader, type GraphQLContext } from '../../core/graphql/graphql-context.js';
import { Role } from '../../core/domain/enums.js';
import { CarePlanService, type VisitForTasks } from './care-plan.service.js';
import type { IncidentEvent, VisitTask } from './care-record.model.js';
import { IncidentService } from './incident.service.js';

/** Per-request batching: an incident's steps, a visit's tasks. */
@Injectable()
export class CareRecordLoaders {
  constructor(
    private readonly incidents: IncidentService,
    private readonly plans: CarePlanService,
  ) {}

  incidentEvents(ctx: GraphQLContext): DataLoader<string, IncidentEvent[]> {
    return requestLoader(ctx, 'care.incidentEvents', () => new DataLoader((ids: readonly string[]) => this.incidents.eventsOf(ids)));
  }

  visitTasks(ctx: GraphQLContext): DataLoader<VisitForTasks, VisitTask[], string> {
    const forOfficer = ctx.actor?.role === Role.CIVIL_AFFAIRS;
    return requestLoader(
      ctx,
      'care.visitTasks',
      () => new DataLoader((visits: readonly VisitForTasks[]) => this.plans.tasksOfVisits(visits, forOfficer), { cacheKeyFn: (v) => v.id }),
    );
  }
}
