import { badInput, conflict, type DomainError, forbidden } from '../../core/errors/domain-error.js';

/** The business refusals of settlement (extensions.reason). */
export const SettlementErrors = {
  invalidMonth: (path = 'month') => badInput('A month is "YYYY-MM"', [{ path, message: 'must be YYYY-MM' }], 'MONTH_INVALID'),
  futureMonth: (path = 'month') => badInput('That month has not started yet', [{ path, message: 'must not be in the future' }], 'MONTH_INVALID'),
  invalidTransition: (status: string, action: string) =>
    conflict('INVALID_TRANSITION', `A ${status} statement cannot be ${action}`),
  notOpen: (status: string) => conflict('INVALID_TRANSITION', `A ${status} statement can no longer be changed`),
  linesHeld: (count: number) => conflict('SETTLEMENT_LINES_HELD', `${count} held line(s) must be accepted or rejected first`),
  lineNotHeld: () => conflict('LINE_NOT_HELD', 'Only a line held by an integrity check is accepted or rejected'),
  notYourRole: (what: string) => forbidden(`Your role may not ${what}`),
  noteRequired: (path: string) => badInput('Give a note', [{ path, message: 'must not be blank' }]),
  immutable: () => conflict('SETTLEMENT_IMMUTABLE', 'An approved statement cannot be changed'),
  adjustmentTarget: () =>
    conflict('ADJUSTMENT_NOT_ALLOWED', 'Only a line of an approved statement is corrected, in a later month whose statement is still open'),
  paymentReferenceReused: () => conflict('PAYMENT_REFERENCE_REUSED', 'That payment reference was recorded already for another payment'),
} satisfies Record<string, (...args: any[]) => DomainError>;
