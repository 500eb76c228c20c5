import type { ProviderId } from '../logs/log-entry.ts';
import type { ProviderAdapter } from './adapter.ts';
import { convosoAdapter } from './convoso/index.ts';
import { salesfinityAdapter } from './salesfinity/index.ts';
import { timepayAdapter } from './timepay/index.ts';
import { unpodAdapter } from './unpod/index.ts';

const ADAPTERS: Partial<Record<ProviderId, ProviderAdapter>> = {
  timepay: timepayAdapter,
  salesfinity: salesfinityAdapter,
  unpod: unpodAdapter,
  convoso: convosoAdapter,
};

/** The adapter of a provider, or null while Switchboard does not support it (the UI says so). */
export function adapterFor(provider: ProviderId): ProviderAdapter | null {
  return ADAPTERS[provider] ?? null;
}
