import { EventEmitter } from 'node:events';
import { Global, Injectable, Module } from '@nestjs/common';
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
 */
@Injectable()
export class DomainEvents {
  private readonly emitter = new EventEmitter();

  publish<K extends keyof DomainEventMap>(name: K, event: DomainEventMap[K]): void {
    for (const listener of this.emitter.listeners(name)) {
      Promise.resolve()
        .then(() => (listener as (e: DomainEventMap[K]) => unknown)(event))
        .catch((error: unknown) => appLogger().error({ event: name, err: error instanceof Error ? error.message : String(error) }, 'event listener failed'));
    }
  }

  subscribe<K extends keyof DomainEventMap>(name: K, listener: (event: DomainEventMap[K]) => unknown): void {
    this.emitter.on(name, listener);
  }
}

@Global()
@Module({ providers: [DomainEvents], exports: [DomainEvents] })
export class DomainEventsModule {}
