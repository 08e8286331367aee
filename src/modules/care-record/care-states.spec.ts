import { EMERGENCY_MACHINE } from './emergency.state.js';
import { INCIDENT_MACHINE } from './incident.state.js';

describe('incident and emergency lifecycles', () => {
  it('refuses a closed or reviewed incident with the API\'s INVALID_TRANSITION', () => {
    expect(() => INCIDENT_MACHINE.assert('UNDER_REVIEW', 'START_REVIEW')).toThrow(
      expect.objectContaining({ code: 'CONFLICT', reason: 'INVALID_TRANSITION', message: 'An incident UNDER_REVIEW cannot START_REVIEW' }),
    );
    expect(() => INCIDENT_MACHINE.assert('CLOSED', 'CLOSE')).toThrow(expect.objectContaining({ reason: 'INVALID_TRANSITION' }));
  });

  it('acknowledges only a raised emergency and resolves any that is not resolved yet', () => {
    expect(EMERGENCY_MACHINE.fromStatuses('ACKNOWLEDGE')).toEqual(['RAISED']);
    expect(EMERGENCY_MACHINE.fromStatuses('RESOLVE')).toEqual(['RAISED', 'ACKNOWLEDGED']);
    expect(EMERGENCY_MACHINE.actions('RESOLVED')).toEqual([]);
    expect(EMERGENCY_MACHINE.next(null, 'RAISE')).toBe('RAISED');
  });
});
