import { Inject, Injectable } from '@nestjs/common';
import bcrypt from 'bcryptjs';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/app-config.js';

/** Password hashing with bcrypt; the cost is configurable (lower in tests). */
@Injectable()
export class PasswordService {
  // A real hash to compare against when the account does not exist, so timing does not reveal which phones are registered.
  private readonly decoy: string;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.decoy = bcrypt.hashSync('decoy-password', config.BCRYPT_ROUNDS);
  }

  hash(password: string): Promise<string> {
    return bcrypt.hash(password, this.config.BCRYPT_ROUNDS);
  }

  async verify(password: string, hash: string | null): Promise<boolean> {
    const ok = await bcrypt.compare(password, hash ?? this.decoy);
    return hash !== null && ok;
  }
}
