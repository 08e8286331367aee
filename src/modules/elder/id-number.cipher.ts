import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Protects ID numbers at rest so that a database dump does not reveal them:
 * - AES-256-GCM encryption (random 96-bit IV, 128-bit tag) for the value itself;
 * - an HMAC-SHA256 keyed hash, deterministic, so that a UNIQUE index finds a second registration of the same
 *   person without ever storing the number in clear (a plain hash of an 18-character number with a known
 *   structure would be brute-forced in minutes; a keyed one cannot be without the key).
 * Both keys are derived with HKDF from one secret, each for its own purpose.
 */
export class IdNumberCipher {
  /** Layout version, first byte of every ciphertext, so that a future key rotation can tell old from new. */
  static readonly FORMAT_VERSION = 1;
  private static readonly AAD = Buffer.from('yiyang:elder:id-number');
  private readonly encryptionKey: Buffer;
  private readonly hashKey: Buffer;

  constructor(secret: string) {
    if (!secret || secret.length < 16) throw new Error('The elder data key must be at least 16 characters');
    const derive = (info: string) => Buffer.from(hkdfSync('sha256', secret, 'yiyang-elder-data', info, 32));
    this.encryptionKey = derive('id-number encryption');
    this.hashKey = derive('id-number duplicate hash');
  }

  encrypt(idNumber: string): Buffer {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.encryptionKey, iv);
    cipher.setAAD(IdNumberCipher.AAD);
    const body = Buffer.concat([cipher.update(idNumber, 'utf8'), cipher.final()]);
    return Buffer.concat([Buffer.from([IdNumberCipher.FORMAT_VERSION]), iv, cipher.getAuthTag(), body]);
  }

  /** For reconciliation with civil-affairs systems; never exposed through the API. Throws on a tampered value. */
  decrypt(stored: Buffer): string {
    if (stored[0] !== IdNumberCipher.FORMAT_VERSION) throw new Error('Unknown ID number ciphertext format');
    const decipher = createDecipheriv('aes-256-gcm', this.encryptionKey, stored.subarray(1, 13));
    decipher.setAAD(IdNumberCipher.AAD);
    decipher.setAuthTag(stored.subarray(13, 29));
    return Buffer.concat([decipher.update(stored.subarray(29)), decipher.final()]).toString('utf8');
  }

  /** Same number (normalized) = same hash, under this key only. */
  hash(idNumber: string): Buffer {
    return createHmac('sha256', this.hashKey).update(idNumber, 'utf8').digest();
  }
}

/** Minimum length of a dedicated ELDER_DATA_KEY (random, e.g. `openssl rand -base64 48`). */
export const MIN_ELDER_DATA_KEY_LENGTH = 32;

/**
 * The secret protecting ID numbers: ELDER_DATA_KEY when configured (the environment variable passes through the
 * config loader), else JWT_SECRET. Each use derives its own key with HKDF, so sharing the secret does not share a
 * key. A dedicated key is recommended in production: rotating JWT_SECRET would otherwise make the stored ID numbers
 * unreadable and duplicates undetectable.
 */
export function elderDataSecret(config: { ELDER_DATA_KEY?: string; JWT_SECRET?: string }): string {
  if (config.ELDER_DATA_KEY !== undefined) {
    if (config.ELDER_DATA_KEY.length < MIN_ELDER_DATA_KEY_LENGTH) {
      throw new Error(`ELDER_DATA_KEY must be at least ${MIN_ELDER_DATA_KEY_LENGTH} characters`);
    }
    return config.ELDER_DATA_KEY;
  }
  if (!config.JWT_SECRET) throw new Error('Set ELDER_DATA_KEY (or JWT_SECRET) to protect elder ID numbers');
  return config.JWT_SECRET;
}
