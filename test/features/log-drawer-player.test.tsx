// @vitest-environment jsdom
// jsdom has no media pipeline: play()/pause() are not implemented and `duration` stays NaN, so these tests
// check the controls' wiring and words; playing, seeking and speed in a real <audio> are in test/e2e/drawer.test.ts.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AudioPlayer } from '../../src/features/log-drawer/audio-player.tsx';
import { clock, stepSpeed } from '../../src/features/log-drawer/media-time.ts';
import { RecordingPlayer } from '../../src/features/log-drawer/recording-player.tsx';
import { recordingExtension, recordingFileStem } from '../../src/features/log-drawer/recording-name.ts';
import type { LogEntry } from '../../src/logs/log-entry.ts';
import { convosoAdapter } from '../../src/providers/convoso/index.ts';
import { salesfinityAdapter } from '../../src/providers/salesfinity/index.ts';
import { timepayAdapter } from '../../src/providers/timepay/index.ts';
import type { Sandbox } from '../../src/server/sandbox/index.ts';
import { sandboxEntries, sandboxSource, startSmallSandbox } from './log-drawer-payloads.ts';

const convoso = sandboxSource('convoso', 'America/Los_Angeles', 'US');
const salesfinity = sandboxSource('salesfinity', 'America/New_York', 'US');
const timepay = sandboxSource('timepay', 'Asia/Kolkata', 'IN');

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSmallSandbox();
});
afterAll(async () => {
  await sandbox?.close();
});
afterEach(cleanup);

/** Gives the jsdom <audio> a length, as a browser does once the file's header is read. */
function loadMetadata(audio: HTMLAudioElement, seconds: number) {
  Object.defineProperty(audio, 'duration', { configurable: true, value: seconds });
  fireEvent.loadedMetadata(audio);
}

describe('AudioPlayer', () => {
  const player = () =>
    render(
      <AudioPlayer
        src="/api/sources/collections/api/v1/recordings/r1"
        label="Recording of the call"
        fileStem="collections-Ravi-2026-11-19-1432"
        failureText="It could not be played."
      />,
    );

  it('is a named group around a real <audio>, with labelled controls and elapsed/total time', () => {
    const { container } = player();
    const group = screen.getByRole('group', { name: 'Recording of the call' });
    const audio = container.querySelector('audio') as HTMLAudioElement;
    expect(audio.getAttribute('src')).toBe('/api/sources/collections/api/v1/recordings/r1');
    expect(within(group).getByRole('button', { name: 'Play' }).getAttribute('aria-keyshortcuts')).toBe(
      'Space',
    );
    const seek = within(group).getByRole('slider', { name: 'Seek' });
    expect(seek).toHaveProperty('disabled', true); // no length known yet
    loadMetadata(audio, 184);
    expect(seek).toHaveProperty('disabled', false);
    expect(seek.getAttribute('aria-valuetext')).toBe('0 seconds of 3 minutes 4 seconds');
    expect(group.textContent).toContain('3:04');
    expect(within(group).getByRole('slider', { name: 'Volume' })).toBeTruthy();
    expect(within(group).getByRole('combobox', { name: 'Speed' })).toBeTruthy();
  });

  it('arrow keys on the seek bar jump 10 s, Home/End go to the ends, and > / < step the speed', () => {
    const { container } = player();
    const audio = container.querySelector('audio') as HTMLAudioElement;
    loadMetadata(audio, 95);
    const seek = screen.getByRole('slider', { name: 'Seek' });
    fireEvent.keyDown(seek, { key: 'ArrowRight' });
    fireEvent.keyDown(seek, { key: 'ArrowRight' });
    expect(audio.currentTime).toBe(20);
    fireEvent.keyDown(seek, { key: 'ArrowLeft' });
    expect(audio.currentTime).toBe(10);
    expect(seek.getAttribute('aria-valuetext')).toBe('10 seconds of 1 minute 35 seconds');
    fireEvent.keyDown(seek, { key: 'End' });
    expect(audio.currentTime).toBe(95);
    fireEvent.keyDown(seek, { key: 'Home' });
    expect(audio.currentTime).toBe(0);
    fireEvent.keyDown(seek, { key: '>' });
    expect(audio.playbackRate).toBe(1.25);
    fireEvent.keyDown(seek, { key: '<' });
    fireEvent.keyDown(seek, { key: '<' });
    expect(audio.playbackRate).toBe(0.75);
    fireEvent.change(screen.getByRole('combobox', { name: 'Speed' }), { target: { value: '2' } });
    expect(audio.playbackRate).toBe(2);
  });

  it('offers a download under a meaningful name', () => {
    player();
    const link = screen.getByRole('link', { name: 'Download' });
    expect(link.getAttribute('download')).toBe('collections-Ravi-2026-11-19-1432.wav');
  });

  it('says plainly that a failing recording cannot be played, instead of a broken player', () => {
    const { container } = player();
    fireEvent.error(container.querySelector('audio') as HTMLAudioElement);
    expect(screen.getByRole('status').textContent).toBe('It could not be played.');
    expect(screen.queryByRole('group')).toBeNull();
  });
});

describe('RecordingPlayer', () => {
  it('lists every recording of a Convoso call from the sandbox, each with its own player', async () => {
    const entries = await sandboxEntries(sandbox, convosoAdapter, convoso);
    const several = entries.find((e) => e.recordings.length > 1);
    expect(several).toBeDefined();
    const entry = several as LogEntry;
    render(<RecordingPlayer source={convoso} entry={entry} zone="America/Los_Angeles" />);
    const count = entry.recordings.length;
    expect(screen.getByRole('heading').textContent).toBe(`Recordings (${count})`);
    for (let i = 1; i <= count; i++)
      expect(screen.getByRole('group', { name: `Recording ${i} of ${count}` })).toBeTruthy();
    const names = screen.getAllByRole('link', { name: 'Download' }).map((a) => a.getAttribute('download'));
    expect(names[1]).toMatch(/^sandbox-convoso-.+-\d{4}-\d{2}-\d{2}-\d{4}-part2\.wav$/);
  });

  it("plays a Salesfinity recording_url from the sandbox's loopback origin", async () => {
    const entry = (await sandboxEntries(sandbox, salesfinityAdapter, salesfinity)).find(
      (e) => e.recordings.length === 1,
    );
    const { container } = render(
      <RecordingPlayer source={salesfinity} entry={entry as LogEntry} zone="UTC" />,
    );
    expect(container.querySelector('audio')?.getAttribute('src')).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\/salesfinity-media\//,
    );
  });

  it('refuses a recording link that is not a safe address, and says so', async () => {
    const entry = (
      await sandboxEntries(sandbox, timepayAdapter, timepay, { channels: ['call'] })
    )[0] as LogEntry;
    const hostile: LogEntry = {
      ...entry,
      recordings: [{ kind: 'url', id: 'x', url: 'javascript:alert(1)' }],
    };
    const { container } = render(
      <RecordingPlayer source={{ ...timepay, sandbox: false }} entry={hostile} zone="UTC" />,
    );
    expect(container.querySelector('audio')).toBeNull();
    expect(container.textContent).toMatch(/not a safe address/);
    expect(container.querySelector('a')).toBeNull();
  });

  it('says when a call has no recording', async () => {
    const entry = (
      await sandboxEntries(sandbox, timepayAdapter, timepay, { channels: ['call'] })
    )[0] as LogEntry;
    render(<RecordingPlayer source={timepay} entry={{ ...entry, recordings: [] }} zone="UTC" />);
    expect(screen.getByText('Sandbox timepay has no recording of this call.')).toBeTruthy();
  });
});

describe('player helpers', () => {
  it('formats clocks and climbs the speed ladder within 0.5×–2×', () => {
    expect([clock(7), clock(184), clock(3729), clock(Number.NaN)]).toEqual([
      '0:07',
      '3:04',
      '1:02:09',
      '--:--',
    ]);
    expect(stepSpeed(2, 1)).toBe(2);
    expect(stepSpeed(0.5, -1)).toBe(0.5);
    expect(stepSpeed(1, 1)).toBe(1.25);
  });

  it('names a download after source, customer and start in the display zone, extension by type', () => {
    const entry = {
      sourceId: 'sales',
      id: 'x',
      startedAt: Date.parse('2026-01-16T15:04:05Z'),
      customer: { name: 'Dana <b>Whitaker</b>/..', phone: null, phoneRaw: null, loanId: null, leadId: null },
    } as unknown as LogEntry;
    expect(recordingFileStem(entry, 'America/New_York', { index: 0, count: 1 })).toBe(
      'sales-Dana-b-Whitaker-b-2026-01-16-1004',
    );
    expect(recordingExtension('audio/mpeg; charset=binary', '/r/1')).toBe('mp3');
    expect(recordingExtension(null, 'https://x.example/a/b.MP3?sig=1')).toBe('mp3');
    expect(recordingExtension(null, '/api/v1/recordings/abc')).toBe('wav');
  });
});
