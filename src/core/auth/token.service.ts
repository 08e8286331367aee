import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Actor } from './actor.js';
import { Role } from '../domain/enums.js';
import { regionPrefixOf } from '../access/region-scope.js';

interface TokenClaims {
  sub: string;
  role: Role;
  pid?: string | null;
  scope?: string | null;
}

/** Signs and verifies access tokens. The claims carry the role and its binding, so a request needs no user lookup. */
@Injectable()
export class TokenService {
  constructor(private readonly jwt: JwtService) {}

  async sign(actor: Actor): Promise<{ token: string; expiresAt: Date }> {
    const claims: TokenClaims = { sub: actor.userId, role: actor.role, pid: actor.providerId, scope: actor.regionScope };
    const token = await this.jwt.signAsync(claims);
    const { exp } = this.jwt.decode<{ exp: number }>(token);
    return { token, expiresAt: new Date(exp * 1000) };
  }

  /** The actor of a valid token, or null for a missing, expired or forged one. */
  async verify(token: string): Promise<Actor | null> {
    try {
      const claims = await this.jwt.verifyAsync<TokenClaims>(token, { algorithms: ['HS256'] });
      if (!claims.sub || !Object.values(Role).includes(claims.role)) return null;
      return { userId: claims.sub, role: claims.role, providerId: claims.pid ?? null, regionScope: claims.scope ? regionPrefixOf(claims.scope) : null };
    } catch {
      return null;
    }
  }
}
