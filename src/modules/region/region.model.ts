import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { RegionLevel } from './region-code.policy.js';

registerEnumType(RegionLevel, {
  name: 'RegionLevel',
  description: 'Level of an administrative division (行政区划).',
  valuesMap: {
    PROVINCE: { description: 'Province, autonomous region or municipality (省级, 2 digits).' },
    CITY: { description: 'Prefecture-level city (地级, 4 digits); municipalities list their districts under 市辖区.' },
    COUNTY: { description: 'County, district or county-level city (县级, 6 digits).' },
    TOWNSHIP: { description: 'Township, town or street (乡镇/街道, 9 digits).' },
    VILLAGE: { description: 'Village or residents\' committee (村/居委会, 12 digits); not listed, accepted under a known township.' },
  },
});

@ObjectType({ description: 'An administrative division (GB/T 2260, townships from the statistical division codes).' })
export class Region {
  @Field({ description: 'Region code (行政区划代码): 2, 4, 6, 9 or 12 digits.' })
  code: string;

  @Field({ description: 'Official name, e.g. 任城区 or 南张街道.' })
  name: string;

  @Field(() => RegionLevel, { description: 'Province, city, county, township or village.' })
  level: RegionLevel;

  @Field(() => String, { nullable: true, description: 'The region one level up; null for a province.' })
  parentCode: string | null;
}
