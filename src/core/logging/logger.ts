import type { LoggerService } from '@nestjs/common';
import { pino, type Logger } from 'pino';
import { ambient } from '../context/ambient.js';

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

let root: Logger | undefined;

/** What a log line says of an HTTP request: method, path without the query string, and the caller's address. */
export function serializeRequest(req: { method?: string; url?: string; ip?: string; socket?: { remotePort?: number } }) {
  const url = req.url ?? '';
  const query = url.indexOf('?');
  return {
    method: req.method,
    url: capForLog(query >= 0 ? url.slice(0, query) : url, 200),
    ...(query >= 0 ? { query: '[omitted]' } : {}),
    remoteAddress: req.ip,
    remotePort: req.socket?.remotePort,
  };
}

/** Logs quote at most this much of any client-supplied text (a 1 MB id must not become MBs of log). */
export const LOG_QUOTE_LIMIT = 300;

/** Cuts text that may come from a client to a size fit for one log line or error message. */
export function capForLog(text: string, limit = LOG_QUOTE_LIMIT): string {
  return text.length <= limit ? text : `${text.slice(0, limit)}… (${text.length - limit} more characters)`;
}

/** Structured JSON logs on stdout (or the given stream in tests), with the request id mixed in. */
export function createRootLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  root = pino(
    {
      level,
      base: { service: 'yiyang' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      // Fastify's request lines: the path only. A GET /graphql carries the operation and its variables (ID numbers,
      // phones) in the query string, and a long one would fill the log.
      serializers: { req: serializeRequest },
      // Fastify's request loggers bind requestId themselves (marked by requestChildLogger, and their children inherit
      // the mark: a pino child is made with Object.create of its parent); other loggers get it from the ambient store.
      // A property read, where logger.bindings() parsed the logger's bound JSON again for every line.
      mixin: (_merge, _level, logger) => {
        if ((logger as Logger & { [BINDS_REQUEST_ID]?: true })[BINDS_REQUEST_ID]) return {};
        const store = ambient.getStore();
        return store?.requestId ? { requestId: store.requestId } : {};
      },
    },
    destination ?? pino.destination({ sync: false }),
  );
  return root;
}

const BINDS_REQUEST_ID = Symbol('binds requestId');

/** Fastify's childLoggerFactory: the request's logger, which binds its requestId (the mixin then leaves it alone). */
export function requestChildLogger(logger: Logger, bindings: Record<string, unknown>, options: Record<string, unknown>): Logger {
  const child = logger.child(bindings, options) as Logger & { [BINDS_REQUEST_ID]?: true };
  child[BINDS_REQUEST_ID] = true;
  return child;
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
