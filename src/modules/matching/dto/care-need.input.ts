import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { BedCategory, CareLevel, CareSetting, ServiceKind } from '../../../core/domain/enums.js';
import { GeoPointInput } from '../../../core/graphql/geo-point.js';

@InputType({
  description:
    'What an elder needs. `elderId` fills location, care level, dementia and subsidy eligibility from the elder\'s record; ' +
    'explicit fields override the record. Without `elderId`, `location` is required.',
})
export class CareNeedInput {
  @Field(() => ID, { nullable: true, description: 'The elder the care is for (a guardian\'s own elder, or one in an officer\'s scope).' })
  @IsOptional() @IsString()
  elderId?: string | null;

  @Field(() => GeoPointInput, { nullable: true, description: 'Where the care is needed; defaults to the elder\'s home.' })
  @IsOptional() @ValidateNested() @Type(() => GeoPointInput)
  location?: GeoPointInput | null;

  @Field(() => String, { nullable: true, description: 'Only providers whose region code starts with this prefix.' })
  @IsOptional() @Matches(/^\d{2,12}$/, { message: 'regionCode must be 2 to 12 digits' })
  regionCode?: string | null;

  @Field(() => CareSetting, {
    nullable: true,
    description: 'Residential place, day care or care at home. Default: RESIDENTIAL when a bed category is given, HOME_CARE when ' +
      'services are given, else RESIDENTIAL.',
  })
  @IsOptional() @IsEnum(CareSetting)
  setting?: CareSetting | null;

  @Field(() => [ServiceKind], { nullable: true, description: 'Services the provider must all offer; their prices make the monthly estimate.' })
  @IsOptional() @IsArray() @ArrayUnique() @ArrayMaxSize(14) @IsEnum(ServiceKind, { each: true })
  services?: ServiceKind[] | null;

  @Field(() => BedCategory, {
    nullable: true,
    description: 'Residential only: the bed that must be free. Default: DEMENTIA when dementia care is needed, NURSING for SEVERE or ' +
      'TOTAL care levels, else SELF_CARE.',
  })
  @IsOptional() @IsEnum(BedCategory)
  bedCategory?: BedCategory | null;

  @Field(() => CareLevel, { nullable: true, description: 'Care level the provider must accept; defaults to the elder\'s assessed level.' })
  @IsOptional() @IsEnum(CareLevel)
  careLevel?: CareLevel | null;

  @Field(() => Float, { nullable: true, description: 'Search radius in km: default 10, at most 100 (larger values are cut to 100).' })
  @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0)
  maxDistanceKm?: number | null;

  @Field(() => Int, { nullable: true, description: 'What the family can pay a month after subsidy, in fen.' })
  @IsOptional() @IsInt() @Min(0)
  monthlyBudgetFen?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Dementia care (失智照护) needed; defaults to the elder\'s diagnosis.' })
  @IsOptional() @IsBoolean()
  needsDementiaCare?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Minimum current star grade, 0 to 5.' })
  @IsOptional() @IsInt() @Min(0) @Max(5)
  minStars?: number | null;
}
