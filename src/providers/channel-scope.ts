import type { Channel } from '../logs/log-entry.ts';
import type { ResolvedQuery } from '../logs/log-query.ts';
import type { Capabilities } from './adapter.ts';

/**
 * When the query asks only for channels this provider never logs (WhatsApp from a dialer), the result is
 * empty without asking it: the channels asked for, to say so on screen. Null when the provider can answer.
 */
export function channelsOutOfScope(
  query: Pick<ResolvedQuery, 'channels'>,
  capabilities: Pick<Capabilities, 'channels'>,
): Channel[] | null {
  if (query.channels.length === 0) return null;
  return query.channels.some((c) => capabilities.channels.includes(c)) ? null : [...new Set(query.channels)];
}
