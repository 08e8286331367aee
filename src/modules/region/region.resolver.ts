import { Args, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../../core/auth/roles.decorator.js';
import { Region } from './region.model.js';
import { RegionService } from './region.service.js';

@Resolver(() => Region)
export class RegionResolver {
  constructor(private readonly regionService: RegionService) {}

  @Query(() => [Region], { description: 'The regions one level below parentCode, for pickers; without it, the provinces. Public reference data.' })
  @Public()
  async regions(
    @Args('parentCode', { type: () => String, nullable: true, description: 'A province, city or county code; omitted or "": the provinces.' })
    parentCode?: string | null,
  ): Promise<Region[]> {
    return this.regionService.listChildren(parentCode);
  }
}
