import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { BedCategory, CareLevel, Ownership, ProviderKind, ServiceKind } from '../../../core/domain/enums.js';
import { GeoPointInput } from '../../../core/graphql/geo-point.js';

export const REGION_CODE = /^\d{6}(\d{3}(\d{3})?)?$/;
export const REGION_PREFIX = /^\d{1,12}$/;
export const CONTACT_PHONE = /^[0-9+\-() ]{5,20}$/;

@InputType({ description: 'Registers a provider. CIVIL_AFFAIRS in scope, or ADMIN.' })
export class CreateProviderInput {
  @Field({ description: 'Registered name, 1 to 200 characters.' }) @IsString() @Length(1, 200)
  name: string;

  @Field(() => ProviderKind, { description: 'What kind of provider; fixed once registered.' }) @IsEnum(ProviderKind)
  kind: ProviderKind;

  @Field(() => Ownership, { description: 'Who owns and runs it.' }) @IsEnum(Ownership)
  ownership: Ownership;

  @Field({ description: 'County (6 digits), township (9) or village (12) code.' })
  @Matches(REGION_CODE, { message: 'regionCode must be 6, 9 or 12 digits' })
  regionCode: string;

  @Field({ description: 'Street address, 1 to 300 characters.' }) @IsString() @Length(1, 300)
  address: string;

  @Field(() => GeoPointInput, { description: 'Where it is (WGS-84): latitude -90 to 90, longitude -180 to 180.' }) @ValidateNested() @Type(() => GeoPointInput)
  location: GeoPointInput;

  @Field(() => String, { nullable: true, description: 'Public contact phone, 5 to 20 digits and + - ( ) spaces.' }) @IsOptional() @Matches(CONTACT_PHONE, { message: 'phone must be 5 to 20 digits' })
  phone?: string | null;

  @Field(() => Float, { nullable: true, description: 'Home-care service radius in km, 0 to 200.' })
  @IsOptional() @IsNumber() @Min(0) @Max(200)
  serviceRadiusKm?: number | null;

  @Field(() => String, { nullable: true, description: 'Unified social credit code (统一社会信用代码, GB 32100, 18 characters with its check character); unique.' })
  @IsOptional() @IsString() @Length(18, 18, { message: 'creditCode must be 18 characters' })
  creditCode?: string | null;

  @Field(() => [CareLevel], { nullable: true, description: 'Defaults to every level.' })
  @IsOptional() @IsArray() @ArrayUnique() @IsEnum(CareLevel, { each: true })
  acceptsCareLevels?: CareLevel[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Defaults to false.' }) @IsOptional() @IsBoolean()
  dementiaCare?: boolean | null;
}

@InputType({ description: 'Changes a provider\'s registry entry; omitted fields stay as they are.' })
export class UpdateProviderInput {
  @Field({ nullable: true, description: 'New registered name, 1 to 200 characters.' }) @IsOptional() @IsString() @Length(1, 200)
  name?: string;

  @Field(() => Ownership, { nullable: true, description: 'New ownership.' }) @IsOptional() @IsEnum(Ownership)
  ownership?: Ownership;

  @Field({ nullable: true, description: 'New street address, 1 to 300 characters.' }) @IsOptional() @IsString() @Length(1, 300)
  address?: string;

  @Field(() => GeoPointInput, { nullable: true, description: 'New location (WGS-84).' }) @IsOptional() @ValidateNested() @Type(() => GeoPointInput)
  location?: GeoPointInput;

  @Field(() => String, { nullable: true, description: 'New contact phone, 5 to 20 digits and + - ( ) spaces; null removes it.' }) @IsOptional() @Matches(CONTACT_PHONE, { message: 'phone must be 5 to 20 digits' })
  phone?: string | null;

  @Field(() => Float, { nullable: true, description: 'New home-care service radius in km, 0 to 200; null means the provider takes no home-care visits.' }) @IsOptional() @IsNumber() @Min(0) @Max(200)
  serviceRadiusKm?: number | null;

  @Field(() => String, { nullable: true, description: 'Unified social credit code (GB 32100); unique. null removes it.' })
  @IsOptional() @IsString() @Length(18, 18, { message: 'creditCode must be 18 characters' })
  creditCode?: string | null;

  @Field(() => [CareLevel], { nullable: true, description: 'The care levels it takes, each once.' }) @IsOptional() @IsArray() @ArrayUnique() @IsEnum(CareLevel, { each: true })
  acceptsCareLevels?: CareLevel[];

  @Field({ nullable: true, description: 'Whether it cares for elders with dementia.' }) @IsOptional() @IsBoolean()
  dementiaCare?: boolean;
}

@InputType({ description: 'Filters of the public provider finder; all given filters must hold.' })
export class ProviderFilter {
  @Field(() => [ProviderKind], { nullable: true, description: 'Only providers of these kinds.' }) @IsOptional() @IsArray() @IsEnum(ProviderKind, { each: true })
  kinds?: ProviderKind[];

  @Field({ nullable: true, description: 'A region-code prefix: "3708" covers every code starting with it.' })
  @IsOptional() @Matches(REGION_PREFIX, { message: 'regionCode must be 1 to 12 digits' })
  regionCode?: string;

  @Field(() => Ownership, { nullable: true, description: 'Only providers with this ownership.' }) @IsOptional() @IsEnum(Ownership)
  ownership?: Ownership;

  @Field(() => GeoPointInput, { nullable: true, description: 'Only providers within radiusKm of this point, nearest first.' })
  @IsOptional() @ValidateNested() @Type(() => GeoPointInput)
  near?: GeoPointInput;

  @Field(() => Float, { nullable: true, description: 'With `near`: radius in km, more than 0 and at most 500 (default 10).' })
  @IsOptional() @IsNumber() @Min(0.001) @Max(500)
  radiusKm?: number;

  @Field(() => BedCategory, { nullable: true, description: 'Only providers with a free bed of this category.' })
  @IsOptional() @IsEnum(BedCategory)
  hasFreeBed?: BedCategory;

  @Field(() => Int, { nullable: true, description: 'Only providers whose current grade has at least this many stars.' })
  @IsOptional() @IsInt() @Min(1) @Max(5)
  minStars?: number;
}

@InputType({ description: 'One service and its price.' })
export class ServiceOfferingInput {
  @Field(() => ServiceKind, { description: 'The service offered; each kind at most once in the list.' }) @IsEnum(ServiceKind)
  kind: ServiceKind;

  @Field(() => Int, { description: 'Price in fen per unit, 0 to 10,000,000.' }) @IsInt() @Min(0) @Max(10_000_000)
  priceFen: number;

  @Field({ description: 'Unit of the price, e.g. 次 or 小时.' }) @IsString() @Length(1, 20)
  unit: string;

  @Field(() => Int, { nullable: true, description: 'Usual duration of a visit in minutes, 1 to 1440.' })
  @IsOptional() @IsInt() @Min(1) @Max(1440)
  durationMinutes?: number | null;
}
