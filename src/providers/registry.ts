import type { ProviderId } from '../logs/log-entry.ts';
import type { ProviderAdapter } from './adapter.ts';

// One chunk per provider: a user browsing one source pays for its adapter only (DESIGN.md's JS budget).
const LOADERS: Readonly<Record<ProviderId, () => Promise<ProviderAdapter>>> = {
  timepay: () => import('./timepay/index.ts').then((m) => m.timepayAdapter),
  salesfinity: () => import('./salesfinity/index.ts').then((m) => m.salesfinityAdapter),
  unpod: () => import('./unpod/index.ts').then((m) => m.unpodAdapter),
  convoso: () => import('./convoso/index.ts').then((m) => m.convosoAdapter),
};

const loaded = new Map<ProviderId, Promise<ProviderAdapter>>();

/** The adapter of a provider, loaded once; a failed load (a network blip) may be tried again. */
export function loadAdapter(provider: ProviderId): Promise<ProviderAdapter> {
  let adapter = loaded.get(provider);
  if (!adapter) {
    adapter = LOADERS[provider]();
    adapter.catch(() => loaded.delete(provider));
    loaded.set(provider, adapter);
  }
  return adapter;
}
