import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { CareLevel, Ownership, ProviderKind, ServiceKind } from '../../core/domain/enums.js';
import { GeoPoint } from '../../core/graphql/geo-point.js';
import { ConnectionType } from '../../core/graphql/pagination.js';

@ObjectType({ description: 'A service a provider offers, at its own price.' })
export class ServiceOffering {
  @Field(() => ServiceKind, { description: 'The service offered.' })
  kind: ServiceKind;

  @Field(() => Int, { description: 'Price in fen (1 yuan = 100 fen) per unit.' })
  priceFen: number;

  @Field({ description: 'What the price is for, e.g. 次 (per visit) or 小时 (per hour).' })
  unit: string;

  @Field(() => Int, { nullable: true, description: 'Usual duration of one visit in minutes.' })
  durationMinutes: number | null;
}

@ObjectType({ description: 'The official star grade (GB/T 37276) in force.' })
export class CurrentRating {
  @Field(() => ID, { nullable: true, description: 'The published assessment behind the grade.' })
  assessmentId: string | null;

  @Field(() => Int, { description: '1 to 5 stars.' })
  stars: number;

  @Field({ description: 'The grade is valid until then (3 years from publication).' })
  validUntil: Date;
}

@ObjectType({ description: 'Families\' reviews of completed home-care visits. Not an official grade.' })
export class ReviewSummary {
  @Field(() => Int, { description: 'How many reviews.' })
  count: number;

  @Field(() => Float, { nullable: true, description: 'Average stars (1 to 5), null without reviews.' })
  average: number | null;
}

@ObjectType('Provider', { description: 'A nursing home, day-care centre, rural happiness home or home-care agency. Its public facts are readable by anyone.' })
export class ProviderModel {
  @Field(() => ID, { description: 'The provider.' })
  id: string;

  @Field({ description: 'Registered name of the facility or agency.' })
  name: string;

  @Field(() => ProviderKind, { description: 'What kind of provider it is.' })
  kind: ProviderKind;

  @Field(() => Ownership, { description: 'Who owns and runs it.' })
  ownership: Ownership;

  @Field({ description: 'Administrative region code (行政区划代码), 6, 9 or 12 digits.' })
  regionCode: string;

  @Field({ description: 'Street address of the facility or agency office.' })
  address: string;

  @Field(() => GeoPoint, { description: 'Where it is (WGS-84 latitude and longitude); distances are measured from here.' })
  location: GeoPoint;

  @Field(() => String, { nullable: true, description: 'Public contact number of the provider.' })
  phone: string | null;

  @Field(() => Float, { nullable: true, description: 'How far from its location the provider serves homes, in km.' })
  serviceRadiusKm: number | null;

  @Field(() => [CareLevel], { description: 'Care levels the provider accepts.' })
  acceptsCareLevels: CareLevel[];

  @Field({ description: 'Whether the provider offers dementia care (失智照护).' })
  dementiaCare: boolean;

  @Field(() => Float, { nullable: true, description: 'Distance in km from the `near` point of the query, when one was given.' })
  distanceKm?: number | null;

  @Field({ description: 'When the registry entry last changed.' })
  updatedAt: Date;
}

export const ProviderConnection = ConnectionType(ProviderModel, 'ProviderConnection');
