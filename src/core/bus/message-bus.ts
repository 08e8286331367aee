import { randomUUID } from 'node:crypto';
import { Global, Inject, Injectable, Module, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { Redis } from 'ioredis';
import pg from 'pg';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { appLogger } from '../logging/logger.js';

/** What travels between instances: committed domain events (for live subscriptions) and cache invalidations. */
export type BusChannel = 'events' | 'cache';

const CHANNEL_NAMES: Record<BusChannel, string> = { events: 'yiyang_events', cache: 'yiyang_cache' };

/** A message as delivered to a handler: the sender's instance id and the body. */
export interface BusMessage<T = Record<string, unknown>> {
  from: string;
  body: T;
}

type Handler = (message: BusMessage) => void;

/** Published when a bus link was down and came back: what was sent meanwhile is lost, so caches start over. */
export const RESYNC: BusMessage = { from: 'bus', body: { resync: true } };

// NOTIFY refuses payloads of 8000 bytes or more.
const MAX_PAYLOAD = 7_900;

/**
 * The pub/sub bus between instances, fire-and-forget (at most once): PostgreSQL LISTEN/NOTIFY by default (no other
 * server; works with the embedded database), Redis pub/sub when REDIS_URL is set. Every instance receives every
 * message, its own included. Durable work never rides on it: that is the job queue's. After a lost link the
 * handlers receive RESYNC, so caches are dropped rather than left stale. The database announces committed settings
 * changes itself (a trigger NOTIFYs yiyang_cache), heard over LISTEN whichever transport carries the rest.
 */
@Injectable()
export class MessageBus implements OnModuleInit, OnApplicationShutdown {
  readonly instanceId = randomUUID();
  private readonly handlers = new Map<BusChannel, Set<Handler>>();
  private transport!: Transport;
  /** With Redis: the database's own announcements (the settings trigger) are still heard over LISTEN. */
  private databaseListener: Transport | null = null;
  private closed = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  get kind(): 'postgres' | 'redis' {
    return this.config.REDIS_URL ? 'redis' : 'postgres';
  }

  async onModuleInit(): Promise<void> {
    const receive = (channel: string, raw: string) => this.receive(channel, raw);
    const resync = () => this.resync();
    this.transport = this.config.REDIS_URL
      ? new RedisTransport(this.config.REDIS_URL, receive, resync)
      : new PostgresTransport(this.dataSource, receive, resync);
    await this.transport.start(Object.values(CHANNEL_NAMES));
    if (this.config.REDIS_URL) {
      this.databaseListener = new PostgresTransport(this.dataSource, receive, resync);
      await this.databaseListener.start([CHANNEL_NAMES.cache]);
    }
    appLogger().info({ bus: this.kind }, 'message bus connected');
  }

  subscribe(channel: BusChannel, handler: Handler): () => void {
    let set = this.handlers.get(channel);
    if (!set) this.handlers.set(channel, (set = new Set()));
    set.add(handler);
    return () => set.delete(handler);
  }

  async publish(channel: BusChannel, body: object): Promise<void> {
    if (this.closed) return;
    const raw = JSON.stringify({ from: this.instanceId, body });
    if (Buffer.byteLength(raw) > MAX_PAYLOAD) {
      appLogger().error({ channel, bytes: Buffer.byteLength(raw) }, 'bus message too large, not sent');
      return;
    }
    await this.transport.publish(CHANNEL_NAMES[channel], raw);
  }

  /** Shutdown step: stop listening and close the bus connections. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.transport?.close();
    await this.databaseListener?.close();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.close();
  }

  private receive(channelName: string, raw: string): void {
    const channel = (Object.keys(CHANNEL_NAMES) as BusChannel[]).find((c) => CHANNEL_NAMES[c] === channelName);
    if (!channel) return;
    let message: BusMessage;
    try {
      message = JSON.parse(raw) as BusMessage;
    } catch {
      return;
    }
    this.dispatch(channel, message);
  }

  private resync(): void {
    for (const channel of this.handlers.keys()) this.dispatch(channel, RESYNC);
  }

  private dispatch(channel: BusChannel, message: BusMessage): void {
    for (const handler of this.handlers.get(channel) ?? []) {
      try {
        handler(message);
      } catch (error) {
        appLogger().error({ channel, err: error instanceof Error ? error.message : String(error) }, 'bus handler failed');
      }
    }
  }
}

interface Transport {
  start(channels: string[]): Promise<void>;
  publish(channel: string, raw: string): Promise<void>;
  close(): Promise<void>;
}

/** LISTEN on one dedicated connection (reconnected with backoff when it drops); NOTIFY through the app's pool. */
class PostgresTransport implements Transport {
  private client: pg.Client | null = null;
  private channels: string[] = [];
  private closed = false;
  private retryMs = 250;

  constructor(
    private readonly dataSource: DataSource,
    private readonly receive: (channel: string, raw: string) => void,
    private readonly resync: () => void,
  ) {}

  async start(channels: string[]): Promise<void> {
    this.channels = channels;
    await this.connect();
  }

  private async connect(): Promise<void> {
    const options = this.dataSource.options as { url?: string };
    const client = new pg.Client({ connectionString: options.url, application_name: 'yiyang-bus' });
    client.on('notification', (n) => n.payload !== undefined && this.receive(n.channel, n.payload));
    client.on('error', (error) => {
      appLogger().warn({ err: error.message }, 'bus connection lost');
      this.reconnect(client);
    });
    client.on('end', () => this.reconnect(client));
    await client.connect();
    for (const channel of this.channels) await client.query(`LISTEN ${channel}`);
    this.client = client;
    this.retryMs = 250;
  }

  private reconnect(dead: pg.Client): void {
    if (this.closed || this.client !== dead) return;
    this.client = null;
    dead.end().catch(() => undefined);
    const attempt = () => {
      if (this.closed) return;
      this.connect().then(
        () => this.resync(),
        () => {
          this.retryMs = Math.min(this.retryMs * 2, 10_000);
          setTimeout(attempt, this.retryMs).unref();
        },
      );
    };
    setTimeout(attempt, this.retryMs).unref();
  }

  /**
   * The messages published in one turn of the event loop go out in one statement (under load a request's events and
   * those of its neighbours share one round trip instead of one each). NOTIFY keeps their order; the payloads carry
   * event ids, so none is folded into another.
   */
  publish(channel: string, raw: string): Promise<void> {
    return new Promise((resolve, reject) => {
      if (!this.outgoing) {
        this.outgoing = [];
        setImmediate(() => void this.flush());
      }
      this.outgoing.push({ channel, raw, resolve, reject });
    });
  }

  private outgoing: Array<{ channel: string; raw: string; resolve: () => void; reject: (error: unknown) => void }> | null = null;

  private async flush(): Promise<void> {
    const batch = this.outgoing ?? [];
    this.outgoing = null;
    try {
      await this.dataSource.query('SELECT pg_notify(m.channel, m.raw) FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS m(channel, raw, n) ORDER BY m.n', [
        batch.map((m) => m.channel),
        batch.map((m) => m.raw),
      ]);
      for (const m of batch) m.resolve();
    } catch (error) {
      for (const m of batch) m.reject(error);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    const client = this.client;
    this.client = null;
    if (client) {
      await client.query('UNLISTEN *').catch(() => undefined);
      await client.end().catch(() => undefined);
    }
  }
}

/** Redis pub/sub: one connection subscribed, one publishing; ioredis reconnects and resubscribes by itself. */
class RedisTransport implements Transport {
  private readonly sub: Redis;
  private readonly pub: Redis;
  private ready = false;

  constructor(
    url: string,
    private readonly receive: (channel: string, raw: string) => void,
    private readonly resync: () => void,
  ) {
    const options = { lazyConnect: true, maxRetriesPerRequest: 2, connectionName: 'yiyang-bus' };
    this.sub = new Redis(url, options);
    this.pub = new Redis(url, options);
    for (const client of [this.sub, this.pub]) client.on('error', (error: Error) => appLogger().warn({ err: error.message }, 'redis bus error'));
    this.sub.on('message', (channel: string, raw: string) => this.receive(channel, raw));
    this.sub.on('ready', () => {
      if (this.ready) this.resync();
      this.ready = true;
    });
  }

  async start(channels: string[]): Promise<void> {
    await Promise.all([this.sub.connect(), this.pub.connect()]);
    await this.sub.subscribe(...channels);
  }

  async publish(channel: string, raw: string): Promise<void> {
    await this.pub.publish(channel, raw);
  }

  async close(): Promise<void> {
    await this.sub.unsubscribe().catch(() => undefined);
    await Promise.all([this.sub.quit().catch(() => undefined), this.pub.quit().catch(() => undefined)]);
  }
}

@Global()
@Module({ providers: [MessageBus], exports: [MessageBus] })
export class BusModule {}
