import { isCommonPassword, passwordProblems } from './password.policy.js';

const problems = (password: string, phone?: string) => passwordProblems(password, { phone }).map((p) => p.problem);

describe('password policy', () => {
  it('accepts a long, uncommon password', () => {
    expect(problems('绿茶-配-月饼-2026')).toEqual([]);
    expect(problems('correct horse battery')).toEqual([]);
  });

  it('needs 8 characters, counted as characters rather than UTF-16 units', () => {
    expect(problems('a1b2c3d')).toContain('TOO_SHORT');
    // Four characters outside the BMP are 8 UTF-16 units but 4 characters.
    expect(problems('😀😁😂🤣')).toContain('TOO_SHORT');
    expect(problems('q7#kz!mw')).toEqual([]);
  });

  it('refuses more than 72 bytes (bcrypt would ignore the rest) instead of cutting silently', () => {
    expect(problems('x'.repeat(72))).not.toContain('TOO_LONG');
    expect(problems('x'.repeat(40) + 'y'.repeat(33))).toContain('TOO_LONG');
    // 25 Chinese characters are 75 bytes: fewer than 72 characters, still too long for bcrypt.
    expect(problems('养'.repeat(25))).toContain('TOO_LONG');
    expect(problems('养老服务中心的密码')).not.toContain('TOO_LONG');
  });

  it('refuses blanks and a single repeated character', () => {
    expect(problems('        ')).toContain('BLANK');
    expect(problems('\t\t\t\t    ')).toContain('BLANK');
    expect(problems('zzzzzzzzzz')).toContain('ONE_CHARACTER');
  });

  it('refuses the common passwords of the breach list and of Chinese sites, in any case', () => {
    for (const p of ['12345678', 'password', 'PASSWORD', 'qwertyuiop', 'woaini1314', 'Woaini1314', '1qaz2wsx', 'a12345678']) {
      expect(isCommonPassword(p)).toBe(true);
    }
    expect(isCommonPassword('绿茶-配-月饼-2026')).toBe(false);
    expect(problems('12345678')).toContain('COMMON');
    expect(problems('password')).toContain('COMMON');
    expect(problems('woaini1314')).toContain('COMMON');
    expect(problems('1qaz2wsx')).toContain('COMMON');
  });

  it('refuses the account\'s phone number, alone or inside the password', () => {
    expect(problems('13912345678', '13912345678')).toContain('CONTAINS_PHONE');
    expect(problems('x13912345678!', '13912345678')).toContain('CONTAINS_PHONE');
    expect(problems('13912345678', '13800000000')).not.toContain('CONTAINS_PHONE');
  });

  it('explains each problem in a message that never repeats the password', () => {
    const out = passwordProblems('12345678', { phone: '12345678901' });
    expect(out.length).toBeGreaterThan(0);
    for (const p of out) expect(p.message).not.toContain('12345678');
  });
});
