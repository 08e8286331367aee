import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator.js';
import type { Role } from '../domain/enums.js';
import { forbidden, unauthenticated } from '../errors/domain-error.js';
import type { GraphQLContext } from '../graphql/graphql-context.js';

/**
 * The role check on every operation, deny by default: an operation must declare @Public or @Roles.
 * The object-level check (whose elder, which provider, which region) is the service's job.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  /** Each operation's declaration, read from its decorators once (they do not change at run time). */
  private readonly declared = new WeakMap<object, { isPublic: boolean | undefined; roles: Role[] | undefined }>();

  private declarationOf(context: ExecutionContext): { isPublic: boolean | undefined; roles: Role[] | undefined } {
    const handler = context.getHandler();
    let found = this.declared.get(handler);
    if (!found) {
      const targets = [handler, context.getClass()];
      found = {
        isPublic: this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets),
        roles: this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets),
      };
      this.declared.set(handler, found);
    }
    return found;
  }

  canActivate(context: ExecutionContext): boolean {
    const { isPublic, roles } = this.declarationOf(context);
    if (context.getType<string>() !== 'graphql') {
      if (isPublic) return true;
      throw forbidden();
    }
    const ctx = GqlExecutionContext.create(context).getContext<GraphQLContext>();
    if (ctx.invalidToken) throw unauthenticated('The access token is invalid or expired');
    if (isPublic) return true;
    if (!roles || roles.length === 0) throw forbidden('This operation is not open to any role');
    if (!ctx.actor) throw unauthenticated();
    if (!roles.includes(ctx.actor.role)) throw forbidden(`Not allowed for role ${ctx.actor.role}`);
    return true;
  }
}
