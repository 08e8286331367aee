import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import type { Type } from '@nestjs/common';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { badInput } from '../errors/domain-error.js';

export const MAX_PAGE_SIZE = 100;

/** `first` (1 to 100) and `after` (an opaque cursor from a previous page). */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: 'How many items, 1 to 100.' })
  @IsInt() @Min(1) @Max(MAX_PAGE_SIZE)
  first: number = 20;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional() @IsString()
  after?: string | null;
}

@ObjectType({ description: 'Where a page ends and whether more follow.' })
export class PageInfo {
  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page.' })
  endCursor: string | null;

  @Field({ description: 'Whether another page follows.' })
  hasNextPage: boolean;
}

/** Lists count their items up to this many; past it `totalCount` reads this bound and `totalCountCapped` is true. */
export const TOTAL_COUNT_CAP = 10_000;

/**
 * A page of a list. `totalCount` and `totalCountCapped` may be promises made when first read (getters): GraphQL reads
 * them only when a client selects them, so a list counts only then (pagedQuery).
 */
export interface Connection<T> {
  nodes: T[];
  readonly totalCount: number | Promise<number>;
  readonly totalCountCapped: boolean | Promise<boolean>;
  pageInfo: PageInfo;
}

/** A connection type `{ nodes, totalCount, pageInfo }` for a node type. */
export function ConnectionType<T>(node: Type<T>, name: string): Type<Connection<T>> {
  @ObjectType(name, { description: `A page of ${node.name} items.` })
  class ConnectionClass {
    @Field(() => [node], { description: 'The items of this page.' })
    nodes: T[];

    @Field(() => Int, {
      description: `How many items match in all, counted only when asked for; at most ${TOTAL_COUNT_CAP.toLocaleString('en')} (see totalCountCapped).`,
    })
    totalCount: number;

    @Field(() => Boolean, {
      description: `True when more than ${TOTAL_COUNT_CAP.toLocaleString('en')} items match: totalCount then reads ${TOTAL_COUNT_CAP.toLocaleString('en')}, not the exact number.`,
    })
    totalCountCapped: boolean;

    @Field(() => PageInfo, { description: 'Cursor of the last item and whether more follow.' })
    pageInfo: PageInfo;
  }
  return ConnectionClass as Type<Connection<T>>;
}

/** Cursors are opaque to clients; inside they are the offset of the next item. */
export function decodeOffsetCursor(after: string | null | undefined): number {
  if (!after) return 0;
  const match = /^o:(\d{1,9})$/.exec(Buffer.from(after, 'base64url').toString('utf8'));
  if (!match) throw badInput('Invalid cursor', [{ path: 'after', message: 'not a cursor from this API' }]);
  return Number(match[1]);
}

export function encodeOffsetCursor(offset: number): string {
  return Buffer.from(`o:${offset}`, 'utf8').toString('base64url');
}

/**
 * Builds the connection from one page fetched with LIMIT first+1 at OFFSET offset. `totalCount` is a number (not
 * capped), or a count run when a client asks for it, with whether it reached TOTAL_COUNT_CAP.
 */
export function toConnection<T>(
  rows: T[],
  totalCount: number | (() => Promise<{ count: number; capped: boolean }>),
  offset: number,
  first: number,
): Connection<T> {
  const nodes = rows.slice(0, first);
  let counted: Promise<{ count: number; capped: boolean }> | undefined;
  const count = typeof totalCount === 'number' ? null : () => (counted ??= totalCount());
  return {
    nodes,
    get totalCount() {
      return count ? count().then((c) => c.count) : (totalCount as number);
    },
    get totalCountCapped() {
      return count ? count().then((c) => c.capped) : false;
    },
    pageInfo: {
      endCursor: nodes.length > 0 ? encodeOffsetCursor(offset + nodes.length) : null,
      hasNextPage: rows.length > first,
    },
  };
}
