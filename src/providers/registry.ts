import type { ProviderId } from '../logs/log-entry.ts';
import type { ProviderAdapter } from './adapter.ts';

// One chunk per provider: a user browsing one source pays for its adapter only (DESIGN.md's JS budget).
const LOADERS: Readonly<Record<ProviderId, () => Promise<ProviderAdapter>>> = {
  timepay: () => import('./timepay/index.ts').then((m) => m.timepayAdapter),
  salesfinity: () => import('./salesfinity/index.ts').then((m) => m.salesfinityAdapter),
  unpod: () => import('./unpod/index.ts').then((m) => m.unpodAdapter),
  convoso: () => import('./convoso/index.ts').then((m) => m.convosoAdapter),
};

const loading = new Map<ProviderId, Promise<ProviderAdapter>>();
const ready = new Map<ProviderId, ProviderAdapter>();

/** The adapter of a provider, loaded once; a failed load (a network blip) may be tried again. */
export function loadAdapter(provider: ProviderId): Promise<ProviderAdapter> {
  let adapter = loading.get(provider);
  if (!adapter) {
    adapter = LOADERS[provider]();
    adapter.then(
      (a) => ready.set(provider, a),
      () => loading.delete(provider),
    );
    loading.set(provider, adapter);
  }
  return adapter;
}

/** The adapter if its chunk has already arrived (no render needs to wait a tick for it), else null. */
export function loadedAdapter(provider: ProviderId): ProviderAdapter | null {
  return ready.get(provider) ?? null;
}
