import { describe, expect, it } from 'vitest';
import { BOM, csvField, csvRow, neutralizeFormula } from '../../src/logs/csv.ts';
import { isoWithOffset, logFields, visibleFields } from '../../src/logs/log-fields.ts';
import { allColumnIds, columnLabel } from '../../src/features/log-table/columns.tsx';
import { parseCsv } from './csv-reader.ts';

describe('CSV fields (RFC 4180)', () => {
  it('leaves plain text unquoted', () => {
    expect(csvField('Answered')).toBe('Answered');
    expect(csvField('')).toBe('');
  });

  it('quotes commas, quotes, CR and LF and doubles inner quotes', () => {
    expect(csvField('Verma, Asha')).toBe('"Verma, Asha"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line 1\nline 2')).toBe('"line 1\nline 2"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
    expect(csvField(' padded ')).toBe('" padded "');
  });

  it('keeps Devanagari, Arabic and control-free Unicode as written', () => {
    expect(csvField('आशा वर्मा')).toBe('आशा वर्मा');
    expect(csvField('नमस्ते, दुनिया')).toBe('"नमस्ते, दुनिया"');
    expect(BOM).toBe('\uFEFF');
  });

  it('neutralizes formula starts with a leading apostrophe', () => {
    for (const evil of [
      '=HYPERLINK("http://x","y")',
      '+cmd|calc',
      "-2+3+cmd|' /C calc'!A0",
      '@SUM(A1)',
      '\t=1',
    ]) {
      expect(neutralizeFormula(evil)).toBe(`'${evil}`);
      expect(csvField(evil).startsWith('"\'') || csvField(evil).startsWith("'")).toBe(true);
    }
  });

  it('leaves numbers and phone numbers that start with + or - alone (nothing there can run)', () => {
    for (const plain of ['+91 98765 43210', '+1 (605) 555-0142', '-5', '+91 ••••• •3210']) {
      expect(neutralizeFormula(plain)).toBe(plain);
    }
    expect(neutralizeFormula('+91 98765 HYPERLINK')).toBe("'+91 98765 HYPERLINK");
  });

  it('reads back to the same values through an independent reader', () => {
    const rows = [
      ['Started', 'Customer', 'Notes'],
      ['2026-11-20T17:30:00+05:30', 'Verma, Asha', 'She said "call me"\r\nat 5'],
      ['', 'आशा', 'x,y,"z"'],
      ['=1+1', '@me', 'plain'],
    ];
    const text = rows.map(csvRow).join('');
    expect(text.endsWith('\r\n')).toBe(true);
    const back = parseCsv(text);
    expect(back.slice(0, 3)).toEqual(rows.slice(0, 3));
    expect(back[3]).toEqual(["'=1+1", "'@me", 'plain']);
  });
});

describe('log fields', () => {
  it('writes instants as ISO 8601 in the display zone with its offset at that instant', () => {
    const at = Date.parse('2026-11-20T12:00:00Z');
    expect(isoWithOffset(at, 'Asia/Kolkata')).toBe('2026-11-20T17:30:00+05:30');
    expect(isoWithOffset(at, 'America/Los_Angeles')).toBe('2026-11-20T04:00:00-08:00');
    expect(isoWithOffset(Date.parse('2026-07-01T12:00:00Z'), 'America/Los_Angeles')).toBe(
      '2026-07-01T05:00:00-07:00',
    );
    expect(isoWithOffset(at, 'UTC')).toBe('2026-11-20T12:00:00+00:00');
  });

  it('picks the columns of cols in order, the defaults when none is known', () => {
    expect(visibleFields(['phone', 'time', 'nope']).map((f) => f.id)).toEqual(['phone', 'time']);
    expect(visibleFields(null).map((f) => f.label)).toEqual([
      'Started',
      'Channel',
      'Customer',
      'Phone',
      'Campaign',
      'Outcome',
      'Disposition',
      'Duration',
    ]);
    expect(new Set(logFields.map((f) => f.id)).size).toBe(logFields.length);
  });

  // The defaults are one list (the table imports log-fields'); ids and headers are written twice.
  it('names the same columns and headers as the table (so the two cannot drift apart)', () => {
    expect(logFields.map((f) => f.id)).toEqual([...allColumnIds]);
    for (const f of logFields) expect(f.label).toBe(columnLabel(f.id));
  });
});
