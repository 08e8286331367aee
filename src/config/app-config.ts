import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, Max, Min, MinLength, validateSync } from 'class-validator';

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

  /**
   * How long a request waits for a free pool connection, in ms, before it is refused with SERVICE_UNAVAILABLE
   * (retryable) instead of queueing for ever.
   */
  @Transform(toInt) @IsInt() @Min(100) @Max(600_000)
  DATABASE_ACQUIRE_TIMEOUT_MS = 5_000;

  /** PostgreSQL's statement_timeout for the app's connections, in ms (0: none). */
  @Transform(toInt) @IsInt() @Min(0) @Max(3_600_000)
  DATABASE_STATEMENT_TIMEOUT_MS = 30_000;

  /** PostgreSQL's lock_timeout: how long a statement waits for a row or table lock, in ms (0: for ever). */
  @Transform(toInt) @IsInt() @Min(0) @Max(3_600_000)
  DATABASE_LOCK_TIMEOUT_MS = 10_000;

  /** PostgreSQL's idle_in_transaction_session_timeout: a transaction left idle this long is ended, in ms (0: never). */
  @Transform(toInt) @IsInt() @Min(0) @Max(3_600_000)
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS = 60_000;

  /**
   * How long a stop (SIGTERM, SIGINT) may take, in ms: requests in flight, after-commit work, then the pool and the
   * embedded database. Past it the process exits anyway (orchestrators kill after 30 s by default).
   */
  @Transform(toInt) @IsInt() @Min(1_000) @Max(600_000)
  SHUTDOWN_TIMEOUT_MS = 25_000;

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

  /**
   * Shared store of the rate limiters, and the bus between instances (live events, cache invalidations): unset,
   * PostgreSQL holds the limiters and instances talk over LISTEN/NOTIFY.
   */
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

  /** Instances of this app work queued jobs (event deliveries, periodic work); off: the instance only serves requests. */
  @Transform(toBool) @IsBoolean() @IsOptional()
  JOBS_WORK?: boolean;

  /** Connections of the job queue's own pool (pg-boss), apart from DATABASE_POOL_SIZE. */
  @Transform(toInt) @IsInt() @Min(1) @Max(50)
  JOBS_POOL_SIZE = 3;

  /** How often an idle worker polls its queue, in seconds (0.5 at least); jobs committed on this instance start at once. */
  @Transform(toInt) @IsNumber() @Min(0.5) @IsOptional()
  JOBS_POLL_SECONDS?: number;

  /** How often pg-boss maintenance runs (expires lost attempts, archives), in seconds. */
  @Transform(toInt) @IsInt() @Min(1)
  JOBS_MAINTENANCE_INTERVAL_SECONDS = 60;

  /** Deliveries of an event to a handler after the first failure, before it is dead-lettered. */
  @Transform(toInt) @IsInt() @Min(0) @Max(100)
  EVENT_RETRY_LIMIT = 5;

  /** Seconds before the first retry of a failed delivery; each further retry waits about twice as long. */
  @Transform(toInt) @IsInt() @Min(1)
  EVENT_RETRY_DELAY_SECONDS = 5;

  /** A delivery still running after this many seconds is taken as lost (its instance died) and retried. */
  @Transform(toInt) @IsInt() @Min(1)
  EVENT_DELIVERY_TIMEOUT_SECONDS = 120;

  /** Period of the bed-hold expiry job, in seconds (a hold may outlive its expiresAt by at most this). */
  @Transform(toInt) @IsInt() @Min(1)
  BED_EXPIRY_PERIOD_SECONDS = 60;

  /** Alibaba Cloud SMS (SendSms): all four set, or SMS is off (said at start). */
  @IsString() @IsOptional()
  SMS_ALIYUN_ACCESS_KEY_ID?: string;

  @IsString() @IsOptional()
  SMS_ALIYUN_ACCESS_KEY_SECRET?: string;

  @IsString() @IsOptional()
  SMS_ALIYUN_SIGN_NAME?: string;

  /** One template with the variables ${title} and ${content}. */
  @IsString() @IsOptional()
  SMS_ALIYUN_TEMPLATE_CODE?: string;

  /** The SendSms endpoint (tests point it at a local server). */
  @IsString()
  SMS_ALIYUN_ENDPOINT = 'https://dysmsapi.aliyuncs.com/';

  @IsString()
  SMS_ALIYUN_REGION_ID = 'cn-hangzhou';

  /** A region's gateway for template messages: both set, or the webhook channel is off (said at start). */
  @IsString() @IsOptional()
  NOTIFY_WEBHOOK_URL?: string;

  @IsString() @IsOptional()
  NOTIFY_WEBHOOK_SECRET?: string;

  /** An outward send not answered within this many ms counts as failed (and is retried). */
  @Transform(toInt) @IsInt() @Min(100)
  NOTIFY_SEND_TIMEOUT_MS = 5000;

  /** Retries of a failed outward send before it is FAILED; the first after NOTIFY_RETRY_DELAY_SECONDS, then doubling. */
  @Transform(toInt) @IsInt() @Min(0) @Max(20)
  NOTIFY_RETRY_LIMIT = 4;

  /** Seconds before the first retry of a failed outward send (each later one waits twice as long). */
  @Transform(toInt) @IsInt() @Min(1)
  NOTIFY_RETRY_DELAY_SECONDS = 10;

  /** Subscriptions one WebSocket connection may hold at once. */
  @Transform(toInt) @IsInt() @Min(1)
  SUBSCRIPTIONS_PER_CONNECTION = 20;

  /** A WebSocket that has not sent connection_init within this many ms is closed (4408). */
  @Transform(toInt) @IsInt() @Min(100)
  WS_CONNECTION_INIT_TIMEOUT_MS = 10_000;

  /** GraphQL abuse limits. */
  @Transform(toInt) @IsInt() @Min(1)
  GRAPHQL_MAX_DEPTH = 10;

  @Transform(toInt) @IsInt() @Min(1)
  GRAPHQL_MAX_ALIASES = 15;

  /**
   * What an operation may cost: 1 per field selected (aliases and `__typename` included), the selections under a
   * `first`/`last` list counted that many times, with the variables' values (see core/graphql/operation-cost).
   */
  @Transform(toInt) @IsInt() @Min(1)
  GRAPHQL_MAX_COST = 20000;

  /** Largest GraphQL answer sent, in bytes; a larger one is replaced by a RESPONSE_TOO_LARGE error. */
  @Transform(toInt) @IsInt() @Min(1000)
  GRAPHQL_MAX_RESPONSE_BYTES = 4_194_304;
  /**
   * The largest file one GraphQL upload may carry, in bytes (an HTTP-level ceiling; the import limits in the settings,
   * per region, are usually lower).
   */
  @Transform(toInt) @IsInt() @Min(1)
  UPLOAD_MAX_BYTES = 104_857_600;

  /** How long an export's download link stays valid, in seconds. */
  @Transform(toInt) @IsInt() @Min(10) @Max(86_400)
  EXPORT_LINK_TTL_SECONDS = 600;

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

  get jobsWork(): boolean {
    return this.JOBS_WORK ?? true;
  }

  get jobsPollSeconds(): number {
    return Math.max(0.5, this.JOBS_POLL_SECONDS ?? (this.NODE_ENV === 'test' ? 0.5 : 2));
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
  if (!config.ADMIN_PHONE !== !config.ADMIN_PASSWORD) {
    throw new ConfigInvalidError('Invalid configuration: set ADMIN_PHONE and ADMIN_PASSWORD together (the first admin account)');
  }
  if (config.isProduction && !config.JWT_SECRET) throw new ConfigInvalidError('Invalid configuration: JWT_SECRET is required in production');
  return config;
}
