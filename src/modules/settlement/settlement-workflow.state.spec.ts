import { SETTLEMENT_MACHINE, isOpen, SettlementStatus as S } from './settlement-workflow.state.js';

describe('settlement workflow', () => {
  it('DRAFT -> SUBMITTED by staff, -> APPROVED by an officer, -> PAID by an officer; REJECT back to DRAFT', () => {
    expect(SETTLEMENT_MACHINE.decide(S.DRAFT, 'SUBMIT', 'PROVIDER_STAFF')).toMatchObject({ allowed: true, to: S.SUBMITTED });
    expect(SETTLEMENT_MACHINE.decide(S.SUBMITTED, 'APPROVE', 'OFFICER')).toMatchObject({ allowed: true, to: S.APPROVED });
    expect(SETTLEMENT_MACHINE.decide(S.SUBMITTED, 'REJECT', 'OFFICER')).toMatchObject({ allowed: true, to: S.DRAFT });
    expect(SETTLEMENT_MACHINE.decide(S.APPROVED, 'MARK_PAID', 'OFFICER')).toMatchObject({ allowed: true, to: S.PAID });
  });

  it('the wrong side is refused, then the wrong state', () => {
    expect(SETTLEMENT_MACHINE.decide(S.SUBMITTED, 'APPROVE', 'PROVIDER_STAFF')).toEqual({ allowed: false, refusal: 'ACTOR_NOT_ALLOWED' });
    expect(SETTLEMENT_MACHINE.decide(S.DRAFT, 'SUBMIT', 'OFFICER')).toEqual({ allowed: false, refusal: 'ACTOR_NOT_ALLOWED' });
    expect(SETTLEMENT_MACHINE.decide(S.DRAFT, 'APPROVE', 'OFFICER')).toEqual({ allowed: false, refusal: 'INVALID_TRANSITION' });
    expect(SETTLEMENT_MACHINE.decide(S.APPROVED, 'APPROVE', 'OFFICER')).toEqual({ allowed: false, refusal: 'INVALID_TRANSITION' });
    expect(SETTLEMENT_MACHINE.decide(S.PAID, 'REJECT', 'OFFICER')).toEqual({ allowed: false, refusal: 'INVALID_TRANSITION' });
  });

  it('gives the refusals the API returns', () => {
    expect(() => SETTLEMENT_MACHINE.assert(S.PAID, 'APPROVE', 'OFFICER')).toThrow(
      expect.objectContaining({ code: 'CONFLICT', reason: 'INVALID_TRANSITION', message: 'A PAID statement cannot be approved' }),
    );
    expect(() => SETTLEMENT_MACHINE.assert(S.SUBMITTED, 'MARK_PAID', 'PROVIDER_STAFF')).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN', message: 'Your role may not marked paid statements' }),
    );
  });

  it('only DRAFT and SUBMITTED are open', () => {
    expect([S.DRAFT, S.SUBMITTED, S.APPROVED, S.PAID].map(isOpen)).toEqual([true, true, false, false]);
  });
});
