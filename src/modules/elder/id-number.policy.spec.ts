import {
  checkIdNumber,
  idNumberCheckChar,
  ID_NUMBER_CHECK_CHARS,
  ID_NUMBER_WEIGHTS,
  maskIdNumber,
  normalizeIdNumber,
  parseCalendarDate,
} from './id-number.policy.js';

/** Builds a valid number from 17 digits by appending the check character. */
const withCheck = (first17: string) => first17 + idNumberCheckChar(first17);

describe('GB 11643 checksum', () => {
  it('uses the standard weights and check characters', () => {
    expect(ID_NUMBER_WEIGHTS).toEqual([7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]);
    expect(ID_NUMBER_CHECK_CHARS).toBe('10X98765432');
  });

  it('computes the check character of published sample numbers', () => {
    // The example number printed in GB 11643-1999 and a widely used sample with check X.
    expect(idNumberCheckChar('11010519491231002')).toBe('X');
    expect(idNumberCheckChar('44052418800101001')).toBe('4');
    expect(checkIdNumber('11010519491231002X', { today: '2026-01-01' }).ok).toBe(true);
  });

  it('maps every remainder 0..10 to its check character', () => {
    // Search 17-digit prefixes until every remainder has been seen, then check each against the table.
    const seen = new Map<number, string>();
    for (let seq = 0; seq < 1000 && seen.size < 11; seq++) {
      const first17 = `3708021940010${String(seq).padStart(3, '0')}1`.slice(0, 17);
      let sum = 0;
      for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_NUMBER_WEIGHTS[i];
      seen.set(sum % 11, idNumberCheckChar(first17));
    }
    expect(seen.size).toBe(11);
    for (const [rem, ch] of seen) expect(ch).toBe(ID_NUMBER_CHECK_CHARS[rem]);
  });

  it('refuses a number whose check character is wrong (one mistyped digit)', () => {
    const good = withCheck('37080219400101123');
    expect(checkIdNumber(good, { today: '2026-01-01' }).ok).toBe(true);
    const typo = good.slice(0, 16) + String((Number(good[16]) + 1) % 10) + good[17];
    const r = checkIdNumber(typo, { today: '2026-01-01' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.reason)).toEqual(['ID_NUMBER_CHECKSUM']);
  });

  it('accepts a lowercase x and surrounding blanks', () => {
    expect(normalizeIdNumber(' 11010519491231002x ')).toBe('11010519491231002X');
    const r = checkIdNumber('11010519491231002x', { today: '2026-01-01' });
    expect(r.ok && r.normalized).toBe('11010519491231002X');
  });
});

describe('GB 11643 structure', () => {
  const today = '2026-06-01';

  it.each([
    ['too short', '1101051949123100'],
    ['too long', '11010519491231002X1'],
    ['X in the middle', '1101051949X231002X'],
    ['letters', 'ABCDEFGHIJKLMNOPQR'],
    ['empty', ''],
  ])('refuses a malformed number (%s)', (_label, value) => {
    const r = checkIdNumber(value, { today });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues).toEqual([expect.objectContaining({ field: 'idNumber', reason: 'ID_NUMBER_FORMAT' })]);
  });

  it('refuses an unknown province prefix', () => {
    const r = checkIdNumber(withCheck('99010519491231002'), { today });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.reason)).toEqual(['ID_NUMBER_REGION']);
  });

  it.each([
    ['month 13', '37080219401301123'],
    ['30 February', '37080219400230123'],
    ['29 February of a common year', '37080219410229123'],
    ['before 1900', '37080218991231123'],
    ['in the future', '37080220300101123'],
  ])('refuses an impossible birth date (%s)', (_label, first17) => {
    const r = checkIdNumber(withCheck(first17), { today });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.reason)).toEqual(['ID_NUMBER_BIRTH_DATE']);
  });

  it('accepts 29 February of a leap year and returns the birth date and region', () => {
    const r = checkIdNumber(withCheck('37080219400229123'), { today });
    expect(r).toEqual({ ok: true, normalized: withCheck('37080219400229123'), birthDate: '1940-02-29', regionCode: '370802' });
  });

  it('reports every problem at once', () => {
    const bad = '99010519401301123' + ((idNumberCheckChar('99010519401301123') === '0') ? '1' : '0');
    const r = checkIdNumber(bad, { today, birthDate: '1940-01-01' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.reason).sort()).toEqual(['ID_NUMBER_BIRTH_DATE', 'ID_NUMBER_CHECKSUM', 'ID_NUMBER_REGION']);
  });
});

describe('agreement with the declared birth date', () => {
  const id = withCheck('37080219400315123');

  it('accepts the same date', () => {
    expect(checkIdNumber(id, { birthDate: '1940-03-15', today: '2026-01-01' }).ok).toBe(true);
  });

  it('refuses a different date, naming birthDate', () => {
    const r = checkIdNumber(id, { birthDate: '1940-03-16', today: '2026-01-01' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues).toEqual([expect.objectContaining({ field: 'birthDate', reason: 'ID_NUMBER_BIRTH_DATE_MISMATCH' })]);
  });

  it('refuses a declared date that is not a date', () => {
    const r = checkIdNumber(id, { birthDate: 'yesterday', today: '2026-01-01' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.reason)).toEqual(['ID_NUMBER_BIRTH_DATE_MISMATCH']);
  });

  it('never echoes the number in any message', () => {
    const wrong = id.slice(0, 17) + (id[17] === '1' ? '2' : '1');
    const r = checkIdNumber(wrong, { birthDate: '1950-01-01', today: '2026-01-01' });
    expect(r.ok).toBe(false);
    expect(JSON.stringify(r)).not.toContain(wrong.slice(0, 17));
  });
});

describe('calendar dates', () => {
  it('parses both compact and ISO forms and refuses impossible ones', () => {
    expect(parseCalendarDate('19400229')).toBe('1940-02-29');
    expect(parseCalendarDate('1940-02-29')).toBe('1940-02-29');
    expect(parseCalendarDate('1941-02-29')).toBeNull();
    expect(parseCalendarDate('1941-2-1')).toBeNull();
  });
});

describe('masking', () => {
  it('keeps the last 4 characters only', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('**************002X');
    expect(maskIdNumber('11010519491231002x')).toBe('**************002X');
    expect(maskIdNumber('11010519491231002X')).toHaveLength(18);
  });

  it('hides everything when the value is too short to mask safely', () => {
    expect(maskIdNumber('12345678')).toBe('********');
  });
});
