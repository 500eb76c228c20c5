import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { DEFAULT_FAULTS } from '../../../src/server/sandbox/http/faults.ts';
import { createSandboxServer } from '../../../src/server/sandbox/http/http-server.ts';
import { mulberry32 } from '../../../src/server/sandbox/prng.ts';
import {
  createConvosoEmulator,
  type ConvosoEmulator,
} from '../../../src/server/sandbox/emulators/convoso/convoso-emulator.ts';
import type { RecordedRequest } from '../../../src/server/sandbox/types.ts';

/** A fixed anchor so every run sees the same data: 20 Jan 2026, 04:00 in Los Angeles. */
export const NOW = Date.UTC(2026, 0, 20, 12);

export interface ConvosoHarness {
  url: string;
  emulator: ConvosoEmulator;
  /** GET `path` with the auth_token appended (unless `auth` is false). */
  get(path: string, auth?: boolean, headers?: Record<string, string>): Promise<Response>;
  json<T = ConvosoPage>(path: string, auth?: boolean): Promise<{ status: number; body: T }>;
  close(): Promise<void>;
}

/** The Convoso emulator alone on a real HTTP server (127.0.0.1, ephemeral port). */
export async function startConvoso(count = 5000, seed = 42, docsOnly = true): Promise<ConvosoHarness> {
  // Default: the documented behaviour, which these tests hold; convoso-live.test.ts holds the live one.
  const emulator = createConvosoEmulator({ nowMs: NOW, seed, count, docsOnly });
  const requests: RecordedRequest[] = [];
  const server: Server = createSandboxServer({
    faults: { ...DEFAULT_FAULTS },
    requests,
    inFlight: [],
    emulators: [emulator],
    faultRng: mulberry32(1),
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const token = emulator.credentials.authToken;
  const get = (path: string, auth = true, headers: Record<string, string> = {}): Promise<Response> => {
    const sep = path.includes('?') ? '&' : '?';
    return fetch(url + path + (auth ? `${sep}auth_token=${token}` : ''), { headers });
  };
  return {
    url,
    emulator,
    get,
    async json<T>(path: string, auth = true) {
      const res = await get(path, auth);
      return { status: res.status, body: (await res.json()) as T };
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}

export type CallRecord = Record<string, unknown> & {
  id: string;
  call_date: string;
  recording?: Array<Record<string, string>>;
};

export interface ConvosoPage {
  success: boolean;
  data: { offset: number; limit: number; total_found: string; entries: number; results: CallRecord[] };
}
