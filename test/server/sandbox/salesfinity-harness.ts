import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { parseJsonText } from '../../../src/logs/json-text.ts';
import { DEFAULT_FAULTS } from '../../../src/server/sandbox/http/faults.ts';
import { createSandboxServer } from '../../../src/server/sandbox/http/http-server.ts';
import { mulberry32 } from '../../../src/server/sandbox/prng.ts';
import {
  createSalesfinityEmulator,
  type SalesfinityEmulator,
} from '../../../src/server/sandbox/emulators/salesfinity/salesfinity-emulator.ts';

/** A fixed anchor so every run sees the same data: 20 Jan 2026, 12:00 UTC. */
export const NOW = Date.UTC(2026, 0, 20, 12);

export interface SalesfinityHarness {
  url: string;
  emulator: SalesfinityEmulator;
  get(path: string, headers?: Record<string, string>): Promise<Response>;
  json<T = CallLogPage>(path: string): Promise<{ status: number; body: T }>;
  close(): Promise<void>;
}

/** The emulator alone on a real HTTP server (127.0.0.1, ephemeral port). */
export async function startSalesfinity(count = 6000, seed = 42): Promise<SalesfinityHarness> {
  const emulator = createSalesfinityEmulator({ nowMs: NOW, seed, count });
  const server: Server = createSandboxServer({
    faults: { ...DEFAULT_FAULTS },
    requests: [],
    inFlight: [],
    emulators: [emulator],
    faultRng: mulberry32(1),
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const auth = { 'x-api-key': emulator.credentials.apiKey };
  const get = (path: string, headers: Record<string, string> = auth): Promise<Response> =>
    fetch(url + path, { headers });
  return {
    url,
    emulator,
    get,
    async json<T>(path: string) {
      const res = await get(path);
      // Live bodies carry raw control characters inside strings: read them as the app does.
      return { status: res.status, body: parseJsonText(await res.text()) as T };
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}

export type CallLog = Record<string, unknown> & {
  contact: Record<string, unknown>;
  user: Record<string, unknown>;
  disposition: Record<string, unknown> | null;
};

export interface CallLogPage {
  data: CallLog[];
  pagination: { total: number; page: number; limit: number; pages: number };
}
