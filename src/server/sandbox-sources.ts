import { providerIdSchema, type ProviderId } from '../logs/log-entry.ts';
import type { RateLimit } from './budget/token-store.ts';
import { providerRoutes } from './provider-routes.ts';
import type { Sandbox } from './sandbox/index.ts';
import { buildSource, type ServerSource } from './server-source.ts';

/** The emulator enforces no limit unless told to (`SWITCHBOARD_SANDBOX_RATE_LIMIT`): budget it generously. */
export const SANDBOX_RATE_LIMIT: RateLimit = { requests: 1000, perSeconds: 1 };

const SANDBOX_LABELS: Readonly<Record<ProviderId, string>> = {
  timepay: 'timepay.ai (sandbox)',
  salesfinity: 'Salesfinity (sandbox)',
  unpod: 'unpod (sandbox)',
  convoso: 'Convoso (sandbox)',
};

/** One source per provider the sandbox emulates (those it hands credentials for), reached through the same proxy. */
export function sandboxSources(
  sandbox: Pick<Sandbox, 'url' | 'credentials'>,
  rateLimit: RateLimit = SANDBOX_RATE_LIMIT,
): ServerSource[] {
  const credentials: Partial<Record<ProviderId, unknown>> = sandbox.credentials;
  const baseUrl = new URL(sandbox.url).origin;
  return providerIdSchema.options.flatMap((provider) => {
    if (credentials[provider] === undefined) return [];
    const { defaults } = providerRoutes[provider];
    return [
      buildSource({
        id: `sandbox-${provider}`,
        provider,
        label: SANDBOX_LABELS[provider],
        baseUrl,
        ...defaults,
        rateLimit,
        sandbox: true,
        credentials: credentials[provider],
      }),
    ];
  });
}
