// Chinese resident identity number (公民身份号码), GB 11643-1999.
// 18 characters: 6-digit address (region) code, 8-digit birth date YYYYMMDD, 3-digit sequence (odd = male),
// then an ISO 7064 MOD 11-2 check character. Pure functions: no Nest, no database.
//
// Nothing in this file ever puts the ID number into a message: callers log and return these issues verbatim,
// and a full ID number must never reach a log line or a client.

/** Weights of the first 17 characters in the MOD 11-2 checksum (2^(18-i) mod 11). */
export const ID_NUMBER_WEIGHTS: readonly number[] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/** Check character indexed by (weighted sum mod 11). */
export const ID_NUMBER_CHECK_CHARS = '10X98765432';
export const ID_NUMBER_LENGTH = 18;

/**
 * Province-level prefixes that appear in GB/T 2260 address codes (plus 81/82/83 used by residence permits of
 * Hong Kong, Macao and Taiwan residents, which follow the same format). A number starting elsewhere cannot be valid.
 */
export const PROVINCE_PREFIXES: ReadonlySet<string> = new Set([
  '11', '12', '13', '14', '15',
  '21', '22', '23',
  '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46',
  '50', '51', '52', '53', '54',
  '61', '62', '63', '64', '65',
  '71', '81', '82', '83',
]);

/** Earliest birth year accepted: nobody alive was born before it. */
export const MIN_BIRTH_YEAR = 1900;

export type IdNumberIssueReason =
  | 'ID_NUMBER_FORMAT'
  | 'ID_NUMBER_REGION'
  | 'ID_NUMBER_BIRTH_DATE'
  | 'ID_NUMBER_CHECKSUM'
  | 'ID_NUMBER_BIRTH_DATE_MISMATCH';

export interface IdNumberIssue {
  /** The input field at fault (`idNumber` or `birthDate`). */
  field: 'idNumber' | 'birthDate';
  reason: IdNumberIssueReason;
  /** Human-readable; never contains the ID number. */
  message: string;
}

export type IdNumberCheck =
  | { ok: true; normalized: string; birthDate: string; regionCode: string }
  | { ok: false; issues: IdNumberIssue[] };

/** Upper-cases a trailing `x` and trims blanks: people type both. */
export function normalizeIdNumber(raw: string): string {
  return raw.trim().toUpperCase();
}

/** The check character for the first 17 digits. */
export function idNumberCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_NUMBER_WEIGHTS[i];
  return ID_NUMBER_CHECK_CHARS[sum % 11];
}

/** Is `yyyy-mm-dd` (or the digits `yyyymmdd`) a real calendar date? Returns the ISO form or null. */
export function parseCalendarDate(value: string): string | null {
  const m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(value);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/**
 * Validates an ID number and, when given, its agreement with the declared birth date (`YYYY-MM-DD`).
 * `today` is the latest acceptable birth date (ISO), so a number dated in the future is refused.
 * All problems are reported together so that a client can show them at once.
 */
export function checkIdNumber(raw: string, opts: { birthDate?: string; today?: string } = {}): IdNumberCheck {
  const id = normalizeIdNumber(raw);
  if (id.length !== ID_NUMBER_LENGTH || !/^\d{17}[\dX]$/.test(id)) {
    return {
      ok: false,
      issues: [{ field: 'idNumber', reason: 'ID_NUMBER_FORMAT', message: 'ID number must be 17 digits followed by a digit or X' }],
    };
  }
  const issues: IdNumberIssue[] = [];
  const regionCode = id.slice(0, 6);
  if (!PROVINCE_PREFIXES.has(regionCode.slice(0, 2))) {
    issues.push({ field: 'idNumber', reason: 'ID_NUMBER_REGION', message: 'ID number does not start with a valid region code' });
  }
  const birthDate = parseCalendarDate(id.slice(6, 14));
  const today = opts.today ?? new Date().toISOString().slice(0, 10);
  if (!birthDate || Number(birthDate.slice(0, 4)) < MIN_BIRTH_YEAR || birthDate > today) {
    issues.push({ field: 'idNumber', reason: 'ID_NUMBER_BIRTH_DATE', message: 'ID number does not contain a valid birth date' });
  }
  if (idNumberCheckChar(id) !== id[17]) {
    issues.push({ field: 'idNumber', reason: 'ID_NUMBER_CHECKSUM', message: 'ID number check character is wrong (mistyped digit?)' });
  }
  if (birthDate && opts.birthDate !== undefined && parseCalendarDate(opts.birthDate) !== birthDate) {
    issues.push({
      field: 'birthDate',
      reason: 'ID_NUMBER_BIRTH_DATE_MISMATCH',
      message: 'birth date does not agree with the birth date in the ID number',
    });
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, normalized: id, birthDate: birthDate!, regionCode };
}

/** Number of characters kept at the end by {@link maskIdNumber}: 3 sequence digits and the check character. */
export const ID_MASK_VISIBLE = 4;

/**
 * What is stored for display: every character `*` but the last 4 (length is kept). The first 4 (province and city)
 * are not kept: with the region and the birth date they narrowed the number to a handful of candidates. Who may see
 * even the last 4 is decided by the visibility rule (elder-visibility.policy.ts).
 */
export function maskIdNumber(id: string, visible = ID_MASK_VISIBLE): string {
  const n = normalizeIdNumber(id);
  if (n.length <= visible * 2) return '*'.repeat(n.length);
  return '*'.repeat(n.length - visible) + n.slice(-visible);
}
