import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '../../core/domain/enums.js';

@ObjectType('User', { description: 'An account of the platform. The phone number is never shown.' })
export class UserModel {
  @Field(() => ID, { description: 'The account.' })
  id: string;

  @Field(() => Role, { description: 'What the account may do.' })
  role: Role;

  @Field({ description: 'Name shown to others.' })
  displayName: string;

  @Field(() => ID, { nullable: true, description: 'PROVIDER_STAFF and CAREGIVER: the provider they work for.' })
  providerId: string | null;

  @Field(() => String, { nullable: true, description: 'CIVIL_AFFAIRS: the region-code prefix they act in.' })
  regionScope: string | null;

  @Field({ description: 'When the account was created.' })
  createdAt: Date;
}

@ObjectType({ description: 'A signed access token and its account.' })
export class AuthPayload {
  @Field({ description: 'Send as `Authorization: Bearer <token>`.' })
  accessToken: string;

  @Field({ description: 'When the token expires.' })
  expiresAt: Date;

  @Field(() => UserModel, { description: 'The signed-in account.' })
  user: UserModel;
}
