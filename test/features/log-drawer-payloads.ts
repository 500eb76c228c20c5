import { parseJsonText } from '../../src/logs/json-text.ts';
// Real payloads for the drawer's component tests: the sandbox's emulators through the real adapters.
import type { InvalidRecord, LogEntry } from '../../src/logs/log-entry.ts';
import { emptyQuery, type ResolvedQuery } from '../../src/logs/log-query.ts';
import type { SourceInfo } from '../../src/logs/source.ts';
import type { ProviderAdapter, ProviderRequest } from '../../src/providers/adapter.ts';
import { startSandbox, type Sandbox } from '../../src/server/sandbox/index.ts';

export const SANDBOX_NOW = Date.parse('2026-11-20T12:00:00Z');

export function sandboxSource(
  provider: SourceInfo['provider'],
  timeZone: string,
  country: string,
): SourceInfo {
  return {
    id: `sandbox-${provider}`,
    provider,
    label: `Sandbox ${provider}`,
    timeZone,
    defaultCountry: country,
    sandbox: true,
  };
}

export async function startSmallSandbox(): Promise<Sandbox> {
  return startSandbox({
    now: SANDBOX_NOW,
    timepayCount: 400,
    salesfinityCount: 200,
    unpodCount: 100,
    convosoCount: 400,
  });
}

/** What the proxy would add: each provider's credentials. */
function authorize(sandbox: Sandbox, provider: SourceInfo['provider'], request: ProviderRequest) {
  const c = sandbox.credentials;
  const params = new URLSearchParams(request.params);
  const headers: Record<string, string> = {};
  if (provider === 'timepay') headers.authorization = `Bearer ${c.timepay.token}`;
  if (provider === 'salesfinity') headers['x-api-key'] = c.salesfinity.apiKey;
  if (provider === 'unpod') {
    headers.authorization = `Token ${c.unpod.token}`;
    headers['org-handle'] = c.unpod.orgHandle;
    headers['product-id'] = c.unpod.productId;
  }
  if (provider === 'convoso') params.set('auth_token', c.convoso.authToken);
  return { url: `${sandbox.url}${request.path}?${params.toString()}`, headers };
}

export async function getFromSandbox(
  sandbox: Sandbox,
  provider: SourceInfo['provider'],
  request: ProviderRequest,
): Promise<unknown> {
  const { url, headers } = authorize(sandbox, provider, request);
  const cached = bodies.get(url);
  if (cached) return cached;
  const body = (async () => {
    // One retry: a kept-alive socket the sandbox has just closed answers ECONNRESET.
    const response = await fetch(url, { headers }).catch(() => fetch(url, { headers }));
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    // Salesfinity's live bodies carry raw control characters: read them as the app does.
    return parseJsonText(await response.text());
  })();
  bodies.set(url, body);
  return body;
}

/** Bodies by URL: the sandbox is deterministic, so each page is asked for once per test file. */
const bodies = new Map<string, Promise<unknown>>();

/** Page `page` of the sandbox's logs for `query`, normalized by the adapter. */
export async function sandboxEntries(
  sandbox: Sandbox,
  adapter: ProviderAdapter,
  source: SourceInfo,
  change: Partial<ResolvedQuery> = {},
  page = 1,
): Promise<LogEntry[]> {
  const query: ResolvedQuery = { ...emptyQuery, sinceMs: null, untilMs: null, ...change };
  const plan = adapter.listRequest(query, page, source, null);
  if ('outOfReach' in plan) throw new Error(plan.outOfReach);
  const body = await getFromSandbox(sandbox, source.provider, plan);
  return adapter
    .parseList(body, source)
    .entries.filter((e): e is LogEntry => !('kind' in (e as LogEntry | InvalidRecord)));
}
