import { Banner } from '../components/banner.tsx';
import type { Channel } from '../logs/log-entry.ts';
import type { ResolvedQuery } from '../logs/log-query.ts';
import type { SourceInfo } from '../logs/source.ts';
import type { ProviderAdapter } from '../providers/adapter.ts';
import { channelsOutOfScope } from '../providers/channel-scope.ts';

const names: Record<Channel, string> = { call: 'calls', whatsapp: 'WhatsApp messages', sms: 'SMS' };

/** Says why the result is empty when the query asks for channels the source never logs. */
export function ChannelScope({
  source,
  adapter,
  query,
}: {
  source: SourceInfo;
  adapter: ProviderAdapter;
  query: ResolvedQuery;
}) {
  const asked = channelsOutOfScope(query, adapter.capabilities);
  if (asked === null) return null;
  const has = adapter.capabilities.channels.map((c) => names[c]).join(' and ');
  return (
    <Banner tone="info" title={`${source.label} logs ${has} only`}>
      The channel filter asks for {asked.map((c) => names[c]).join(' or ')}, so nothing here can match.
    </Banner>
  );
}
