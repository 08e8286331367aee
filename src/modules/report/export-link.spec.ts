import { contentDisposition, ExportLinkSigner, type ExportClaims } from './export-link.js';

const claims = (exp: number): ExportClaims => ({ userId: 'u1', kind: 'PROVIDERS', regionCode: '3708', from: null, to: null, format: 'XLSX', exp });

describe('export links', () => {
  const signer = new ExportLinkSigner('a-secret-that-is-long-enough-for-hmac-keys');
  const now = Date.parse('2026-12-01T00:00:00Z');

  it('verifies what it signed until it expires', () => {
    const token = signer.sign(claims(now / 1000 + 60));
    expect(signer.verify(token, now)).toEqual(claims(now / 1000 + 60));
    expect(signer.verify(token, now + 61_000)).toBeNull();
  });

  it('refuses a token changed in any way, or signed with another secret', () => {
    const token = signer.sign(claims(now / 1000 + 60));
    const [body, mac] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...claims(now / 1000 + 60), regionCode: '37' })).toString('base64url');
    expect(signer.verify(`${forged}.${mac}`, now)).toBeNull();
    expect(signer.verify(`${body}.${mac.slice(0, -2)}AA`, now)).toBeNull();
    expect(new ExportLinkSigner('another-secret-that-is-long-enough-for-it').verify(token, now)).toBeNull();
    expect(signer.verify('garbage', now)).toBeNull();
  });

  it('names the file in UTF-8 with an ASCII fallback (RFC 5987)', () => {
    expect(contentDisposition('济宁市机构名录.xlsx', 'providers-3708.xlsx')).toBe(
      `attachment; filename="providers-3708.xlsx"; filename*=UTF-8''%E6%B5%8E%E5%AE%81%E5%B8%82%E6%9C%BA%E6%9E%84%E5%90%8D%E5%BD%95.xlsx`,
    );
  });
});
