import { describe, expect, it } from 'vitest';
import { maskName, maskPhone, maskText } from '../../src/logs/mask.ts';

describe('masking', () => {
  it('keeps only the last four digits of a phone number and its separators', () => {
    expect(maskPhone('+919876543210')).toBe('+••••••••3210');
    expect(maskPhone('(415) 555-0199')).toBe('(•••) •••-0199');
    expect(maskPhone('123')).toBe('123');
  });

  it('turns names of any script into initials', () => {
    expect(maskName('Asha  Verma')).toBe('A. V.');
    expect(maskName('आशा वर्मा')).toBe('आ. व.');
    expect(maskName('   ')).toBe('');
  });

  it('hides every digit of free text, Devanagari digits included', () => {
    expect(maskText('Pay ₹4,500 by 12 May, ref ९८७')).toBe('Pay ₹•,••• by •• May, ref •••');
  });
});
