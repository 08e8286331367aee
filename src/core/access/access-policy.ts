import type { Actor } from '../auth/actor.js';
import type { Role } from '../domain/enums.js';
import { regionCovers, regionCoverSql } from './region-code.js';

/**
 * One access model for every resource (after Immich's access repository): a resource declares, per role, who may
 * see a row, as data; both the row check (`canMany`, in bulk) and the SQL scope of its lists (`scopeSql`) are derived
 * from that one declaration, so they cannot drift apart. A role without rules sees nothing (deny by default); an
 * officer without a region scope sees nothing.
 */

/** Adds a bind parameter and returns its placeholder (`$3`). */
export type Param = (value: unknown) => string;

/**
 * A relation between the actor and an id that lives in another module's tables (the elder's guardians, the
 * providers serving an elder). Its owner module implements it, so no other module names those tables.
 */
export interface AccessRelation {
  /** Which of the ids the actor is related to: one query for all of them. */
  relatedAmong(actor: Actor, ids: readonly string[]): Promise<Set<string>>;
  /** The same as SQL, for the column holding the id. */
  sql(actor: Actor, column: string, param: Param): string;
}

/** One condition on a row; `field` is the row's property, `column` the same value in SQL (with its alias). */
export type AccessCondition<R> =
  | { readonly kind: 'any' }
  /** The actor's region scope covers the row's region code. */
  | { readonly kind: 'region'; readonly field: keyof R; readonly column: string }
  /** The row belongs to the actor's provider. */
  | { readonly kind: 'provider'; readonly field: keyof R; readonly column: string }
  /** The row does not belong to the actor's own provider (an officer bound to a provider never decides on its money). */
  | { readonly kind: 'notOwnProvider'; readonly field: keyof R; readonly column: string }
  /** The row names the actor's own account. */
  | { readonly kind: 'self'; readonly field: keyof R; readonly column: string }
  /** The actor is related to the row's id through another module's relation. */
  | { readonly kind: 'related'; readonly relation: AccessRelation; readonly field: keyof R; readonly column: string }
  /** The row's value is not one of these (e.g. staff never see a DRAFT assessment). */
  | { readonly kind: 'notIn'; readonly field: keyof R; readonly column: string; readonly values: readonly string[] };

/** Per role: the row is visible when ANY of the groups holds, a group holding when ALL its conditions hold. */
export type AccessRules<R> = Partial<Record<Role, ReadonlyArray<ReadonlyArray<AccessCondition<R>>>>>;

export interface AccessPolicy<R> {
  readonly resource: string;
  readonly rules: AccessRules<R>;
}

export const definePolicy = <R>(resource: string, rules: AccessRules<R>): AccessPolicy<R> => ({ resource, rules });

/** Shorthands for declarations. */
export const access = {
  any: { kind: 'any' } as const,
  region: <R>(field: keyof R, column: string): AccessCondition<R> => ({ kind: 'region', field, column }),
  provider: <R>(field: keyof R, column: string): AccessCondition<R> => ({ kind: 'provider', field, column }),
  notOwnProvider: <R>(field: keyof R, column: string): AccessCondition<R> => ({ kind: 'notOwnProvider', field, column }),
  self: <R>(field: keyof R, column: string): AccessCondition<R> => ({ kind: 'self', field, column }),
  related: <R>(relation: AccessRelation, field: keyof R, column: string): AccessCondition<R> => ({ kind: 'related', relation, field, column }),
  notIn: <R>(field: keyof R, column: string, values: readonly string[]): AccessCondition<R> => ({ kind: 'notIn', field, column, values }),
};

const groupsFor = <R>(policy: AccessPolicy<R>, actor: Actor | null) => (actor ? (policy.rules[actor.role] ?? []) : []);

/** The SQL predicate for the rows the actor may see ('FALSE' when none). */
export function scopeSql<R>(policy: AccessPolicy<R>, actor: Actor | null, param: Param): string {
  const groups = groupsFor(policy, actor);
  if (!actor || groups.length === 0) return 'FALSE';
  const parts = groups.map((group) => {
    if (group.length === 0) return 'TRUE';
    return group.map((c) => conditionSql(c, actor, param)).join(' AND ');
  });
  return parts.length === 1 ? `(${parts[0]})` : `(${parts.map((p) => `(${p})`).join(' OR ')})`;
}

function conditionSql<R>(c: AccessCondition<R>, actor: Actor, param: Param): string {
  switch (c.kind) {
    case 'any':
      return 'TRUE';
    case 'region':
      return regionCoverSql(actor.regionScope, c.column, param);
    case 'provider':
      return actor.providerId ? `${c.column} = ${param(actor.providerId)}` : 'FALSE';
    case 'notOwnProvider':
      return actor.providerId ? `${c.column} IS DISTINCT FROM ${param(actor.providerId)}` : 'TRUE';
    case 'self':
      return `${c.column} = ${param(actor.userId)}`;
    case 'related':
      return c.relation.sql(actor, c.column, param);
    case 'notIn':
      return `${c.column} <> ALL(${param([...c.values])}::text[])`;
  }
}

/** For each row, whether the actor may see it: at most one query per relation, whatever the number of rows. */
export async function canMany<R>(policy: AccessPolicy<R>, actor: Actor | null, rows: readonly R[]): Promise<boolean[]> {
  const groups = groupsFor(policy, actor);
  if (!actor || groups.length === 0) return rows.map(() => false);
  const related = new Map<AccessRelation, Set<string>>();
  for (const group of groups) {
    for (const c of group) {
      if (c.kind !== 'related' || related.has(c.relation)) continue;
      const ids = [...new Set(rows.map((r) => r[c.field]).filter((v): v is R[keyof R] & string => typeof v === 'string'))];
      related.set(c.relation, ids.length ? await c.relation.relatedAmong(actor, ids) : new Set());
    }
  }
  return rows.map((row) => groups.some((group) => group.every((c) => holds(c, actor, row, related))));
}

export async function can<R>(policy: AccessPolicy<R>, actor: Actor | null, row: R): Promise<boolean> {
  return (await canMany(policy, actor, [row]))[0];
}

function holds<R>(c: AccessCondition<R>, actor: Actor, row: R, related: Map<AccessRelation, Set<string>>): boolean {
  switch (c.kind) {
    case 'any':
      return true;
    case 'region':
      return regionCovers(actor.regionScope, row[c.field] as unknown as string | null);
    case 'provider':
      return actor.providerId != null && row[c.field] === (actor.providerId as unknown);
    case 'notOwnProvider':
      return actor.providerId == null || row[c.field] !== (actor.providerId as unknown);
    case 'self':
      return row[c.field] === (actor.userId as unknown);
    case 'related':
      return related.get(c.relation)!.has(row[c.field] as unknown as string);
    case 'notIn':
      return !c.values.includes(row[c.field] as unknown as string);
  }
}
