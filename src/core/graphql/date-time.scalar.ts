import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/** China Standard Time, the zone of a time written without one. */
const CHINA_OFFSET_MINUTES = 8 * 60;
const PATTERN = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:(Z)|([+-])(\d{2})(?::?(\d{2}))?)?$/i;
const MIN_YEAR = 1000;
const MAX_YEAR = 9999;

const refuse = (why: string) => new GraphQLError(`DateTime ${why}`);

/**
 * Reads an ISO 8601 date and time. A time without a zone is China time (UTC+8); dates that do not exist
 * (2026-02-30), fields out of range and years outside 1000-9999 are refused, so nothing reaches PostgreSQL that it
 * cannot store.
 */
export function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string') throw refuse('must be a string such as "2026-12-02T10:00:00+08:00"');
  if (value.length > 40) throw refuse('is too long');
  const m = PATTERN.exec(value.trim());
  if (!m) throw refuse('must look like "2026-12-02T10:00:00+08:00" (a time without a zone is China time)');
  const [, y, mo, d, h, mi, s = '0', fraction = '', z, sign, oh, om = '0'] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (year < MIN_YEAR || year > MAX_YEAR) throw refuse(`year must be between ${MIN_YEAR} and ${MAX_YEAR}`);
  if (month < 1 || month > 12) throw refuse('month must be 01 to 12');
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) throw refuse(`day must be 01 to ${daysInMonth} in that month`);
  if (hour > 23 || minute > 59 || second > 59) throw refuse('time must be 00:00:00 to 23:59:59');
  let offset = CHINA_OFFSET_MINUTES;
  if (z) offset = 0;
  else if (sign) {
    if (Number(oh) > 14 || Number(om) > 59) throw refuse('offset must be between -14:00 and +14:00');
    offset = (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om));
  }
  const ms = Number(fraction.padEnd(3, '0').slice(0, 3));
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second, ms) - offset * 60_000);
}

/** The `DateTime` scalar (the name the API has always used), parsed by parseDateTime. */
export const DateTimeScalar = new GraphQLScalarType<Date | null, string | null>({
  name: 'DateTime',
  description:
    'A point in time in ISO 8601, such as "2026-12-02T10:00:00+08:00" or "2026-12-02T02:00:00Z". Answers are in UTC (Z). ' +
    'In input, a time without a zone ("2026-12-02 10:00" or "2026-12-02T10:00") is read as China time (UTC+8); seconds and ' +
    'fractions are optional; dates that do not exist and years outside 1000-9999 are refused.',
  serialize(value) {
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
    if (typeof value === 'string') return parseDateTime(value).toISOString();
    return null;
  },
  parseValue: (value) => parseDateTime(value),
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw refuse('must be a string such as "2026-12-02T10:00:00+08:00"');
    return parseDateTime(ast.value);
  },
});

/** How the code-first schema is built, for the server and for `npm run schema` alike: dates use DateTimeScalar. */
export const SCHEMA_BUILD_OPTIONS = { scalarsMap: [{ type: Date, scalar: DateTimeScalar }] };
