import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { CONTROL_PREFIX, handleControl, type ControlState } from './control-routes.ts';
import { delay, rollFault } from './faults.ts';
import { sendJson, setJsonTransform } from './http-reply.ts';
import type { Rng } from '../prng.ts';
import type { SandboxRateLimiter } from './rate-limiter.ts';
import { describeRequest, recordRequest } from './request-recorder.ts';

export interface SandboxServerState extends ControlState {
  /** Drives fault injection; seeded so a faulty run can be replayed. */
  faultRng: Rng;
  /** Hostile mode: rewrites every emulator's successful JSON body (`hostile/hostile-json.ts`). */
  transformJson?: (body: unknown, url: URL) => unknown;
  /** A provider-style rate limit per emulated provider (`SandboxOptions.rateLimit`). */
  limiter?: SandboxRateLimiter;
}

/** The one HTTP server all emulated providers share: records, delays and faults API requests, then routes them. */
export function createSandboxServer(state: SandboxServerState): Server {
  return createServer((req, res) => {
    handle(req, res, state).catch((err: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { error: 'SandboxError', message: String(err) });
      else res.destroy(err instanceof Error ? err : new Error(String(err)));
    });
  });
}

async function handle(req: IncomingMessage, res: ServerResponse, state: SandboxServerState): Promise<void> {
  const at = Date.now();
  const url = new URL(req.url ?? '/', 'http://sandbox.invalid');
  if (url.pathname.startsWith(CONTROL_PREFIX)) return handleControl(req, res, url, state);

  let recorded = false;
  state.inFlight.push(url.pathname);
  // 'finish' when the body went out, 'close' alone when the client hung up (or was dropped) before the end
  // of it: record once either way, marked aborted in the second case.
  const record = (): void => {
    if (recorded) return;
    recorded = true;
    state.inFlight.splice(state.inFlight.indexOf(url.pathname), 1);
    recordRequest(state.requests, describeRequest(req, url, at, res.statusCode, !res.writableFinished));
  };
  res.once('finish', record);
  res.once('close', record);
  await delay(state.faults.latencyMs);
  if (res.destroyed) return; // the client left during the latency: nobody to answer
  const emulator = state.emulators.find((e) => e.owns(url.pathname));
  const fault = rollFault(state.faults, state.faultRng);
  if (fault === 'drop') {
    // No status line, no body: the connection just goes away, as a dying load balancer would do it.
    req.socket.destroy();
    return;
  }
  // Hostile mode rewrites every JSON body of a provider path: pages, errors and fault bodies alike.
  const { transformJson } = state;
  if (transformJson && emulator !== undefined) setJsonTransform(res, (body) => transformJson(body, url));
  if (fault !== null) {
    const status = fault === 'rate-limit' ? 429 : 500;
    const retryAfter = String(Math.round(state.faults.retryAfterSec));
    const body = emulator?.faultBody(fault, url.pathname, state.faults.retryAfterSec) ?? {
      error: status === 429 ? 'Too Many Requests' : 'Internal Server Error',
    };
    return sendJson(res, status, body, fault === 'rate-limit' ? { 'Retry-After': retryAfter } : {});
  }
  const retryAfter = emulator && state.limiter ? state.limiter.check(emulator.id, at) : 0;
  if (emulator && retryAfter > 0) {
    const body = emulator.faultBody('rate-limit', url.pathname, retryAfter);
    return sendJson(res, 429, body, { 'Retry-After': String(retryAfter) });
  }
  if (emulator === undefined)
    return sendJson(res, 404, { error: 'NotFound', message: `Cannot ${req.method} ${url.pathname}` });
  await emulator.handle({ req, res, url });
}
