import type { ProviderId } from '../logs/log-entry.ts';
import type { SourceInfo } from '../logs/source.ts';
import type { RateLimit } from './budget/token-store.ts';
import { providerRoutes, type UpstreamAuth } from './provider-routes.ts';
import type { RoutePattern } from './route-pattern.ts';

/** A source as the server holds it: the public description plus what only the proxy may see. */
export interface ServerSource extends SourceInfo {
  /** The provider's origin (`https://api.convoso.com`); route paths carry the prefix. */
  baseUrl: string;
  auth: UpstreamAuth;
  routes: readonly RoutePattern[];
  /** Credential values, kept to scrub them from anything that could reach a response or a log. */
  secrets: readonly string[];
  /** The upstream budget every request of this source draws from. */
  rateLimit: RateLimit;
}

export interface SourceFields {
  id: string;
  provider: ProviderId;
  label: string;
  baseUrl: string;
  timeZone: string;
  defaultCountry: string;
  sandbox: boolean;
  credentials: unknown;
  /** Default: the provider's. */
  rateLimit?: RateLimit | undefined;
}

/** Builds a source from validated fields; `credentials` must satisfy the provider's schema. */
export function buildSource({ credentials, rateLimit, ...fields }: SourceFields): ServerSource {
  const provider = providerRoutes[fields.provider];
  const auth = provider.authorize(credentials, fields.baseUrl);
  const entries = typeof credentials === 'object' && credentials !== null ? Object.entries(credentials) : [];
  const secrets = entries
    .filter(([field]) => !provider.identifiers.includes(field))
    .map(([, value]: [string, unknown]) => value)
    .filter((value): value is string => typeof value === 'string' && value.length > 0);
  return {
    ...fields,
    auth,
    routes: provider.routes,
    secrets,
    rateLimit: rateLimit ?? provider.defaults.rateLimit,
  };
}

/** What `GET /api/sources` shows: an explicit pick, so a new secret field can never slip out. */
export function sourceInfo(source: ServerSource): SourceInfo {
  const { id, provider, label, timeZone, defaultCountry, sandbox } = source;
  return { id, provider, label, timeZone, defaultCountry, sandbox };
}
