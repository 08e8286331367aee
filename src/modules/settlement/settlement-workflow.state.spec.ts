import { decideSettlementTransition, isOpen, SettlementStatus as S } from './settlement-workflow.state.js';

describe('settlement workflow', () => {
  it('DRAFT -> SUBMITTED by staff, -> APPROVED by an officer, -> PAID by an officer; REJECT back to DRAFT', () => {
    expect(decideSettlementTransition(S.DRAFT, 'SUBMIT', 'PROVIDER_STAFF')).toEqual({ allowed: true, to: S.SUBMITTED });
    expect(decideSettlementTransition(S.SUBMITTED, 'APPROVE', 'OFFICER')).toEqual({ allowed: true, to: S.APPROVED });
    expect(decideSettlementTransition(S.SUBMITTED, 'REJECT', 'OFFICER')).toEqual({ allowed: true, to: S.DRAFT });
    expect(decideSettlementTransition(S.APPROVED, 'MARK_PAID', 'OFFICER')).toEqual({ allowed: true, to: S.PAID });
  });

  it('the wrong side is refused, then the wrong state', () => {
    expect(decideSettlementTransition(S.SUBMITTED, 'APPROVE', 'PROVIDER_STAFF')).toEqual({ allowed: false, refusal: 'ROLE_NOT_ALLOWED' });
    expect(decideSettlementTransition(S.DRAFT, 'SUBMIT', 'OFFICER')).toEqual({ allowed: false, refusal: 'ROLE_NOT_ALLOWED' });
    expect(decideSettlementTransition(S.DRAFT, 'APPROVE', 'OFFICER')).toEqual({ allowed: false, refusal: 'INVALID_TRANSITION' });
    expect(decideSettlementTransition(S.APPROVED, 'APPROVE', 'OFFICER')).toEqual({ allowed: false, refusal: 'INVALID_TRANSITION' });
    expect(decideSettlementTransition(S.PAID, 'REJECT', 'OFFICER')).toEqual({ allowed: false, refusal: 'INVALID_TRANSITION' });
  });

  it('only DRAFT and SUBMITTED are open', () => {
    expect([S.DRAFT, S.SUBMITTED, S.APPROVED, S.PAID].map(isOpen)).toEqual([true, true, false, false]);
  });
});
