import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A device at an elder\'s home (an emergency button or watch) that signs in as a DEVICE account bound to that elder.' })
export class DeviceAccount {
  @Field(() => ID, { description: 'The device\'s account.' })
  id: string;

  @Field(() => ID, { description: 'The elder it is bound to: the only elder it may raise an emergency for.' })
  elderId: string;

  @Field({ description: 'What the device is, e.g. "卧室紧急按钮".' })
  label: string;

  @Field({ description: 'When it was created.' })
  createdAt: Date;

  @Field(() => ID, { nullable: true, description: 'Who created it (a guardian or the serving provider\'s staff).' })
  createdBy: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was revoked (it cannot sign in any more); null while active.' })
  revokedAt: Date | null;
}

@ObjectType({
  description:
    'A new device and its sign-in credential, shown only once: configure the device with them. It signs in with ' +
    '`login(phone: loginId, password: secret)` like any account.',
})
export class DeviceAccountCredential {
  @Field(() => DeviceAccount, { description: 'The device.' })
  device: DeviceAccount;

  @Field({ description: 'The device\'s login id (given as `phone` to `login`): a letter and 15 digits, never a phone number.' })
  loginId: string;

  @Field({ description: 'The device\'s secret (given as `password` to `login`); only its hash is stored, so it cannot be shown again.' })
  secret: string;
}
