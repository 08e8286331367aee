import { createHmac, timingSafeEqual } from 'node:crypto';

/** What a download link stands for: who asked, what, and until when. */
export interface ExportClaims {
  /** The account the link is bound to. */
  userId: string;
  /** A report kind, or TEMPLATE_PROVIDERS / TEMPLATE_ELDERS. */
  kind: string;
  regionCode: string;
  from: string | null;
  to: string | null;
  format: string;
  /** Expiry, seconds since the epoch. */
  exp: number;
}

const b64 = (buf: Buffer) => buf.toString('base64url');

/**
 * Signed download tokens: the claims as base64url JSON and an HMAC-SHA256 over them with a key derived from the
 * application secret (so a download token is never a valid access token, nor the other way round).
 */
export class ExportLinkSigner {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = createHmac('sha256', secret).update('yiyang export links').digest();
  }

  sign(claims: ExportClaims): string {
    const body = b64(Buffer.from(JSON.stringify(claims), 'utf8'));
    return `${body}.${b64(createHmac('sha256', this.key).update(body).digest())}`;
  }

  /** The claims of a well-signed, unexpired token; null otherwise. */
  verify(token: string, now = Date.now()): ExportClaims | null {
    const [body, mac, extra] = token.split('.');
    if (!body || !mac || extra !== undefined) return null;
    const expected = createHmac('sha256', this.key).update(body).digest();
    const given = Buffer.from(mac, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    try {
      const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as ExportClaims;
      return typeof claims.exp === 'number' && claims.exp * 1000 > now ? claims : null;
    } catch {
      return null;
    }
  }
}

/** Content-Disposition with an ASCII fallback and the UTF-8 name by RFC 5987/6266 (`filename*`). */
export function contentDisposition(fileName: string, asciiFallback: string): string {
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${asciiFallback.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encoded}`;
}
