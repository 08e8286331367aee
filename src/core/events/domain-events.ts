import { EventEmitter } from 'node:events';
import { Global, Injectable, Module, type BeforeApplicationShutdown } from '@nestjs/common';
import { ambient } from '../context/ambient.js';
import { appLogger } from '../logging/logger.js';

/** Bed counts of a provider's category changed (staff update, reservation, admission, discharge...). */
export interface BedCapacityChanged {
  providerId: string;
  category: string;
  totalBefore: number;
  totalAfter: number;
  freeBefore: number;
  freeAfter: number;
}

export interface DomainEventMap {
  'bed-capacity.changed': BedCapacityChanged;
}

/**
 * In-process domain events, published by services after their transaction commits (never inside it),
 * so a listener never acts on a change that was rolled back. A failing listener is logged, not propagated.
 * Listeners run after the publisher's request has been answered; a graceful shutdown waits for those started.
 */
@Injectable()
export class DomainEvents implements BeforeApplicationShutdown {
  private readonly emitter = new EventEmitter();
  private readonly running = new Set<Promise<void>>();

  /** Inside a unit of work the event waits for its commit (and is dropped if it rolls back). */
  publish<K extends keyof DomainEventMap>(name: K, event: DomainEventMap[K]): void {
    const unit = ambient.getStore()?.unit;
    if (unit) {
      unit.afterCommit.push(() => this.deliver(name, event));
      return;
    }
    this.deliver(name, event);
  }

  private deliver<K extends keyof DomainEventMap>(name: K, event: DomainEventMap[K]): void {
    for (const listener of this.emitter.listeners(name)) {
      const run: Promise<void> = Promise.resolve()
        .then(() => (listener as (e: DomainEventMap[K]) => unknown)(event))
        .then(
          () => undefined,
          (error: unknown) => appLogger().error({ event: name, err: error instanceof Error ? error.message : String(error) }, 'event listener failed'),
        )
        .finally(() => this.running.delete(run));
      this.running.add(run);
    }
  }

  /** Before the modules close (the database pool among them), the listeners already started finish. */
  async beforeApplicationShutdown(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running]);
  }

  subscribe<K extends keyof DomainEventMap>(name: K, listener: (event: DomainEventMap[K]) => unknown): void {
    this.emitter.on(name, listener);
  }
}

@Global()
@Module({ providers: [DomainEvents], exports: [DomainEvents] })
export class DomainEventsModule {}
