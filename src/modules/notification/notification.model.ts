import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, Matches, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { ConnectionType } from '../../core/graphql/pagination.js';
import { NotificationKind, TEMPLATES } from './notification-kinds.js';
import { NotificationChannel } from './notification.policy.js';

registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'What a notification is about; each kind has a Chinese template and a default urgency.',
  valuesMap: Object.fromEntries(Object.entries(TEMPLATES).map(([k, t]) => [k, { description: `${t.description}${t.urgent ? ' Urgent.' : ''}` }])),
});

registerEnumType(NotificationChannel, {
  name: 'NotificationChannel',
  description: 'An outward channel a notification may also go out on (the in-app inbox always receives it).',
  valuesMap: {
    SMS: { description: 'A text message through the configured SMS provider (Alibaba Cloud SendSms).' },
    WEBHOOK: { description: 'A signed HTTP POST to the region\'s own gateway (e.g. WeChat-style template messages).' },
  },
});

export enum DeliveryStatus {
  PENDING = 'PENDING',
  SENDING = 'SENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
  SUPPRESSED = 'SUPPRESSED',
}

registerEnumType(DeliveryStatus, {
  name: 'NotificationDeliveryStatus',
  description: 'Where one outward delivery stands.',
  valuesMap: {
    PENDING: { description: 'Waiting to be sent (quiet hours, or a retry after a failure).' },
    SENDING: { description: 'An attempt is under way.' },
    SENT: { description: 'The provider accepted it.' },
    FAILED: { description: 'Refused, or failed on every attempt; lastError holds the provider\'s answer.' },
    SUPPRESSED: { description: 'Not sent, on purpose; suppressedReason says why (off by preference, channel not configured, no phone).' },
  },
});

@ObjectType('NotificationDelivery', { description: 'One notification on one outward channel: its status and attempts.' })
export class NotificationDeliveryModel {
  @Field(() => NotificationChannel, { description: 'The channel.' })
  channel: NotificationChannel;

  @Field(() => DeliveryStatus, { description: 'Where the delivery stands.' })
  status: DeliveryStatus;

  @Field(() => Int, { description: 'Attempts made so far.' })
  attempts: number;

  @Field(() => String, { nullable: true, description: 'The provider\'s answer to the last failed attempt.' })
  lastError: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was not sent (SUPPRESSED only).' })
  suppressedReason: string | null;

  @Field(() => Date, { nullable: true, description: 'Not sent before this time (quiet hours).' })
  notBefore: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the provider accepted it.' })
  sentAt: Date | null;
}

@ObjectType('Notification', { description: 'A message to one person, in Chinese, in their in-app inbox (and possibly by SMS or webhook).' })
export class NotificationModel {
  @Field(() => ID, { description: 'The notification\'s id.' })
  id: string;

  @Field(() => NotificationKind, { description: 'What it is about.' })
  kind: NotificationKind;

  @Field({ description: 'The title, in Chinese.' })
  title: string;

  @Field({ description: 'The message, in Chinese; times in China time.' })
  body: string;

  @Field({ description: 'Whether the kind is urgent (SMS is then sent in quiet hours too).' })
  urgent: boolean;

  @Field(() => ID, { nullable: true, description: 'The object it is about (a home-care order, a reservation...).' })
  objectId: string | null;

  @Field(() => ID, { description: 'Who it is for.' })
  recipientId: string;

  @Field({ description: 'When it was made.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the recipient marked it read.' })
  readAt: Date | null;
}

export const NotificationConnection = ConnectionType(NotificationModel, 'NotificationConnection');

@ObjectType('NotificationDeliveryEntry', { description: 'An outward delivery with its notification, as an ADMIN lists them (e.g. the FAILED ones).' })
export class NotificationDeliveryEntryModel extends NotificationDeliveryModel {
  @Field(() => ID, { description: 'The notification\'s id (with the channel, what retryNotificationDelivery takes).' })
  notificationId: string;

  @Field({ description: 'When the delivery last changed (made, attempted, retried).' })
  updatedAt: Date;

  @Field(() => NotificationModel, { description: 'The notification: its kind, text and recipient.' })
  notification: NotificationModel;
}

export const NotificationDeliveryEntryConnection = ConnectionType(NotificationDeliveryEntryModel, 'NotificationDeliveryEntryConnection');

@InputType({ description: 'Which outward deliveries to list.' })
export class NotificationDeliveryFilter {
  @Field(() => [DeliveryStatus], { nullable: true, description: 'Only deliveries in these states (default: FAILED only).' })
  @IsOptional() @IsArray() @ArrayMaxSize(5) @IsEnum(DeliveryStatus, { each: true })
  status?: DeliveryStatus[] | null;

  @Field(() => [NotificationChannel], { nullable: true, description: 'Only deliveries on these channels (default: every channel).' })
  @IsOptional() @IsArray() @ArrayMaxSize(2) @IsEnum(NotificationChannel, { each: true })
  channel?: NotificationChannel[] | null;
}

@ObjectType('NotificationKindChannels', { description: 'The outward channels chosen for one kind.' })
export class KindChannelsModel {
  @Field(() => NotificationKind, { description: 'The kind.' })
  kind: NotificationKind;

  @Field(() => [NotificationChannel], { description: 'Channels it goes out on besides the inbox (empty: inbox only).' })
  channels: NotificationChannel[];
}

@ObjectType('NotificationPreferences', { description: 'How a person wants to be told: channels per kind and quiet hours.' })
export class NotificationPreferencesModel {
  @Field(() => [KindChannelsModel], { description: 'Kinds with chosen channels; a kind not listed goes out on every configured channel.' })
  channels: KindChannelsModel[];

  @Field({ description: 'Start of quiet hours, HH:MM China time (default 22:00): SMS waits unless the kind is urgent.' })
  quietHoursStart: string;

  @Field({ description: 'End of quiet hours, HH:MM China time (default 07:00).' })
  quietHoursEnd: string;
}

@InputType({ description: 'The outward channels for one kind.' })
export class KindChannelsInput {
  @Field(() => NotificationKind, { description: 'The kind.' })
  @IsEnum(NotificationKind)
  kind: NotificationKind;

  @Field(() => [NotificationChannel], { description: 'Channels besides the inbox; empty for inbox only.' })
  @IsArray() @ArrayMaxSize(2) @IsEnum(NotificationChannel, { each: true })
  channels: NotificationChannel[];
}

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

@InputType({ description: 'Changes to one\'s notification preferences; what is not given stays as it was.' })
export class NotificationPreferencesInput {
  @Field(() => [KindChannelsInput], { nullable: true, description: 'Channels for these kinds (others unchanged).' })
  @IsOptional() @IsArray() @ArrayMaxSize(40) @ValidateNested({ each: true }) @Type(() => KindChannelsInput)
  channels?: KindChannelsInput[] | null;

  @Field(() => String, { nullable: true, description: 'Start of quiet hours, HH:MM China time.' })
  @IsOptional() @Matches(HHMM, { message: 'must be HH:MM' })
  quietHoursStart?: string | null;

  @Field(() => String, { nullable: true, description: 'End of quiet hours, HH:MM China time (equal to the start: no quiet hours).' })
  @IsOptional() @Matches(HHMM, { message: 'must be HH:MM' })
  quietHoursEnd?: string | null;
}
