import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum ReportKind {
  STATISTICS = 'STATISTICS',
  PROVIDERS = 'PROVIDERS',
  ELDERS = 'ELDERS',
  HOME_CARE_ORDERS = 'HOME_CARE_ORDERS',
  CAPACITY_HISTORY = 'CAPACITY_HISTORY',
}

/** One enum of file formats for every export of the API (registered by the settlement module, which exports too). */
export { ExportFormat } from '../settlement/settlement-export.js';

registerEnumType(ReportKind, {
  name: 'ReportKind',
  description: 'What an export lists.',
  valuesMap: {
    STATISTICS: { description: 'The region\'s figures and one line per child region (统计报表).' },
    PROVIDERS: { description: 'The providers registered in the region, with beds and grade (机构名录).' },
    ELDERS: { description: 'The elders registered in the region, ID numbers masked (老年人名册).' },
    HOME_CARE_ORDERS: { description: 'Home-care visits of the region\'s elders in the period (居家上门服务记录).' },
    CAPACITY_HISTORY: { description: 'Changes of bed counts of the region\'s providers in the period (床位变动记录).' },
  },
});

@ObjectType({ description: 'A file ready to download: the link works for the account that asked, until it expires.' })
export class ExportFile {
  @Field({ description: 'Path and query of the download on this API (GET /exports?token=…, with the same Authorization header).' })
  url: string;

  @Field({ description: 'The file\'s name (Chinese), as the download offers it.' })
  fileName: string;

  @Field({ description: 'When the link stops working.' })
  expiresAt: Date;
}
