import { badInput, conflict, type FieldProblem } from '../../core/errors/domain-error.js';
import type { IdNumberIssue } from './id-number.policy.js';

/** Business refusals of the elder module (reasons beyond the fixed core, listed in docs/errors.md). Messages never quote an ID number. */
export const ElderReason = {
  DUPLICATE_ELDER: 'DUPLICATE_ELDER',
  ID_NUMBER_INVALID: 'ID_NUMBER_INVALID',
  ID_NUMBER_BIRTH_DATE_MISMATCH: 'ID_NUMBER_BIRTH_DATE_MISMATCH',
  GUARDIAN_ACCOUNT_NOT_FOUND: 'GUARDIAN_ACCOUNT_NOT_FOUND',
  LAST_GUARDIAN: 'LAST_GUARDIAN',
  NOT_EXTREME_POVERTY: 'NOT_EXTREME_POVERTY',
} as const;

export const duplicateElder = () =>
  conflict(
    ElderReason.DUPLICATE_ELDER,
    'An elder with this ID number is registered already; ask a guardian or civil affairs to add you as co-guardian',
  );

/** One error for all problems of the ID number; a mismatch with the birth date alone gets its own reason. */
export function idNumberRefused(issues: IdNumberIssue[]) {
  const fields: FieldProblem[] = issues.map((i) => ({ path: `input.${i.field}`, message: i.message }));
  const mismatchOnly = issues.every((i) => i.reason === 'ID_NUMBER_BIRTH_DATE_MISMATCH');
  return mismatchOnly
    ? badInput('The birth date does not agree with the ID number', fields, ElderReason.ID_NUMBER_BIRTH_DATE_MISMATCH)
    : badInput(`The ID number is not valid: ${issues.map((i) => i.message).join('; ')}`, fields, ElderReason.ID_NUMBER_INVALID);
}

export const guardianAccountNotFound = () =>
  badInput('No FAMILY account has this phone number', [{ path: 'phone', message: 'no FAMILY account with this phone' }], ElderReason.GUARDIAN_ACCOUNT_NOT_FOUND);

export const lastGuardian = () =>
  conflict(ElderReason.LAST_GUARDIAN, 'An elder must keep at least one guardian; add another before removing this one');
