import { creditCodeCheckCharacter, creditCodeProblem, normalizeCreditCode } from './credit-code.policy.js';

describe('unified social credit code (GB 32100)', () => {
  it('computes the check character of the example code of the standard\'s guides', () => {
    expect(creditCodeCheckCharacter('91350100M000100Y4')).toBe('3');
  });

  it('refuses to compute over characters outside the alphabet', () => {
    expect(creditCodeCheckCharacter('91350100M000100I4')).toBeNull();
  });

  it('maps a remainder of 0 to the character 0, not to 31', () => {
    // sum ≡ 0 (mod 31) for seventeen zeros
    expect(creditCodeCheckCharacter('00000000000000000')).toBe('0');
  });

  it('accepts a valid code, in either case', () => {
    expect(creditCodeProblem(normalizeCreditCode(' 91350100m000100y43 '))).toBeNull();
  });

  it('refuses a wrong check character, a wrong length and letters outside the alphabet', () => {
    expect(creditCodeProblem('91350100M000100Y44')).toMatch(/check character/);
    expect(creditCodeProblem('91350100M000100Y4')).toMatch(/18 characters/);
    expect(creditCodeProblem('91350100M000100I43')).toMatch(/letters/);
  });
});
