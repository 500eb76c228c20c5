// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { drawerHref, TimelineItem } from '../../src/features/timeline/timeline-item.tsx';
import type { LogEntry, WhatsappEntry } from '../../src/logs/log-entry.ts';
import type { SourceInfo } from '../../src/logs/source.ts';
import { salesfinityAdapter } from '../../src/providers/salesfinity/index.ts';
import { timepayAdapter } from '../../src/providers/timepay/index.ts';
import type { Sandbox } from '../../src/server/sandbox/index.ts';
import { sandboxEntries, sandboxSource, startSmallSandbox } from './log-drawer-payloads.ts';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSmallSandbox();
});
afterAll(() => sandbox?.close());
afterEach(cleanup);

function show(entry: LogEntry, source: SourceInfo) {
  render(
    <MemoryRouter>
      <TimelineItem entry={entry} source={source} zone="Asia/Kolkata" />
    </MemoryRouter>,
  );
}

describe('TimelineItem', () => {
  it('plays a sandbox recording inline in a real audio element, loading nothing until asked', async () => {
    const source = sandboxSource('salesfinity', 'UTC', 'US');
    const calls = await sandboxEntries(sandbox, salesfinityAdapter, source);
    const call = calls.find((e) => e.recordings.length > 0);
    if (!call) throw new Error('no recorded call on the first page');
    show(call, source);
    const audio = screen.getByLabelText(/^Recording of the Sandbox salesfinity call at \d\d:\d\d$/);
    expect(audio.tagName).toBe('AUDIO');
    expect(audio.getAttribute('preload')).toBe('none');
    expect(audio.hasAttribute('controls')).toBe(true);
    expect(screen.getByRole('link', { name: /^Open log/ }).getAttribute('href')).toBe(drawerHref(call));
    expect(drawerHref(call)).toBe(
      `/logs?source=sandbox-salesfinity&log=${encodeURIComponent(`sandbox-salesfinity:${call.id}`)}`,
    );
  });

  it('says so instead of loading a recording whose address is not safe', async () => {
    const sandboxed = sandboxSource('salesfinity', 'UTC', 'US');
    const call = (await sandboxEntries(sandbox, salesfinityAdapter, sandboxed)).find(
      (e) => e.recordings.length > 0,
    );
    if (!call) throw new Error('no recorded call on the first page');
    // The same plain-http URL from a source that is not the sandbox: not loaded.
    show(call, { ...sandboxed, sandbox: false });
    expect(document.querySelector('audio')).toBeNull();
    expect(screen.getByText(/is not played here: its link is not a safe address/)).toBeTruthy();
  });

  it('shows a WhatsApp message by its first and last lines, and why it failed', async () => {
    const source = sandboxSource('timepay', 'Asia/Kolkata', 'IN');
    const failed = (
      await sandboxEntries(sandbox, timepayAdapter, source, { channels: ['whatsapp'], statuses: ['Failed'] })
    ).find((e): e is WhatsappEntry => e.channel === 'whatsapp' && e.deliveryErrors.length > 0);
    if (!failed) throw new Error('no failed WhatsApp message');
    const long: WhatsappEntry = {
      ...failed,
      conversation: [
        { role: 'assistant', content: 'Namaste, your EMI is due.', at: null },
        { role: 'user', content: 'Middle line', at: null },
        { role: 'assistant', content: 'Middle line two', at: null },
        { role: 'user', content: 'I will pay on Friday.', at: null },
      ],
    };
    show(long, source);
    expect(screen.getByText('Namaste, your EMI is due.')).toBeTruthy();
    expect(screen.getByText('I will pay on Friday.')).toBeTruthy();
    expect(screen.queryByText('Middle line')).toBeNull();
    expect(screen.getByText(/2 more messages/)).toBeTruthy();
    const code = String(failed.deliveryErrors[0]?.code);
    expect(screen.getByText(new RegExp(`^Not delivered: ${code}`))).toBeTruthy();
  });
});
