import { Foundation1764000000000 } from './1764000000000-foundation.js';

/** Every migration, in order. Listed explicitly so that builds and tests load exactly these. */
export const migrations = [Foundation1764000000000];
