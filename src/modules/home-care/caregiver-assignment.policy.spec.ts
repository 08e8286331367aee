import { chooseCaregiver, rankCandidates } from './caregiver-assignment.policy.js';

describe('automatic caregiver choice', () => {
  it('prefers whoever served this elder most recently, however loaded', () => {
    expect(
      chooseCaregiver([
        { caregiverId: 'idle', lastServedElderAt: null, load: 0 },
        { caregiverId: 'earlier', lastServedElderAt: 1000, load: 1 },
        { caregiverId: 'recent', lastServedElderAt: 2000, load: 9 },
      ]),
    ).toBe('recent');
  });

  it('otherwise takes the least loaded', () => {
    expect(
      chooseCaregiver([
        { caregiverId: 'a', lastServedElderAt: null, load: 3 },
        { caregiverId: 'b', lastServedElderAt: null, load: 1 },
        { caregiverId: 'c', lastServedElderAt: null, load: 2 },
      ]),
    ).toBe('b');
  });

  it('breaks ties deterministically by id, whatever the input order', () => {
    const cands = [
      { caregiverId: 'z', lastServedElderAt: 5, load: 1 },
      { caregiverId: 'm', lastServedElderAt: 5, load: 1 },
      { caregiverId: 'q', lastServedElderAt: null, load: 0 },
      { caregiverId: 'b', lastServedElderAt: null, load: 0 },
    ];
    expect(rankCandidates(cands).map((c) => c.caregiverId)).toEqual(['m', 'z', 'b', 'q']);
    expect(rankCandidates([...cands].reverse()).map((c) => c.caregiverId)).toEqual(['m', 'z', 'b', 'q']);
    expect(cands[0]!.caregiverId).toBe('z');
  });

  it('returns null when nobody is free', () => {
    expect(chooseCaregiver([])).toBeNull();
  });
});
