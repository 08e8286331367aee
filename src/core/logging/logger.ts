import type { LoggerService } from '@nestjs/common';
import { pino, type Logger } from 'pino';
import { ambient } from '../context/ambient.js';

/** The request being served, so that every log line written on its behalf carries its id. */
export const requestContext = ambient;

/** Fields that must never reach a log: credentials, tokens, personal data. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  '*.password',
  '*.accessToken',
  '*.idNumber',
  '*.phone',
  '*.address',
];

/** Query parameters that carry a credential (download links of exports): masked in the logged request line. */
const SECRET_QUERY = /([?&]token=)[^&]*/g;

/**
 * The request as Fastify logs it (its own serializer's fields), with the URL's credentials masked: Fastify takes a
 * `req` serializer of the logger instance over its default.
 */
function requestSerializer(req: { method?: string; url?: string; headers?: Record<string, unknown>; host?: string; ip?: string; socket?: { remotePort?: number } }) {
  return {
    method: req.method,
    url: req.url?.replace(SECRET_QUERY, '$1[redacted]'),
    version: req.headers?.['accept-version'],
    host: req.host,
    remoteAddress: req.ip,
    remotePort: req.socket?.remotePort,
  };
}

let root: Logger | undefined;

/** Structured JSON logs on stdout (or the given stream in tests), with the request id mixed in. */
export function createRootLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  root = pino(
    {
      level,
      base: { service: 'yiyang' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      serializers: { req: requestSerializer },
      // Fastify's request loggers bind requestId themselves; other loggers get it from the request context.
      mixin: (_merge, _level, logger) => {
        const store = requestContext.getStore();
        return store?.requestId && !('requestId' in logger.bindings()) ? { requestId: store.requestId } : {};
      },
    },
    destination ?? pino.destination({ sync: false }),
  );
  return root;
}

export function appLogger(): Logger {
  return root ?? createRootLogger(process.env.LOG_LEVEL ?? 'info');
}

/** Nest's logger interface over pino, so framework messages are JSON too. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  private write(level: 'info' | 'error' | 'warn' | 'debug' | 'trace', message: unknown, rest: unknown[]) {
    const context = typeof rest[rest.length - 1] === 'string' ? (rest[rest.length - 1] as string) : undefined;
    if (message instanceof Error) this.logger[level]({ context, err: { name: message.name, message: message.message, stack: message.stack } }, message.message);
    else if (typeof message === 'object') this.logger[level]({ context, ...(message as object) });
    else this.logger[level]({ context }, String(message));
  }

  log(message: unknown, ...rest: unknown[]) {
    this.write('info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]) {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]) {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]) {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]) {
    this.write('trace', message, rest);
  }
}
