import { Field, Float, InputType, ObjectType } from '@nestjs/graphql';
import { IsLatitude, IsLongitude } from 'class-validator';

@InputType({ description: 'A point on the earth (WGS-84 degrees).' })
export class GeoPointInput {
  @Field(() => Float, { description: 'Latitude, -90 to 90.' })
  @IsLatitude()
  latitude: number;

  @Field(() => Float, { description: 'Longitude, -180 to 180.' })
  @IsLongitude()
  longitude: number;
}

@ObjectType({ description: 'A point on the earth (WGS-84 degrees).' })
export class GeoPoint {
  @Field(() => Float, { description: 'Latitude in degrees.' })
  latitude: number;

  @Field(() => Float, { description: 'Longitude in degrees.' })
  longitude: number;
}
