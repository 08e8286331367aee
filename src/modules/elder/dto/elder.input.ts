import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';
import { CareLevel, ElderCategory } from '../../../core/domain/enums.js';
import { GeoPointInput } from '../../../core/graphql/geo-point.js';
import { Gender, SelfCareClassEnum, SupportFormEnum } from '../elder.model.js';

export const ELDER_REGION_CODE = /^\d{6}(\d{3}(\d{3})?)?$/;
export const ELDER_REGION_PREFIX = /^\d{1,12}$/;
export const ELDER_PHONE = /^[0-9+\-() ]{5,20}$/;
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

// Validation messages never quote the value: an ID number must not come back in an error.

@InputType({ description: 'Registers an elder. FAMILY (the caller becomes guardian) or CIVIL_AFFAIRS in scope.' })
export class CreateElderInput {
  @Field({ description: 'Full name as on the ID card.' })
  @IsString() @Length(1, 100)
  fullName: string;

  @Field(() => Gender, { description: 'Sex as on the ID card: MALE or FEMALE.' })
  @IsEnum(Gender, { message: 'gender must be MALE or FEMALE' })
  gender: Gender;

  @Field({ description: 'Birth date YYYY-MM-DD; must agree with the ID number.' })
  @Matches(ISO_DATE, { message: 'birthDate must be YYYY-MM-DD' })
  birthDate: string;

  @Field({ description: 'Resident ID number (GB 11643, 18 characters). Stored encrypted, never returned.' })
  @IsString() @Length(1, 40, { message: 'idNumber must be 18 characters' })
  idNumber: string;

  @Field({ description: 'County (6 digits), township (9) or village (12) code where the elder lives.' })
  @Matches(ELDER_REGION_CODE, { message: 'regionCode must be 6, 9 or 12 digits' })
  regionCode: string;

  @Field({ description: 'Home address; shown only to guardians, the elder\'s providers and civil affairs in scope.' })
  @IsString() @Length(1, 300)
  address: string;

  @Field(() => GeoPointInput, { description: 'Where the home is.' })
  @ValidateNested() @Type(() => GeoPointInput)
  location: GeoPointInput;

  @Field(() => String, { nullable: true, description: 'The elder\'s phone; same visibility as the address.' })
  @IsOptional() @Matches(ELDER_PHONE, { message: 'phone must be 5 to 20 digits' })
  phone?: string | null;

  @Field(() => [ElderCategory], {
    nullable: true,
    description: 'Declared by a family, verified when given by civil affairs. ADVANCED_AGE is derived from the age and ignored here.',
  })
  @IsOptional() @IsArray() @ArrayMaxSize(8) @IsEnum(ElderCategory, { each: true })
  categories?: ElderCategory[] | null;

  @Field(() => SupportFormEnum, { nullable: true, description: 'Civil affairs, extreme-poverty elders only.' })
  @IsOptional() @IsEnum(SupportFormEnum)
  supportForm?: SupportFormEnum | null;

  @Field(() => SelfCareClassEnum, { nullable: true, description: 'Civil affairs, extreme-poverty elders only.' })
  @IsOptional() @IsEnum(SelfCareClassEnum)
  selfCareClass?: SelfCareClassEnum | null;
}

@InputType({ description: 'Changes an elder\'s record (guardians, civil affairs in scope). Omitted fields stay as they are.' })
export class UpdateElderInput {
  @Field(() => String, { nullable: true, description: 'Full name.' })
  @IsOptional() @IsString() @Length(1, 100)
  fullName?: string | null;

  @Field(() => String, { nullable: true, description: 'Home address.' })
  @IsOptional() @IsString() @Length(1, 300)
  address?: string | null;

  @Field(() => GeoPointInput, { nullable: true, description: 'Where the home is.' })
  @IsOptional() @ValidateNested() @Type(() => GeoPointInput)
  location?: GeoPointInput | null;

  @Field(() => String, { nullable: true, description: 'The elder\'s phone; send an empty string to remove it.' })
  @IsOptional() @Matches(/^$|^[0-9+\-() ]{5,20}$/, { message: 'phone must be 5 to 20 digits' })
  phone?: string | null;

  @Field(() => [ElderCategory], {
    nullable: true,
    description:
      'The full category list. From a family: declarations (verified categories stay). From civil affairs: the verified list (others are dropped).',
  })
  @IsOptional() @IsArray() @ArrayMaxSize(8) @IsEnum(ElderCategory, { each: true })
  categories?: ElderCategory[] | null;

  @Field(() => SupportFormEnum, { nullable: true, description: 'Civil affairs, extreme-poverty elders only.' })
  @IsOptional() @IsEnum(SupportFormEnum)
  supportForm?: SupportFormEnum | null;

  @Field(() => SelfCareClassEnum, { nullable: true, description: 'Civil affairs, extreme-poverty elders only.' })
  @IsOptional() @IsEnum(SelfCareClassEnum)
  selfCareClass?: SelfCareClassEnum | null;
}

@InputType({ description: 'Filters of the civil-affairs elder list; all given filters must hold.' })
export class ElderFilter {
  @Field(() => String, { nullable: true, description: 'Region prefix (within the caller\'s scope).' })
  @IsOptional() @Matches(ELDER_REGION_PREFIX, { message: 'regionCode must be 1 to 12 digits' })
  regionCode?: string | null;

  @Field(() => [ElderCategory], { nullable: true, description: 'Elders holding any of these categories.' })
  @IsOptional() @IsArray() @ArrayMaxSize(8) @IsEnum(ElderCategory, { each: true })
  categories?: ElderCategory[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Count only verified categories (default true).' })
  @IsOptional() @IsBoolean()
  verifiedOnly?: boolean | null;

  @Field(() => [CareLevel], { nullable: true, description: 'Elders whose care level is one of these.' })
  @IsOptional() @IsArray() @ArrayMaxSize(5) @IsEnum(CareLevel, { each: true })
  careLevels?: CareLevel[] | null;

  @Field(() => ID, { nullable: true, description: 'Elders served by this provider.' })
  @IsOptional() @IsUUID()
  providerId?: string | null;
}
