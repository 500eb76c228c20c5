import { startSandbox, type Sandbox, type SandboxOptions } from '../../../src/server/sandbox/index.ts';

/** A fixed anchor so every run sees the same data: 20 Jan 2026, 17:30 IST. */
export const NOW = Date.UTC(2026, 0, 20, 12);

export interface TimepayHarness {
  sandbox: Sandbox;
  /** GET with the sandbox's bearer token (or the given headers instead). */
  get(path: string, headers?: Record<string, string>): Promise<Response>;
  json<T = Record<string, unknown>>(path: string): Promise<{ status: number; body: T }>;
}

export async function startTimepay(options: SandboxOptions = {}): Promise<TimepayHarness> {
  const sandbox = await startSandbox({ now: NOW, timepayCount: 6000, ...options });
  const auth = { authorization: `Bearer ${sandbox.credentials.timepay.token}` };
  const get = (path: string, headers: Record<string, string> = auth): Promise<Response> =>
    fetch(sandbox.url + path, { headers });
  return {
    sandbox,
    get,
    async json<T>(path: string) {
      const res = await get(path);
      return { status: res.status, body: (await res.json()) as T };
    },
  };
}

export type LogRecord = Record<string, unknown>;

export interface LogPage {
  success: boolean;
  data: LogRecord[];
  pagination: {
    page: number;
    per_page: number;
    total: number;
    total_pages: number;
    has_next: boolean;
    has_prev: boolean;
  };
}
