import { Injectable } from '@nestjs/common';
import type { Actor } from '../../core/auth/actor.js';
import type { VisitTaskResultInput } from './dto/visit-task-result.input.js';

/** The visit facts a check-out step depends on. */
export interface CheckedOutVisit {
  id: string;
  elderId: string;
  providerId: string;
  service: string;
  startsAt: Date;
}

/** One step of a check-out, run inside its transaction; throwing refuses the check-out. */
export type VisitCheckoutStep = (actor: Actor, visit: CheckedOutVisit, tasks: readonly VisitTaskResultInput[]) => Promise<void>;

/**
 * What modules built on home care add to a check-out (care records record the visit's tasks), so that home care
 * calls them without depending on those modules. Steps register once at start and run in registration order.
 */
@Injectable()
export class VisitCheckoutHooks {
  private readonly steps: VisitCheckoutStep[] = [];

  register(step: VisitCheckoutStep): void {
    this.steps.push(step);
  }

  async run(actor: Actor, visit: CheckedOutVisit, tasks: readonly VisitTaskResultInput[]): Promise<void> {
    for (const step of this.steps) await step(actor, visit, tasks);
  }
}
