import type { AddressInfo } from 'node:net';
import { DEFAULT_FAULTS } from './http/faults.ts';
import { createSandboxServer } from './http/http-server.ts';
import { createSandboxRateLimiter } from './http/rate-limiter.ts';
import { HOUR_MS } from './zoned-time.ts';
import { REAL_CLOCK, trickleCount } from './clock.ts';
import type { GenerateOptions } from './traffic.ts';
import { hash32, mulberry32 } from './prng.ts';
import { createConvosoEmulator } from './emulators/convoso/convoso-emulator.ts';
import { createSalesfinityEmulator } from './emulators/salesfinity/salesfinity-emulator.ts';
import { createTimepayEmulator } from './emulators/timepay/timepay-emulator.ts';
import { createUnpodEmulator } from './emulators/unpod/unpod-emulator.ts';
import { hostileJson } from './hostile/hostile-json.ts';
import type { RecordedRequest, Sandbox, SandboxOptions } from './types.ts';

type CountOption = 'timepayCount' | 'salesfinityCount' | 'unpodCount' | 'convosoCount';

function countOf(options: SandboxOptions, name: CountOption, fallback: number): number {
  const count = options[name] ?? fallback;
  if (!Number.isInteger(count) || count < 0 || count > 2_000_000) {
    throw new Error(`${name} must be an integer in [0, 2000000], got ${count}`);
  }
  return count;
}

/** Generates the data sets, then listens (loopback only) with every emulated provider on one port. */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const host = options.host ?? '127.0.0.1';
  // The sandbox hands out its token to anyone who asks: it must never be reachable from another machine.
  if (!/^(127\.\d+\.\d+\.\d+|::1|localhost)$/.test(host))
    throw new Error(`sandbox host must be loopback, got '${host}'`);
  const seed = options.seed ?? 42;
  const clock = options.clock ?? REAL_CLOCK;
  const nowMs = options.now ?? Math.floor(clock.now() / HOUR_MS) * HOUR_MS;
  // The trickle (README): only on the real clock unless asked for, so a fixed `now` serves exactly what it did.
  const trickle = options.trickle ?? options.now === undefined;
  const sized = (name: CountOption, fallback: number): GenerateOptions => {
    const count = countOf(options, name, fallback);
    const base: GenerateOptions = trickle
      ? { nowMs, seed, count, trickle: trickleCount(count), clock }
      : { nowMs, seed, count };
    return options.docsOnly ? { ...base, docsOnly: true } : base;
  };
  const timepay = createTimepayEmulator(sized('timepayCount', 60_000));
  const salesfinity = createSalesfinityEmulator(sized('salesfinityCount', 30_000));
  const unpod = createUnpodEmulator(sized('unpodCount', 20_000));
  const convoso = createConvosoEmulator(sized('convosoCount', 50_000));
  const faults = { ...DEFAULT_FAULTS };
  const requests: RecordedRequest[] = [];
  const inFlight: string[] = [];
  const limiter = options.rateLimit ? createSandboxRateLimiter(options.rateLimit) : undefined;
  const server = createSandboxServer({
    ...(limiter ? { limiter } : {}),
    faults,
    requests,
    inFlight,
    emulators: [timepay, salesfinity, unpod, convoso],
    faultRng: mulberry32(hash32(seed, 0xfa17)),
    ...(options.hostile ? { transformJson: hostileJson } : {}),
  });
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
    credentials: {
      timepay: { token: timepay.token, orgId: timepay.orgIds[0] ?? '' },
      salesfinity: salesfinity.credentials,
      unpod: unpod.credentials,
      convoso: convoso.credentials,
    },
    faults,
    requests,
    inFlight,
    rateLimitStats: () => limiter?.stats() ?? {},
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        // Keep-alive sockets would otherwise hold close() open.
        server.closeAllConnections();
      }),
  };
}
