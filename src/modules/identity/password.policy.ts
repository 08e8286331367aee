// The password rules of every account (register, createUser, changePassword, resetPassword). Pure: no Nest, no database.
import { createRequire } from 'node:module';

export const MIN_PASSWORD_CHARACTERS = 8;
/** bcrypt reads only the first 72 bytes: a longer password would be silently cut, so it is refused instead. */
export const MAX_PASSWORD_BYTES = 72;

/**
 * Passwords common on Chinese sites that the breach list (zxcvbn-ts's 49,000 most common passwords, mostly from
 * English-language leaks) does not all hold: pinyin, "I love you" numerals, keyboard walks, dates.
 */
const COMMON_IN_CHINA = [
  '5201314', '52013145', '520520520', '1314520', '13145200', 'woaini1314', 'woaini520', 'woaini123', 'woaini12',
  'iloveyou1314', 'qwe123456', 'qwer1234', 'qwerty123', 'asd123456', 'asdf1234', 'zxc123456', 'zxcv1234', 'a123456789',
  'aa123456', 'abc12345', 'abc123456', 'a1234567', 'a12345678', '1q2w3e4r', '1qaz2wsx', 'qazwsxedc', 'q1w2e3r4',
  '147258369', '123456789a', '12345678a', '11223344', '1234qwer', 'zhang123', 'wang1234', 'li123456', 'liu123456',
  'chen1234', 'woshishui', 'nihao123', 'wodemima', 'mima1234', 'mima123456', 'admin123', 'admin888', 'root1234',
  '88888888', '66666666', '00000000', '12341234', '11111111', '123123123', 'password1', 'passw0rd', 'p@ssw0rd',
];

let common: ReadonlySet<string> | undefined;

/**
 * The breach list is loaded (its package decompresses all its word lists) at the first password checked, not when the
 * server starts: about 70 ms of CPU that a start does not need, as logins never check it.
 */
function commonPasswords(): ReadonlySet<string> {
  if (!common) {
    const { dictionary } = createRequire(import.meta.url)('@zxcvbn-ts/language-common') as typeof import('@zxcvbn-ts/language-common');
    common = new Set([...dictionary['passwords-common'], ...COMMON_IN_CHINA].map((p) => p.toLowerCase()));
  }
  return common;
}

/** Is this one of the commonly used passwords (case-insensitive)? */
export function isCommonPassword(password: string): boolean {
  return commonPasswords().has(password.toLowerCase());
}

export type PasswordProblem = 'TOO_SHORT' | 'TOO_LONG' | 'BLANK' | 'ONE_CHARACTER' | 'COMMON' | 'CONTAINS_PHONE';

const MESSAGES: Record<PasswordProblem, string> = {
  TOO_SHORT: `at least ${MIN_PASSWORD_CHARACTERS} characters`,
  TOO_LONG: `at most ${MAX_PASSWORD_BYTES} bytes (UTF-8; a Chinese character takes 3)`,
  BLANK: 'must not be only spaces',
  ONE_CHARACTER: 'must not repeat one character',
  COMMON: 'is one of the most common passwords; choose another',
  CONTAINS_PHONE: 'must not contain the phone number',
};

/**
 * What is wrong with a password for the account of `phone` (empty when it is fine). Length counts characters, not
 * UTF-16 units; the limit is in bytes because that is what bcrypt reads.
 */
export function passwordProblems(password: string, context: { phone?: string | null } = {}): Array<{ problem: PasswordProblem; message: string }> {
  const problems: PasswordProblem[] = [];
  if ([...password].length < MIN_PASSWORD_CHARACTERS) problems.push('TOO_SHORT');
  if (Buffer.byteLength(password, 'utf8') > MAX_PASSWORD_BYTES) problems.push('TOO_LONG');
  if (password.trim().length === 0) problems.push('BLANK');
  else if (new Set(password).size === 1) problems.push('ONE_CHARACTER');
  if (isCommonPassword(password) || isCommonPassword(password.trim())) problems.push('COMMON');
  const phone = context.phone?.trim();
  if (phone && phone.length >= 5 && password.includes(phone)) problems.push('CONTAINS_PHONE');
  return problems.map((problem) => ({ problem, message: `password ${MESSAGES[problem]}` }));
}
