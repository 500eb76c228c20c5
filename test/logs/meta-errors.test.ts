import { describe, expect, it } from 'vitest';
import { explainMetaError, META_ERROR_CODES, safeMetaHref } from '../../src/logs/meta-errors.ts';

describe('explainMetaError', () => {
  it('knows every code of PROVIDERS.md', () => {
    for (const code of [
      130429, 131000, 1, 2, 131026, 131042, 131047, 131048, 131049, 131050, 131051, 131052, 131053, 131056,
      368, 470,
    ]) {
      const info = explainMetaError(code);
      expect(info?.code).toBe(code);
      expect(info?.meaning.length).toBeGreaterThan(10);
      expect(info?.action.length).toBeGreaterThan(10);
    }
    expect(META_ERROR_CODES).toHaveLength(16);
  });

  it('tells the operator whether to retry', () => {
    expect(explainMetaError(131042)).toMatchObject({
      title: 'Business eligibility payment issue',
      retry: 'no',
    });
    expect(explainMetaError(130429)?.retry).toBe('later');
    expect(explainMetaError(131000)?.retry).toBe('yes');
    expect(explainMetaError(131052)?.retry).toBe('sometimes');
    expect(explainMetaError(131047)?.action).toMatch(/template/);
  });

  it('accepts codes as numeric strings and gives null for unknown ones', () => {
    expect(explainMetaError('131026')?.title).toBe('Message undeliverable');
    expect(explainMetaError(999999)).toBeNull();
    expect(explainMetaError(null)).toBeNull();
    expect(explainMetaError('toString')).toBeNull();
  });
});

describe('safeMetaHref', () => {
  it("passes https links on Meta's hosts", () => {
    const doc = 'https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/';
    expect(safeMetaHref(doc)).toBe(doc);
    for (const host of [
      'facebook.com',
      'www.facebook.com',
      'business.facebook.com',
      'developers.meta.com',
      'meta.com',
    ]) {
      expect(safeMetaHref(`https://${host}/x`)).toBe(`https://${host}/x`);
    }
    expect(safeMetaHref('https://DEVELOPERS.facebook.com/a')).toBe('https://developers.facebook.com/a');
  });

  it('refuses everything else', () => {
    for (const href of [
      'javascript:alert(1)',
      'http://developers.facebook.com/docs',
      'https://developers.facebook.com.evil.com/docs',
      'https://evil.com/?https://developers.facebook.com',
      'https://user:pass@developers.facebook.com/',
      'https://developers.facebook.com:8443/',
      'https://evilfacebook.com/',
      'data:text/html,<script>alert(1)</script>',
      '//developers.facebook.com/docs',
      '',
      null,
      42,
    ]) {
      expect(safeMetaHref(href)).toBeNull();
    }
  });
});
