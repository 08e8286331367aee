import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { BedCategory } from '../../../core/domain/enums.js';
import { BedReservationStatusEnum } from '../bed.model.js';

@InputType({ description: 'Narrows a reservation list; the caller\'s scope always applies on top.' })
export class BedReservationFilter {
  @Field(() => [BedReservationStatusEnum], { nullable: true, description: 'Only these statuses.' })
  @IsOptional()
  @ArrayMaxSize(5)
  @IsEnum(BedReservationStatusEnum, { each: true })
  status?: BedReservationStatusEnum[];

  @Field(() => ID, { nullable: true, description: 'Only this provider.' })
  @IsOptional()
  @IsUUID()
  providerId?: string;

  @Field(() => ID, { nullable: true, description: 'Only this elder.' })
  @IsOptional()
  @IsUUID()
  elderId?: string;

  @Field(() => BedCategory, { nullable: true, description: 'Only this bed category.' })
  @IsOptional()
  @IsEnum(BedCategory)
  category?: BedCategory;
}
