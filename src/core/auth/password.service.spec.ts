import bcrypt from 'bcryptjs';
import type { AppConfig } from '../../config/app-config.js';
import { PasswordService } from './password.service.js';

describe('PasswordService', () => {
  const passwords = new PasswordService({ BCRYPT_ROUNDS: 4 } as AppConfig);

  it('accepts the right password against a stored hash and refuses a wrong one', async () => {
    const hash = await passwords.hash('correct horse battery');
    expect(await passwords.verify('correct horse battery', hash)).toBe(true);
    expect(await passwords.verify('wrong horse battery', hash)).toBe(false);
  });

  it('refuses any password for a missing account, after a comparison at the configured cost', async () => {
    const decoy = (passwords as unknown as { decoy: string }).decoy;
    // The decoy is a well-formed bcrypt hash of the configured cost, so bcrypt runs it in full (no early refusal).
    expect(decoy).toMatch(/^\$2b\$04\$[./A-Za-z0-9]{53}$/);
    expect(bcrypt.getRounds(decoy)).toBe(4);
    for (const password of ['decoy-password', '', 'x'.repeat(72)]) {
      expect(await passwords.verify(password, null)).toBe(false);
      expect(await bcrypt.compare(password, decoy)).toBe(false);
    }
  });

  it('spends about as long on a missing account as on a wrong password', async () => {
    const slow = new PasswordService({ BCRYPT_ROUNDS: 10 } as AppConfig);
    const hash = await slow.hash('a real password');
    const time = async (stored: string | null) => {
      const started = performance.now();
      await slow.verify('someone guessing', stored);
      return performance.now() - started;
    };
    await time(hash);
    await time(null);
    // Medians of a few runs each, so that a busy machine's pauses do not decide the comparison.
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const known: number[] = [];
    const missing: number[] = [];
    for (let i = 0; i < 5; i++) {
      known.push(await time(hash));
      missing.push(await time(null));
    }
    const ratio = median(missing) / median(known);
    expect(ratio).toBeGreaterThan(0.3);
    expect(ratio).toBeLessThan(3);
  });
});
