// The browser's api layer (src/api) in Node: a real Switchboard server over the real sandbox, and `fetch`
// resolving the api layer's same-origin paths (`/api/sources/...`) against it, as a browser would.
import { startSandbox } from '../../src/server/sandbox/index.ts';
import type { SandboxOptions } from '../../src/server/sandbox/types.ts';
import type { SourceInfo } from '../../src/logs/source.ts';
import { startTestSwitchboard, type TestSwitchboard } from '../server/switchboard-harness.ts';

export interface ApiHarness {
  switchboard: TestSwitchboard;
  source(provider: SourceInfo['provider']): SourceInfo;
  /** The sandbox's own answer to a provider path, with that source's credentials (ground truth). */
  upstream(path: string): Promise<unknown>;
  close(): Promise<void>;
}

export async function startApiHarness(options: SandboxOptions): Promise<ApiHarness> {
  const switchboard = await startTestSwitchboard({
    env: { SWITCHBOARD_SANDBOX: '1' },
    startSandbox: (o) => startSandbox({ ...o, ...options }),
  });
  const realFetch = globalThis.fetch;
  globalThis.fetch = ((input: string | URL | Request, init?: RequestInit) =>
    realFetch(
      typeof input === 'string' && input.startsWith('/') ? switchboard.url + input : input,
      init,
    )) as typeof fetch;
  return {
    switchboard,
    source: (provider) => {
      const found = switchboard.runtime.sources.find((s) => s.provider === provider);
      if (!found) throw new Error(`no ${provider} source`);
      return found;
    },
    async upstream(path) {
      const res = await realFetch(`${switchboard.url}${path}`);
      return (await res.json()) as unknown;
    },
    close: async () => {
      globalThis.fetch = realFetch;
      await switchboard.close();
    },
  };
}
