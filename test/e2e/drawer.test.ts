import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sandboxOf, startE2eApp, type E2eApp } from './app.ts';

let app: E2eApp;
beforeAll(async () => {
  app = await startE2eApp();
});
afterAll(() => app?.close());
const sandbox = () => sandboxOf(app);
const logParam = (page: Page) => new URL(page.url()).searchParams.get('log');
const currentTime = (page: Page) =>
  page
    .getByRole('dialog')
    .locator('audio')
    .first()
    .evaluate((a: HTMLAudioElement) => a.currentTime);

async function openFirstRow(page: Page, search: string) {
  await page.goto(`${app.url}/logs?${search}`);
  const row = page.locator('tr[data-log-key]').first();
  await row.waitFor();
  await row.click();
  await page.getByRole('dialog').waitFor();
}

describe('the detail drawer in Chromium', () => {
  it('opens a failed WhatsApp message by URL and explains its Meta error; the thread shows it undelivered', async () => {
    const { url, credentials } = sandbox();
    const listed = await fetch(`${url}/api/v1/logs?type=whatsapp&status=Failed`, {
      headers: { authorization: `Bearer ${credentials.timepay.token}` },
    });
    const records = (
      (await listed.json()) as { data: Array<{ message_id?: string; errors?: Array<{ code: number }> }> }
    ).data;
    const failed = records.find(
      (r) => r.message_id && r.errors?.some((e) => e.code === 131047 || e.code === 131026),
    );
    expect(failed).toBeDefined();
    const page = await app.newPage();
    await page.goto(`${app.url}/logs?log=${encodeURIComponent(`sandbox-timepay:${failed?.message_id}`)}`);
    const dialog = page.getByRole('dialog', { name: /^WhatsApp message/ });
    await expect.poll(() => dialog.count()).toBe(1);
    await expect.poll(() => dialog.getByText('What to do').count()).toBeGreaterThan(0);
    const error = dialog.getByRole('article').first();
    expect(await error.textContent()).toContain(String(failed?.errors?.[0]?.code));
    expect(await error.textContent()).toMatch(/Retry\?(Yes|Later|No|Only after)/);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.screenshot({ path: 'test-results/drawer-whatsapp-error-1280.png' });
    await dialog.getByRole('tab', { name: 'Conversation' }).click();
    await expect.poll(() => dialog.getByText('Not delivered').count()).toBe(1);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: 'test-results/drawer-whatsapp-thread-dark-1280.png' });
  });

  it('plays a recording; Space, arrow keys and > pause, seek and speed it up; downloads under a meaningful name', async () => {
    const page = await app.newPage();
    await openFirstRow(page, 'channel=call&status=Completed');
    const dialog = page.getByRole('dialog');
    const player = dialog.getByRole('group', { name: 'Recording of the call' });
    const audio = player.locator('audio');
    await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => a.duration)).toBeGreaterThan(25);
    await player.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => currentTime(page)).toBeGreaterThan(0.3);
    expect(await player.getByRole('button', { name: 'Pause' }).count()).toBe(1);

    const seek = player.getByRole('slider', { name: 'Seek' });
    await seek.focus();
    const before = await currentTime(page);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => currentTime(page)).toBeGreaterThanOrEqual(before + 19.5);
    await page.keyboard.press('ArrowLeft');
    const back = await currentTime(page);
    expect(back).toBeGreaterThanOrEqual(before + 9.5);
    expect(back).toBeLessThan(before + 19.5);
    expect(await seek.getAttribute('aria-valuetext')).toMatch(
      /^\d+ seconds? of (\d+ minutes? )?\d+ seconds?$/,
    );

    await page.keyboard.press('>');
    await page.keyboard.press('>');
    await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => a.playbackRate)).toBe(1.5);
    expect(await player.getByRole('combobox', { name: 'Speed' }).inputValue()).toBe('1.5');
    await page.keyboard.press('<');
    await page.keyboard.press('<');
    await page.keyboard.press('<');
    await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => a.playbackRate)).toBe(0.75);

    await page.keyboard.press('Space');
    await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => a.paused)).toBe(true);
    // Space from anywhere in the drawer that is not a control plays the recording again.
    await dialog.locator('#drawer-title').click();
    await page.keyboard.press('Space');
    await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => a.paused)).toBe(false);

    await player.getByRole('slider', { name: 'Volume' }).fill('0.4');
    await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => a.volume)).toBeCloseTo(0.4);

    const download = page.waitForEvent('download');
    await player.getByRole('link', { name: 'Download' }).click();
    expect((await download).suggestedFilename()).toMatch(
      /^sandbox-timepay-[\p{L}\p{N}+_-]+-\d{4}-\d{2}-\d{2}-\d{4}\.wav$/u,
    );
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.screenshot({ path: 'test-results/drawer-call-1280.png' });
    await dialog.getByRole('tab', { name: 'Transcript' }).click();
    await dialog.getByRole('searchbox', { name: 'Search the transcript' }).fill('a');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.screenshot({ path: 'test-results/drawer-transcript-dark-1440.png' });
  });

  it('steps to the next and previous log without closing; the playing recording stops cleanly', async () => {
    const page = await app.newPage();
    await openFirstRow(page, 'channel=call&status=Completed');
    const keys = await page
      .locator('tr[data-log-key]')
      .evaluateAll((rows) => rows.slice(0, 3).map((r) => r.getAttribute('data-log-key')));
    const dialog = page.getByRole('dialog');
    expect(logParam(page)).toBe(keys[0]);
    expect(await dialog.getByText(/^1 of [\d,]+$/).count()).toBe(1);
    expect(await dialog.getByRole('button', { name: 'Previous log' }).isDisabled()).toBe(true);
    const audio = dialog.locator('audio').first();
    await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => a.duration)).toBeGreaterThan(1);
    await dialog.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => currentTime(page)).toBeGreaterThan(0.2);
    const firstAudio = await audio.elementHandle();
    const title = await dialog.locator('#drawer-title').textContent();

    await dialog.getByRole('tab', { name: 'Raw' }).click();
    await dialog.getByRole('button', { name: 'Next log' }).click();
    await expect.poll(() => logParam(page)).toBe(keys[1]);
    expect(await dialog.isVisible()).toBe(true);
    await expect.poll(() => dialog.getByText(/^2 of [\d,]+$/).count()).toBe(1);
    // The old player is gone, paused and emptied; nothing in the page is playing.
    expect(
      await firstAudio?.evaluate((a: HTMLAudioElement) => [a.isConnected, a.paused, a.hasAttribute('src')]),
    ).toEqual([false, true, false]);
    expect(await page.evaluate(() => [...document.querySelectorAll('audio')].every((a) => a.paused))).toBe(
      true,
    );
    // The tab chosen stays chosen.
    expect(await dialog.getByRole('tab', { name: 'Raw', selected: true }).count()).toBe(1);

    await page.keyboard.press('j');
    await expect.poll(() => logParam(page)).toBe(keys[2]);
    await page.keyboard.press('k');
    await page.keyboard.press('k');
    await expect.poll(() => logParam(page)).toBe(keys[0]);
    await expect.poll(() => dialog.locator('#drawer-title').textContent()).toBe(title);
    // Stepping replaced the history entry: Back closes the drawer instead of replaying steps.
    await page.goBack();
    await expect.poll(() => logParam(page)).toBeNull();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  });

  it('steps across a page boundary, fetching the next page when the table has not', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}/logs?source=sandbox-convoso`);
    await page.locator('tr[data-log-key]').first().waitFor();
    const tenth = page.locator('tr[aria-rowindex="11"][data-log-key]');
    await tenth.click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.getByText(/^10 of [\d,]+$/).count()).toBe(1);
    for (let n = 11; n <= 14; n++) {
      await page.keyboard.press('j');
      await expect.poll(() => dialog.getByText(new RegExp(`^${n} of [\\d,]+$`)).count()).toBe(1);
    }
  });

  it('"All logs of this customer" filters the source by the phone', async () => {
    const page = await app.newPage();
    await openFirstRow(page, 'source=sandbox-timepay&channel=call');
    await page.getByRole('dialog').getByRole('link', { name: 'All logs of this customer' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('phone')).toMatch(/^\+91\d{10}$/);
    const params = new URL(page.url()).searchParams;
    expect(params.getAll('source')).toEqual(['sandbox-timepay']);
    expect(params.get('log')).toBeNull();
    expect(params.get('channel')).toBeNull();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await page.locator('tr[data-log-key]').first().waitFor();
  });

  it.each(['sandbox-timepay', 'sandbox-salesfinity', 'sandbox-unpod', 'sandbox-convoso'])(
    "renders %s's planted hostile strings on its first pages as inert text",
    { timeout: 120_000 },
    async (sourceId) => {
      const page = await app.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await openFirstRow(page, `source=${sourceId}`);
      const dialog = page.getByRole('dialog');
      let seen = '';
      for (let step = 0; step < 28; step++) {
        const key = logParam(page);
        await dialog.getByRole('tab').first().waitFor();
        seen += `${await dialog.textContent()}\n`;
        expect(await dialog.locator('script, img, iframe, object, embed').count()).toBe(0);
        const live = await page.evaluate(() =>
          [...document.querySelectorAll('a[href], audio[src], [src]')].map(
            (e) => e.getAttribute('href') ?? e.getAttribute('src') ?? '',
          ),
        );
        expect(live.filter((href) => /^\s*(javascript|data|vbscript):/i.test(href))).toEqual([]);
        await page.keyboard.press('j');
        await expect.poll(() => logParam(page)).not.toBe(key);
      }
      expect(seen).toMatch(/<script>alert\(1\)<\/script>|onerror=alert\(1\)|javascript:alert\(1\)/);
      expect(dialogs).toEqual([]);
    },
  );
});
