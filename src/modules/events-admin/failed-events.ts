import { Injectable, Module } from '@nestjs/common';
import { Args, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { Roles } from '../../core/auth/roles.decorator.js';
import { Role } from '../../core/domain/enums.js';
import { notFound } from '../../core/errors/domain-error.js';
import { ConnectionType, decodeOffsetCursor, PageArgs, toConnection, type Connection } from '../../core/graphql/pagination.js';
import { JOB_SCHEMA } from '../../database/migrations/1765040000000-durable-events.js';
import { JobQueue } from '../../core/jobs/job-queue.js';

const EVENT_QUEUES = 'event.%';

@ObjectType('FailedEvent', {
  description: 'A delivery of a domain event to one handler that failed on every attempt (dead letter); an admin may retry it.',
})
export class FailedEventModel {
  @Field(() => ID, { description: 'The delivery\'s id (pass it to retryFailedEvent).' })
  id: string;

  @Field({ description: 'The handler that failed, e.g. bed-waitlist.offer-freed-beds.' })
  handler: string;

  @Field({ description: 'The event\'s name, e.g. bed-capacity.changed.' })
  eventName: string;

  @Field(() => ID, { description: 'The event\'s id (one event reaches each of its handlers as its own delivery).' })
  eventId: string;

  @Field({ description: 'The event\'s payload as JSON (ids and counts only).' })
  payload: string;

  @Field(() => Int, { description: 'How many times delivery was attempted.' })
  attempts: number;

  @Field({ description: 'The last attempt\'s error message.' })
  error: string;

  @Field({ description: 'When the event was committed.' })
  occurredAt: Date;

  @Field({ description: 'When the last attempt failed.' })
  failedAt: Date;
}

export const FailedEventConnection = ConnectionType(FailedEventModel, 'FailedEventConnection');

interface FailedRow {
  id: string;
  name: string;
  data: { eventId: string; name: string; payload: unknown; occurredAt: string };
  retry_count: number;
  output: { message?: string } | null;
  created_on: Date;
  completed_on: Date | null;
}

const toModel = (r: FailedRow): FailedEventModel => ({
  id: r.id,
  handler: r.name.slice('event.'.length),
  eventName: r.data.name,
  eventId: r.data.eventId,
  payload: JSON.stringify(r.data.payload),
  attempts: r.retry_count + 1,
  error: String(r.output?.message ?? 'unknown error').slice(0, 500),
  occurredAt: new Date(r.data.occurredAt ?? r.created_on),
  failedAt: r.completed_on ?? r.created_on,
});

/** Dead-lettered deliveries: pg-boss keeps them in state `failed` (retryable for 30 days before archiving). */
@Injectable()
export class FailedEventsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
  ) {}

  async list(page: PageArgs): Promise<Connection<FailedEventModel>> {
    const offset = decodeOffsetCursor(page.after);
    const rows: FailedRow[] = await this.dataSource.query(
      `SELECT id, name, data, retry_count, output, created_on, completed_on FROM ${JOB_SCHEMA}.job
        WHERE name LIKE $1 AND state = 'failed' ORDER BY completed_on DESC NULLS LAST, id LIMIT $2 OFFSET $3`,
      [EVENT_QUEUES, page.first + 1, offset],
    );
    const [{ count }] = await this.dataSource.query(`SELECT count(*)::int AS count FROM ${JOB_SCHEMA}.job WHERE name LIKE $1 AND state = 'failed'`, [
      EVENT_QUEUES,
    ]);
    return toConnection(rows.map(toModel), count, offset, page.first);
  }

  /** Puts a failed delivery back on its queue for one more attempt; NOT_FOUND unless it is a failed event delivery. */
  async retry(id: string): Promise<boolean> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw notFound('Failed event');
    const rows: Array<{ name: string }> = await this.dataSource.query(
      `SELECT name FROM ${JOB_SCHEMA}.job WHERE id = $1 AND name LIKE $2 AND state = 'failed'`,
      [id, EVENT_QUEUES],
    );
    if (rows.length === 0) throw notFound('Failed event');
    await this.jobs.retry(rows[0].name, id);
    this.jobs.wake(rows[0].name);
    return true;
  }
}

@Resolver(() => FailedEventModel)
export class FailedEventsResolver {
  constructor(private readonly failed: FailedEventsService) {}

  @Query(() => FailedEventConnection, { description: 'Event deliveries that failed on every attempt, latest first (ADMIN).' })
  @Roles(Role.ADMIN)
  failedEvents(@Args() page: PageArgs) {
    return this.failed.list(page);
  }

  @Mutation(() => Boolean, { description: 'Delivers a failed event to its handler once more (ADMIN); NOT_FOUND when it is not a failed delivery.' })
  @Roles(Role.ADMIN)
  retryFailedEvent(@Args('id', { type: () => ID, description: 'The failed delivery\'s id.' }) id: string) {
    return this.failed.retry(id);
  }
}

/** The operator's view of the durable events: dead-lettered deliveries and their retry (ADMIN). */
@Module({ providers: [FailedEventsService, FailedEventsResolver] })
export class EventsAdminModule {}
