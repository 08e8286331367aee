import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '../../core/domain/enums.js';
import { ConnectionType } from '../../core/graphql/pagination.js';

@ObjectType('User', { description: 'An account of the platform. Its phone number is shown to admins and to the account itself.' })
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

  @Field(() => ID, { nullable: true, description: 'DEVICE: the elder the device is bound to.' })
  elderId: string | null;

  @Field(() => Date, { nullable: true, description: 'When an admin disabled the account (it cannot sign in); null while active.' })
  disabledAt: Date | null;

  @Field({ description: 'When the account was created.' })
  createdAt: Date;
}

export const UserConnection = ConnectionType(UserModel, 'UserConnection');

@ObjectType({
  description:
    'The tokens of a sign-in session and its account. Send the access token as `Authorization: Bearer <accessToken>`; ' +
    'when it expires (15 minutes by default) call `refreshAccessToken` with the refresh token for a new pair.',
})
export class AuthPayload {
  @Field({ description: 'Short-lived access token: send as `Authorization: Bearer <token>`.' })
  accessToken: string;

  @Field({ description: 'When the access token expires.' })
  expiresAt: Date;

  @Field({
    description:
      'Single-use token for `refreshAccessToken`: each use returns a new one and uses this one up. Presenting a used one ends ' +
      'the session. Keep it secret (never in a URL or a log).',
  })
  refreshToken: string;

  @Field({ description: 'When the refresh token expires (30 days by default); sign in again after that.' })
  refreshTokenExpiresAt: Date;

  @Field(() => UserModel, { description: 'The signed-in account.' })
  user: UserModel;
}
