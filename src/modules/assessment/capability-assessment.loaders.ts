import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { requestLoader, type GraphQLContext } from '../../core/graphql/graphql-context.js';
import type { CapabilityAssessmentEntity } from './capability-assessment.entity.js';
import { CapabilityAssessmentService } from './capability-assessment.service.js';

/** Per-request batching of assessment reads (Elder.latestAssessment, Elder.assessments, assessor names). */
@Injectable()
export class CapabilityAssessmentLoaders {
  constructor(private readonly assessments: CapabilityAssessmentService) {}

  byId(ctx: GraphQLContext): DataLoader<string, CapabilityAssessmentEntity | null> {
    return requestLoader(ctx, 'assessment.byId', () => new DataLoader(async (ids: readonly string[]) => {
      const rows = await this.assessments.findByIds(ids);
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }));
  }

  historyByElder(ctx: GraphQLContext): DataLoader<string, CapabilityAssessmentEntity[]> {
    return requestLoader(ctx, 'assessment.historyByElder', () => new DataLoader(async (ids: readonly string[]) => {
      const map = await this.assessments.historyOf(ids);
      return ids.map((id) => map.get(id) ?? []);
    }));
  }

  assessorName(ctx: GraphQLContext): DataLoader<string, string | null> {
    return requestLoader(ctx, 'assessment.assessorName', () => new DataLoader(async (ids: readonly string[]) => {
      const map = await this.assessments.assessorNames(ids);
      return ids.map((id) => map.get(id) ?? null);
    }));
  }
}
