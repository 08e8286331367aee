import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { LRUCache } from 'lru-cache';
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
  /** When the token expires, in seconds since the epoch (set by the signature). */
  exp?: number;
}

/** How many verified tokens are remembered: about one per client active within a token's lifetime. */
const VERIFIED_TOKENS = 10_000;

/**
 * Signs and verifies access tokens. The claims carry the role and its binding, so a request needs no user lookup for
 * them; what can end a token before it expires (a new token version, a disabled account, an ended session) is
 * checked on every verification against AccountStateService's cached read.
 */
@Injectable()
export class TokenService {
  /**
   * The claims of tokens whose signature was checked, until they expire: a token's claims cannot change (the
   * signature covers them), so a client's token is verified once rather than on each of its requests (an HMAC and
   * jsonwebtoken's checks, about a third of a one-row read's CPU). What can end a token early is still read per request.
   */
  private readonly verified = new LRUCache<string, TokenClaims>({ max: VERIFIED_TOKENS });

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
    const claims = this.claimsOf(token);
    if (!claims || !claims.sub || !Object.values(Role).includes(claims.role)) return null;
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

  /** The claims of a token with a valid signature that has not expired (jsonwebtoken's rule: expired from `exp` on). */
  private claimsOf(token: string): TokenClaims | null {
    const known = this.verified.get(token);
    if (known) {
      if (Math.floor(Date.now() / 1000) < known.exp!) return known;
      this.verified.delete(token);
      return null;
    }
    let claims: TokenClaims;
    try {
      claims = this.jwt.verify<TokenClaims>(token, { algorithms: ['HS256'] });
    } catch {
      return null;
    }
    if (typeof claims.exp === 'number') this.verified.set(token, Object.freeze(claims));
    return claims;
  }
}
