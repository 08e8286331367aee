/**
 * The one shape of a lifecycle (pure: no framework, no database). A module writes its lifecycle as a table of
 * transitions — action, from, to, and the kinds of actor allowed to take it — and asks the machine:
 *
 * - `decide(from, action, by?)`: allowed (with the row) or refused, and why;
 * - `can(from, action, by?)`: the same as a boolean;
 * - `assert(from, action, by?)`: the row, or the module's refusal thrown as a DomainError
 *   (by default CONFLICT with reason INVALID_TRANSITION naming the status and the action, or FORBIDDEN);
 * - `next(from, action)`: the status the action leads to, whoever takes it (null when the status does not allow it);
 * - `actions(from, by?)`: the actions available from a status (to a role, when given), e.g. for a client's buttons;
 * - `fromStatuses(action)`: the statuses the action may start from, for a guarded `UPDATE ... WHERE status = ANY(...)`.
 *
 * Object-level checks (is this the assigned caregiver, staff of this provider) stay in the service: the machine
 * answers "may this kind of actor take this action from this status". `from: null` is "does not exist yet".
 * Who is asked first is the module's choice: `check: 'status'` (default) refuses a status that does not allow the
 * action as INVALID_TRANSITION whoever asks; `check: 'actor'` refuses an actor kind that may never take the action
 * first, so that a stranger learns nothing about the status.
 */
import { conflict, forbidden, type DomainError } from '../errors/domain-error.js';

export interface Transition<S extends string, A extends string, K extends string = never> {
  readonly action: A;
  /** null: the object does not exist yet (the action creates it). */
  readonly from: S | null;
  readonly to: S;
  /** The kinds of actor that may take it; omit for a lifecycle whose callers are checked elsewhere. */
  readonly by?: readonly K[];
}

export type TransitionRefusal = 'INVALID_TRANSITION' | 'ACTOR_NOT_ALLOWED';

export type TransitionDecision<T> =
  | { readonly allowed: true; readonly to: T extends { to: infer S } ? S : never; readonly transition: T }
  | { readonly allowed: false; readonly refusal: TransitionRefusal };

export interface StateMachineOptions<S extends string, A extends string> {
  /** Which refusal wins when both apply: the status (default) or the actor kind. */
  readonly check?: 'status' | 'actor';
  /** The refusal thrown by `assert` for a status that does not allow the action. */
  readonly invalidTransition?: (from: S | null, action: A) => DomainError;
  /** The refusal thrown by `assert` for an actor kind that may not take the action. */
  readonly actorNotAllowed?: (action: A, from: S | null) => DomainError;
}

const words = (action: string) => action.toLowerCase().replace(/_/g, ' ');

export class StateMachine<S extends string, A extends string, K extends string = never, T extends Transition<S, A, K> = Transition<S, A, K>> {
  private readonly rows = new Map<string, T>();

  constructor(
    /** What the lifecycle is of, for the default messages ("order", "statement"). */
    readonly subject: string,
    readonly transitions: readonly T[],
    private readonly options: StateMachineOptions<S, A> = {},
  ) {
    for (const t of transitions) {
      const key = this.key(t.from, t.action);
      if (this.rows.has(key)) throw new Error(`${subject} lifecycle: ${t.action} from ${t.from ?? '(new)'} appears twice`);
      this.rows.set(key, t);
    }
  }

  private key(from: S | null, action: A): string {
    return `${from ?? ''}\u0000${action}`;
  }

  /** The row for (from, action), whoever takes it. */
  transition(from: S | null, action: A): T | undefined {
    return this.rows.get(this.key(from, action));
  }

  decide(from: S | null, action: A, by?: K | readonly K[]): TransitionDecision<T> {
    const row = this.transition(from, action);
    const kinds: readonly K[] | undefined = by === undefined ? undefined : typeof by === 'string' ? [by as K] : (by as readonly K[]);
    const actorMay = (t: T) => kinds === undefined || t.by === undefined || t.by.some((k) => kinds.includes(k));
    if (this.options.check === 'actor' && kinds !== undefined) {
      const anyRow = this.transitions.filter((t) => t.action === action);
      if (!anyRow.some(actorMay)) return { allowed: false, refusal: 'ACTOR_NOT_ALLOWED' };
    }
    if (!row) return { allowed: false, refusal: 'INVALID_TRANSITION' };
    if (!actorMay(row)) return { allowed: false, refusal: 'ACTOR_NOT_ALLOWED' };
    return { allowed: true, to: row.to as never, transition: row };
  }

  can(from: S | null, action: A, by?: K | readonly K[]): boolean {
    return this.decide(from, action, by).allowed;
  }

  /** The row, or the refusal as the module's DomainError. */
  assert(from: S | null, action: A, by?: K | readonly K[]): T {
    const decision = this.decide(from, action, by);
    if (decision.allowed) return decision.transition;
    if (decision.refusal === 'ACTOR_NOT_ALLOWED') {
      throw this.options.actorNotAllowed?.(action, from) ?? forbidden(`Your role may not ${words(action)} this ${this.subject}`);
    }
    throw (
      this.options.invalidTransition?.(from, action) ??
      conflict('INVALID_TRANSITION', `A ${this.subject} that is ${from ?? 'new'} does not allow ${words(action)}`)
    );
  }

  /** Where the action leads from this status, whoever takes it; null when the status does not allow it. */
  next(from: S | null, action: A): S | null {
    return this.transition(from, action)?.to ?? null;
  }

  /** The actions available from a status, to this kind of actor when given (table order). */
  actions(from: S | null, by?: K | readonly K[]): A[] {
    return this.transitions.filter((t) => t.from === from && this.decide(from, t.action, by).allowed).map((t) => t.action);
  }

  /** The statuses the action may start from (never null): the guard of a conditional UPDATE. */
  fromStatuses(action: A): S[] {
    return this.transitions.filter((t) => t.action === action && t.from !== null).map((t) => t.from as S);
  }
}

/** Builds a machine; the table's literal types flow through to `decide`/`assert`. */
export function defineStateMachine<S extends string, A extends string, K extends string = never, T extends Transition<S, A, K> = Transition<S, A, K>>(
  subject: string,
  transitions: readonly T[],
  options?: StateMachineOptions<S, A>,
): StateMachine<S, A, K, T> {
  return new StateMachine<S, A, K, T>(subject, transitions, options);
}
