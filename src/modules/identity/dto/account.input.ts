import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, MinLength } from 'class-validator';
import { Role } from '../../../core/domain/enums.js';

/** Mainland mobile numbers: 11 digits starting 1[3-9]. */
export const MOBILE_PHONE = /^1[3-9]\d{9}$/;

@InputType({ description: 'Self-registration of a family account (家属/监护人).' })
export class RegisterInput {
  @Field({ description: 'Mainland mobile number, 11 digits.' })
  @Matches(MOBILE_PHONE, { message: 'phone must be an 11-digit mainland mobile number' })
  phone: string;

  @Field({ description: 'At least 8 characters and at most 72 bytes; not a common password, not containing the phone number.' })
  @IsString() @MinLength(8) @MaxLength(72)
  password: string;

  @Field({ description: 'Name shown to others, 1 to 100 characters.' })
  @IsString() @Length(1, 100)
  displayName: string;
}

@InputType({ description: 'An account created by an admin, or by an officer for a provider in scope.' })
export class CreateUserInput extends RegisterInput {
  @Field(() => Role, { description: 'The account\'s role; PROVIDER_STAFF and CAREGIVER need providerId, CIVIL_AFFAIRS needs regionScope.' })
  @IsEnum(Role)
  role: Role;

  @Field(() => ID, { nullable: true, description: 'Required for PROVIDER_STAFF and CAREGIVER.' })
  @IsOptional() @IsUUID()
  providerId?: string | null;

  @Field(() => String, { nullable: true, description: 'Required for CIVIL_AFFAIRS: a region-code prefix, 2 to 12 digits.' })
  @IsOptional() @Matches(/^\d{2,12}$/, { message: 'regionScope must be 2 to 12 digits' })
  regionScope?: string | null;
}

@InputType({ description: 'A new role (and its binding) for an account; its sessions end and it signs in again.' })
export class ChangeUserRoleInput {
  @Field(() => Role, { description: 'The new role.' })
  @IsEnum(Role)
  role: Role;

  @Field(() => ID, { nullable: true, description: 'Required for PROVIDER_STAFF and CAREGIVER.' })
  @IsOptional() @IsUUID()
  providerId?: string | null;

  @Field(() => String, { nullable: true, description: 'Required for CIVIL_AFFAIRS: a region-code prefix, 2 to 12 digits.' })
  @IsOptional() @Matches(/^\d{2,12}$/, { message: 'regionScope must be 2 to 12 digits' })
  regionScope?: string | null;
}

@InputType({ description: 'Which accounts to list (ADMIN); all given must hold.' })
export class UserFilter {
  @Field(() => Role, { nullable: true, description: 'Only accounts with this role.' })
  @IsOptional() @IsEnum(Role)
  role?: Role | null;

  @Field(() => String, { nullable: true, description: 'Only accounts whose phone number contains these digits (1 to 11 digits).' })
  @IsOptional() @Matches(/^\d{1,11}$/, { message: 'phoneContains must be 1 to 11 digits' })
  phoneContains?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only disabled accounts; false: only active ones.' })
  @IsOptional() @IsBoolean()
  disabled?: boolean | null;
}
