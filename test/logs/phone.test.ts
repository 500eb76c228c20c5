import { describe, expect, it } from 'vitest';
import { formatPhone, nationalNumber, toE164 } from '../../src/logs/phone.ts';

describe('toE164', () => {
  it('reads national numbers in the default country', () => {
    expect(toE164('9999999999', 'IN')).toBe('+919999999999');
    expect(toE164('8264705488', 'IN')).toBe('+918264705488');
    expect(toE164(' 82647 05488 ', 'IN')).toBe('+918264705488');
    expect(toE164('(415) 555-0100', 'US')).toBe('+14155550100');
  });

  it('keeps E.164 numbers as they are, whatever the default country', () => {
    expect(toE164('+918035450808', 'IN')).toBe('+918035450808');
    expect(toE164('+918035450808', 'US')).toBe('+918035450808');
    expect(toE164('+1 415 555 0100', 'IN')).toBe('+14155550100');
  });

  it('strips a national trunk prefix', () => {
    expect(toE164('09999999999', 'IN')).toBe('+919999999999');
  });

  it('gives null for garbage', () => {
    for (const raw of [
      null,
      undefined,
      '',
      'abc',
      '123',
      '<script>',
      '+',
      '9'.repeat(40),
      'x'.repeat(100_000),
    ]) {
      expect(toE164(raw, 'IN')).toBeNull();
    }
    expect(toE164('9999999999', 'ZZ')).toBeNull();
  });

  it('agrees with itself for many numbers of one shape (the shape cache)', () => {
    for (let i = 0; i < 500; i++) {
      const national = String(9_000_000_000 + i * 7_919);
      expect(toE164(national, 'IN')).toBe(`+91${national}`);
      expect(toE164(`0${national}`, 'IN')).toBe(`+91${national}`);
    }
  });
});

describe('formatPhone', () => {
  it('formats national in the default country and international elsewhere', () => {
    expect(formatPhone('+14155550100', 'US')).toBe('(415) 555-0100');
    // As Indian staff write a mobile number: no trunk 0 in front.
    expect(formatPhone('+919876543210', 'IN')).toBe('98765 43210');
    expect(formatPhone('+14155550100', 'IN')).toBe('+1 415 555 0100');
    expect(formatPhone('+918035450808', 'US')).toBe('+91 80 3545 0808');
  });

  it('returns unparsable input unchanged', () => {
    expect(formatPhone('not a phone', 'IN')).toBe('not a phone');
    expect(formatPhone('', 'IN')).toBe('');
  });
});

describe('nationalNumber', () => {
  it('gives the national digits timepay filters by', () => {
    expect(nationalNumber('+919999999999')).toBe('9999999999');
    expect(nationalNumber('+14155550100', 'US')).toBe('4155550100');
    expect(nationalNumber('garbage')).toBeNull();
  });
});
