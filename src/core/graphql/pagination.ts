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

export interface Connection<T> {
  nodes: T[];
  totalCount: number;
  pageInfo: PageInfo;
}

/** A connection type `{ nodes, totalCount, pageInfo }` for a node type. */
export function ConnectionType<T>(node: Type<T>, name: string): Type<Connection<T>> {
  @ObjectType(name, { description: `A page of ${node.name} items.` })
  class ConnectionClass {
    @Field(() => [node], { description: 'The items of this page.' })
    nodes: T[];

    @Field(() => Int, { description: 'How many items match in all.' })
    totalCount: number;

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

/** Builds the connection from one page fetched with LIMIT first+1 at OFFSET offset. */
export function toConnection<T>(rows: T[], totalCount: number, offset: number, first: number): Connection<T> {
  const nodes = rows.slice(0, first);
  return {
    nodes,
    totalCount,
    pageInfo: {
      endCursor: nodes.length > 0 ? encodeOffsetCursor(offset + nodes.length) : null,
      hasNextPage: rows.length > first,
    },
  };
}
