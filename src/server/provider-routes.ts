import { z } from 'zod';
import type { ProviderId } from '../logs/log-entry.ts';
import type { RateLimit } from './budget/token-store.ts';
import { compileRoute, type RoutePattern } from './route-pattern.ts';

/** What the proxy adds to an upstream request: headers, and query parameters that replace any the client sent. */
export interface UpstreamAuth {
  headers: Readonly<Record<string, string>>;
  query: ReadonlyArray<readonly [string, string]>;
}

/** Everything the server knows about one provider (Grafana-style declarative route table). */
export interface ProviderRoutes {
  /** The shape of `credentials` in the config file. */
  credentials: z.ZodType;
  /** Turns validated credentials into what goes upstream (`baseUrl`: the source's origin, for defaults). */
  authorize(credentials: unknown, baseUrl: string): UpstreamAuth;
  /** The only GET paths the browser may reach, relative to the provider's origin. */
  routes: readonly RoutePattern[];
  /** Credential fields that name something rather than unlock it (unpod's org handle): not scrubbed from bodies. */
  identifiers: readonly string[];
  defaults: { timeZone: string; defaultCountry: string; rateLimit: RateLimit };
}

/** unpod's `Product-Id` when the config names none: the host of `baseUrl` without a leading `api.` (DESIGN.md). */
export function defaultProductId(baseUrl: string): string {
  return new URL(baseUrl).hostname.replace(/^api\./, '');
}

/** The browser's own pacing per provider (each adapter's RATE_LIMIT constant): none publishes a limit. */
const PROVIDER_RATE_LIMIT: RateLimit = { requests: 5, perSeconds: 1 };

/** A credential value: non-empty printable ASCII, so it can never split a header. */
const secret = z
  .string({ error: (issue) => (issue.input === undefined ? 'required' : 'must be a string') })
  .min(1, 'must not be empty')
  .regex(/^[\x20-\x7e]*$/, 'must be printable ASCII on one line');

function defineProvider<S extends z.ZodObject>(definition: {
  credentials: S;
  authorize: (credentials: z.infer<S>, baseUrl: string) => Partial<UpstreamAuth>;
  routes: ReadonlyArray<string | RoutePattern>;
  identifiers?: ReadonlyArray<keyof z.infer<S> & string>;
  defaults: ProviderRoutes['defaults'];
}): ProviderRoutes {
  return {
    credentials: definition.credentials,
    authorize: (credentials, baseUrl) => {
      const auth = definition.authorize(definition.credentials.parse(credentials), baseUrl);
      return { headers: auth.headers ?? {}, query: auth.query ?? [] };
    },
    routes: definition.routes.map((route) => (typeof route === 'string' ? compileRoute(route) : route)),
    identifiers: definition.identifiers ?? [],
    defaults: definition.defaults,
  };
}

export const providerRoutes: Readonly<Record<ProviderId, ProviderRoutes>> = {
  timepay: defineProvider({
    // `orgId` picks one of the token's organisations (`x-org-id`; without it the default one answers).
    credentials: z.strictObject({ token: secret, orgId: secret.optional() }),
    authorize: ({ token, orgId }) => ({
      headers: { authorization: `Bearer ${token}`, ...(orgId === undefined ? {} : { 'x-org-id': orgId }) },
    }),
    identifiers: ['orgId'],
    routes: [
      '/api/v1/logs',
      '/api/v1/communication/call/:id',
      '/api/v1/communication/whatsapp/:id',
      compileRoute('/api/v1/recordings/:id', { cacheable: true }),
      '/api/v1/transcripts/:id',
      '/api/v1/campaigns',
      '/api/v1/dispositions',
      '/api/v1/agents',
    ],
    defaults: { timeZone: 'Asia/Kolkata', defaultCountry: 'IN', rateLimit: PROVIDER_RATE_LIMIT },
  }),
  salesfinity: defineProvider({
    credentials: z.strictObject({ apiKey: secret }),
    authorize: ({ apiKey }) => ({ headers: { 'x-api-key': apiKey } }),
    routes: [
      '/v1/call-log',
      '/v1/call-log/:id',
      '/v1/dispositions',
      '/v1/sequences',
      '/v1/sequences/:id',
      '/v1/team',
      '/v1/contact-lists',
      '/v1/contact-lists/csv',
    ],
    defaults: { timeZone: 'UTC', defaultCountry: 'US', rateLimit: PROVIDER_RATE_LIMIT },
  }),
  unpod: defineProvider({
    // The live server refuses every request without `Product-Id` (PROVIDERS.md, live section).
    credentials: z.strictObject({ token: secret, orgHandle: secret, productId: secret.optional() }),
    authorize: ({ token, orgHandle, productId }, baseUrl) => ({
      headers: {
        authorization: `Token ${token}`,
        'org-handle': orgHandle,
        'product-id': productId ?? defaultProductId(baseUrl),
      },
    }),
    routes: ['/api/v2/platform/call-logs/', '/api/v2/platform/organizations/'],
    identifiers: ['orgHandle', 'productId'],
    defaults: { timeZone: 'UTC', defaultCountry: 'IN', rateLimit: PROVIDER_RATE_LIMIT },
  }),
  convoso: defineProvider({
    credentials: z.strictObject({ authToken: secret }),
    // Convoso takes its token only as a query parameter: the reason the browser must never call it directly.
    authorize: ({ authToken }) => ({ query: [['auth_token', authToken]] }),
    routes: ['/v1/log/retrieve', '/v1/status/search'],
    defaults: { timeZone: 'America/Los_Angeles', defaultCountry: 'US', rateLimit: PROVIDER_RATE_LIMIT },
  }),
};
