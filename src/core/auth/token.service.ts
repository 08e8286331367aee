import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Actor } from './actor.js';
import { AccountStateService } from './account-state.service.js';
import { Role } from '../domain/enums.js';
import { regionLevelPrefix } from '../access/region-code.js';

interface TokenClaims {
  sub: string;
  role: Role;
  pid?: string | null;
  scope?: string | null;
  /** The account's token version when the token was signed. */
  ver?: number;
  /** The sign-in session the token belongs to. */
  sid?: string;
}

/**
 * Signs and verifies access tokens. The claims carry the role and its binding, so a request needs no user lookup for
 * them; what can end a token before it expires (a new token version, a disabled account, an ended session) is
 * checked on every verification against AccountStateService's cached read.
 */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly state: AccountStateService,
  ) {}

  async sign(actor: Actor, tokenVersion = 0): Promise<{ token: string; expiresAt: Date }> {
    const claims: TokenClaims = { sub: actor.userId, role: actor.role, pid: actor.providerId, scope: actor.regionScope, ver: tokenVersion };
    if (actor.sessionId) claims.sid = actor.sessionId;
    const token = await this.jwt.signAsync(claims);
    const { exp } = this.jwt.decode<{ exp: number }>(token);
    return { token, expiresAt: new Date(exp * 1000) };
  }

  /** When a token expires (read without verifying: call after verify). */
  expiryOf(token: string): Date | null {
    const claims = this.jwt.decode<{ exp?: number } | null>(token);
    return claims?.exp ? new Date(claims.exp * 1000) : null;
  }

  /** The actor of a valid, current token, or null for a missing, expired, forged or ended one. */
  async verify(token: string): Promise<Actor | null> {
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(token, { algorithms: ['HS256'] });
    } catch {
      return null;
    }
    if (!claims.sub || !Object.values(Role).includes(claims.role)) return null;
    const state = await this.state.read(claims.sub, claims.sid ?? null);
    if (!state || state.disabled || state.sessionRevoked || state.tokenVersion !== (claims.ver ?? 0)) return null;
    return {
      userId: claims.sub,
      role: claims.role,
      providerId: claims.pid ?? null,
      // Compared as a region code everywhere: "370800" is the prefix "3708".
      regionScope: claims.scope ? regionLevelPrefix(claims.scope) : null,
      sessionId: claims.sid ?? null,
    };
  }
}
