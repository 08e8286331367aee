import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, Min, MinLength, validateSync } from 'class-validator';

const toBool = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : ['1', 'true', 'yes', 'on'].includes(String(value).toLowerCase());
const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));

/**
 * Every environment variable the service reads, validated at start. Defaults suit a local run;
 * production must set JWT_SECRET and DATABASE_URL explicitly.
 */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInt) @IsInt() @Min(0) @Max(65535)
  PORT = 3000;

  @IsString() @IsOptional()
  HOST = '0.0.0.0';

  /** Unset: an embedded PostgreSQL is started with its files under DATA_DIR. */
  @IsString() @IsOptional()
  DATABASE_URL?: string;

  @IsString()
  DATA_DIR = '.data';

  /** Connections in the app's database pool (10 suits a 2-core PostgreSQL; see core/database/data-source-options). */
  @Transform(toInt) @IsInt() @Min(1) @Max(500)
  DATABASE_POOL_SIZE = 10;

  /** Unset outside production: generated once and kept under DATA_DIR. */
  @IsString() @MinLength(32) @IsOptional()
  JWT_SECRET?: string;

  /** Lifetime of an access token (jsonwebtoken notation). Short: a refresh token gets the next one. */
  @IsString()
  JWT_EXPIRES_IN = '15m';

  /** Lifetime of a refresh token in days; each refresh replaces it with a new one of the same lifetime. */
  @Transform(toInt) @IsInt() @Min(1) @Max(365)
  REFRESH_TOKEN_TTL_DAYS = 30;

  /**
   * How long a server keeps what it read of an account's token version and session (ms). A change made on this server
   * clears it at once, one made on another server is announced through PostgreSQL (LISTEN/NOTIFY); the time bounds how
   * long a lost announcement could leave an ended token working. 0: read on every request.
   */
  @Transform(toInt) @IsInt() @Min(0) @Max(60_000)
  AUTH_STATE_CACHE_MS = 5_000;

  /** Failed sign-ins per account (phone) within LOGIN_WINDOW_MINUTES before it is locked for as long. */
  @Transform(toInt) @IsInt() @Min(1)
  LOGIN_MAX_FAILURES_PER_ACCOUNT = 5;

  /** Failed sign-ins per client address within LOGIN_WINDOW_MINUTES before the address is refused for as long. */
  @Transform(toInt) @IsInt() @Min(1)
  LOGIN_MAX_FAILURES_PER_ADDRESS = 30;

  @Transform(toInt) @IsInt() @Min(1) @Max(1440)
  LOGIN_WINDOW_MINUTES = 15;

  /** Registrations per client address per hour. */
  @Transform(toInt) @IsInt() @Min(1)
  REGISTRATIONS_PER_ADDRESS_PER_HOUR = 10;

  /**
   * DUPLICATE_ELDER refusals a FAMILY account may get per day: each one tells that an ID number is registered, so the
   * budget bounds how many numbers one account can probe. Then createElder answers RATE_LIMITED until the day is over.
   */
  @Transform(toInt) @IsInt() @Min(1)
  ELDER_DUPLICATE_REFUSALS_PER_DAY = 5;

  /** Shared store of the rate limiters (and, later, of other cross-instance state): unset, PostgreSQL holds them. */
  @IsString() @IsOptional()
  REDIS_URL?: string;

  /** Key protecting elders' ID numbers at rest (encryption and duplicate hash); unset: derived from JWT_SECRET. */
  @IsString() @MinLength(32) @IsOptional()
  ELDER_DATA_KEY?: string;

  @Transform(toInt) @IsInt() @Min(4) @Max(15)
  BCRYPT_ROUNDS = 10;

  @IsString() @IsOptional()
  ADMIN_PHONE?: string;

  @IsString() @MinLength(8) @IsOptional()
  ADMIN_PASSWORD?: string;

  @Transform(toBool) @IsBoolean() @IsOptional()
  SEED_DEMO?: boolean;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** Run pending migrations when the service starts (local runs); production may run `npm run migrate` instead. */
  @Transform(toBool) @IsBoolean() @IsOptional()
  MIGRATE_ON_START?: boolean;

  /** Background timers (expiry of holds, plan generation); tests switch them off and call the jobs directly. */
  @Transform(toBool) @IsBoolean() @IsOptional()
  JOBS_ENABLED?: boolean;

  /**
   * How long matching keeps the matching settings (weights and numbers) it read, in ms; a change made in the settings
   * table takes effect within this time. 0: read them on every search (the default under NODE_ENV=test).
   */
  @Transform(toInt) @IsInt() @Min(0) @Max(3_600_000) @IsOptional()
  MATCHING_SETTINGS_CACHE_MS?: number;

  /** GraphQL abuse limits. */
  @Transform(toInt) @IsInt() @Min(1)
  GRAPHQL_MAX_DEPTH = 10;

  @Transform(toInt) @IsInt() @Min(1)
  GRAPHQL_MAX_ALIASES = 15;

  @Transform(toInt) @IsInt() @Min(1)
  GRAPHQL_MAX_COST = 20000;

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }

  get seedDemo(): boolean {
    return this.SEED_DEMO ?? !this.isProduction;
  }

  get migrateOnStart(): boolean {
    return this.MIGRATE_ON_START ?? true;
  }

  get jobsEnabled(): boolean {
    return this.JOBS_ENABLED ?? this.NODE_ENV !== 'test';
  }

  get matchingSettingsCacheMs(): number {
    return this.MATCHING_SETTINGS_CACHE_MS ?? (this.NODE_ENV === 'test' ? 0 : 10_000);
  }
}

export class ConfigInvalidError extends Error {}

/** Reads and validates configuration; a bad value stops the process with the variables named. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Record<keyof AppConfig, unknown>> = {}): AppConfig {
  const raw: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(env)) if (value !== undefined && value !== '') raw[key] = value;
  Object.assign(raw, overrides);
  const config = plainToInstance(AppConfig, raw, { exposeDefaultValues: true });
  const errors = validateSync(config, { skipMissingProperties: false });
  if (errors.length > 0) {
    const names = errors.map((e) => `${e.property} (${Object.values(e.constraints ?? {}).join('; ')})`);
    throw new ConfigInvalidError(`Invalid configuration: ${names.join(', ')}`);
  }
  if (config.isProduction && !config.JWT_SECRET) throw new ConfigInvalidError('Invalid configuration: JWT_SECRET is required in production');
  return config;
}
