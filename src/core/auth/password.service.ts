import { Inject, Injectable } from '@nestjs/common';
import bcrypt from 'bcryptjs';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/app-config.js';

/** Password hashing with bcrypt; the cost is configurable (lower in tests). */
@Injectable()
export class PasswordService {
  // What a password is compared against when the account does not exist, so timing does not reveal which phones are
  // registered. A comparison costs what the hash's cost factor says, whatever its salt and digest, so the decoy is a
  // fresh salt of the configured cost with an all-zero digest (no password yields it in practice, and verify refuses a
  // missing account anyway): hashing a real one spent a whole bcrypt run (about 100 ms at the default cost) per start.
  private readonly decoy: string;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.decoy = bcrypt.genSaltSync(config.BCRYPT_ROUNDS) + '.'.repeat(31);
  }

  hash(password: string): Promise<string> {
    return bcrypt.hash(password, this.config.BCRYPT_ROUNDS);
  }

  async verify(password: string, hash: string | null): Promise<boolean> {
    const ok = await bcrypt.compare(password, hash ?? this.decoy);
    return hash !== null && ok;
  }
}
