/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from 0-9 and the capital letters
 * without I, O, Z, S and V; the last is a check character over the first 17 (weights 3^i mod 31).
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character for the first 17 characters, or null when one of them is outside the alphabet. */
export function creditCodeCheckCharacter(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET.indexOf(first17[i]);
    if (value < 0) return null;
    sum += value * WEIGHTS[i];
  }
  return ALPHABET[(31 - (sum % 31)) % 31];
}

/** Upper-cased and trimmed, as officers' spreadsheets hold it in either case. */
export const normalizeCreditCode = (code: string) => code.trim().toUpperCase();

/** Why the code is not a valid credit code, or null when it is (after normalizeCreditCode). */
export function creditCodeProblem(code: string): string | null {
  if (code.length !== 18) return 'must be 18 characters';
  if (![...code].every((c) => ALPHABET.includes(c))) return 'may hold only digits and the letters A-H J-N P-R T-U W-Y';
  if (creditCodeCheckCharacter(code.slice(0, 17)) !== code[17]) return 'check character does not match (GB 32100)';
  return null;
}
