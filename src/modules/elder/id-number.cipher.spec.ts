import { createHmac } from 'node:crypto';
import { elderDataSecret, IdNumberCipher } from './id-number.cipher.js';

const ID = '11010519491231002X';
const secret = 'a-test-secret-that-is-long-enough-0123456789';

describe('ID number protection at rest', () => {
  const cipher = new IdNumberCipher(secret);

  it('round-trips through AES-256-GCM', () => {
    expect(cipher.decrypt(cipher.encrypt(ID))).toBe(ID);
  });

  it('never contains the number in clear, and differs on every encryption (random IV)', () => {
    const a = cipher.encrypt(ID);
    const b = cipher.encrypt(ID);
    expect(a.equals(b)).toBe(false);
    expect(a.toString('latin1')).not.toContain(ID);
    expect(a.toString('hex')).not.toContain(Buffer.from(ID).toString('hex'));
  });

  it('refuses a tampered ciphertext', () => {
    const stored = cipher.encrypt(ID);
    stored[stored.length - 1] ^= 1;
    expect(() => cipher.decrypt(stored)).toThrow();
  });

  it('refuses a ciphertext made with another key', () => {
    expect(() => new IdNumberCipher(`${secret}-other`).decrypt(cipher.encrypt(ID))).toThrow();
  });

  it('hashes deterministically under its key, and differently under another key', () => {
    expect(cipher.hash(ID).equals(cipher.hash(ID))).toBe(true);
    expect(cipher.hash(ID).equals(cipher.hash('110105194912310037'))).toBe(false);
    expect(cipher.hash(ID).equals(new IdNumberCipher(`${secret}-other`).hash(ID))).toBe(false);
    expect(cipher.hash(ID)).toHaveLength(32);
  });

  it('refuses a short secret', () => {
    expect(() => new IdNumberCipher('short')).toThrow();
  });
});

describe('the key behind ID numbers', () => {
  it('is ELDER_DATA_KEY when configured, else JWT_SECRET', () => {
    const dedicated = 'd'.repeat(40);
    expect(elderDataSecret({ ELDER_DATA_KEY: dedicated, JWT_SECRET: secret })).toBe(dedicated);
    expect(elderDataSecret({ JWT_SECRET: secret })).toBe(secret);
  });

  it('refuses a short dedicated key and a missing secret', () => {
    expect(() => elderDataSecret({ ELDER_DATA_KEY: 'short', JWT_SECRET: secret })).toThrow('ELDER_DATA_KEY');
    expect(() => elderDataSecret({})).toThrow();
  });

  it('derives a key unrelated to the token secret: the same secret gives a different HMAC than a plain HMAC would', () => {
    expect(new IdNumberCipher(secret).hash(ID).equals(createHmac('sha256', secret).update(ID).digest())).toBe(false);
  });
});
