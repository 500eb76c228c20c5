import type { AddressInfo } from 'node:net';
import { DEFAULT_FAULTS } from './faults.ts';
import { createSandboxServer } from './http-server.ts';
import { HOUR_MS } from './ist-time.ts';
import { hash32, mulberry32 } from './prng.ts';
import { createTimepayProvider } from './providers/timepay/timepay-provider.ts';
import type { RecordedRequest, Sandbox, SandboxOptions } from './types.ts';

/** Generates the data sets, then listens (loopback only) with every emulated provider on one port. */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const host = options.host ?? '127.0.0.1';
  const seed = options.seed ?? 42;
  const nowMs = options.now ?? Math.floor(Date.now() / HOUR_MS) * HOUR_MS;
  const timepay = createTimepayProvider({ nowMs, seed, count: options.timepayCount ?? 60_000 });
  const faults = { ...DEFAULT_FAULTS };
  const requests: RecordedRequest[] = [];
  const server = createSandboxServer({ faults, requests, providers: [timepay], faultRng: mulberry32(hash32(seed, 0xfa17)) });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${port}`,
    credentials: { timepay: { token: timepay.token } },
    faults,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        // Keep-alive sockets would otherwise hold close() open.
        server.closeAllConnections();
      }),
  };
}
