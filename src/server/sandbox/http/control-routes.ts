import type { IncomingMessage, ServerResponse } from 'node:http';
import { mergeFaults } from './faults.ts';
import { readBody, sendJson } from './http-reply.ts';
import type { ProviderEmulator } from './emulator.ts';
import type { RecordedRequest, SandboxFaults } from '../types.ts';

export const CONTROL_PREFIX = '/__sandbox/';

export interface ControlState {
  faults: SandboxFaults;
  requests: RecordedRequest[];
  /** Paths of the provider requests received and not yet answered (shared with `Sandbox.inFlight`). */
  inFlight: string[];
  emulators: readonly ProviderEmulator[];
}

/** The sandbox's own knobs (never proxied to browsers, never faulted, never recorded). */
export async function handleControl(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  state: ControlState,
): Promise<void> {
  const route = `${req.method ?? 'GET'} ${url.pathname.replace(/\/+$/, '')}`;
  switch (route) {
    case 'GET /__sandbox/requests':
      return sendJson(res, 200, state.requests);
    case 'POST /__sandbox/requests/clear':
      state.requests.length = 0;
      return sendJson(res, 200, { cleared: true });
    case 'GET /__sandbox/faults':
      return sendJson(res, 200, state.faults);
    case 'POST /__sandbox/faults': {
      let patch: unknown;
      try {
        patch = JSON.parse((await readBody(req)) || '{}');
      } catch (err) {
        return sendJson(res, 400, {
          error: 'BadRequest',
          message: `invalid JSON: ${(err as Error).message}`,
        });
      }
      const errors = mergeFaults(state.faults, patch);
      if (errors.length > 0) return sendJson(res, 400, { error: 'BadRequest', message: errors.join('; ') });
      return sendJson(res, 200, state.faults);
    }
    case 'GET /__sandbox/quirks':
      return sendJson(res, 200, Object.fromEntries(state.emulators.map((e) => [e.id, e.describeQuirks()])));
    default:
      return sendJson(res, 404, { error: 'NotFound', message: `no sandbox control endpoint ${route}` });
  }
}
