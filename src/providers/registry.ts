import type { ProviderId } from '../logs/log-entry.ts';
import type { ProviderAdapter } from './adapter.ts';
import { timepayAdapter } from './timepay/index.ts';

const ADAPTERS: Partial<Record<ProviderId, ProviderAdapter>> = { timepay: timepayAdapter };

/** The adapter of a provider, or null while Switchboard does not support it yet (the UI says so). */
export function adapterFor(provider: ProviderId): ProviderAdapter | null {
  return ADAPTERS[provider] ?? null;
}
