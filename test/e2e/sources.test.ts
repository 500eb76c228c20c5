import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2eApp, type E2eApp } from './app.ts';

let app: E2eApp;

beforeAll(async () => {
  app = await startE2eApp();
});
afterAll(async () => {
  await app?.close();
});

describe('/sources', () => {
  it('is linked from the header and shows each source with its live checks and the filters it applies', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}/logs`);
    await page.getByRole('link', { name: 'Sources' }).click();
    await page.waitForURL(/\/sources$/);
    const unpod = page.getByRole('article', { name: /unpod \(sandbox\)/ });
    const checks = unpod.getByRole('list', { name: 'Checks of unpod (sandbox)' });
    await checks.waitFor();
    const text = await checks.textContent();
    expect(text).toContain('credentials');
    expect(text).toContain('the token and Product-Id are accepted');
    expect(await checks.getByText('fail', { exact: true }).count()).toBe(0);
    const cannot = unpod.getByRole('region', { name: 'Filters it cannot apply' });
    expect(await cannot.textContent()).toContain('Disposition: unpod call logs have no disposition');
    const applies = unpod.getByRole('region', { name: 'Filters it applies' });
    expect(await applies.textContent()).toContain('x.source_number');
    // Every sandbox source is listed and passes its checks.
    for (const name of ['timepay.ai (sandbox)', 'Salesfinity (sandbox)', 'Convoso (sandbox)']) {
      const list = page.getByRole('list', { name: `Checks of ${name}` });
      await list.waitFor();
      expect(await list.getByText('fail', { exact: true }).count()).toBe(0);
    }
  });
});
