import type { SourceInfo } from '../../logs/source.ts';
import type { LeftOut } from '../../providers/left-out.ts';

const NAMES: Record<string, string> = {
  q: 'search',
  channel: 'channel',
  status: 'status',
  disposition: 'disposition',
  campaign: 'campaign',
  agent: 'agent',
  phone: 'customer phone',
  from: 'business number',
};

/** A filter as a sentence names it: "disposition", "search", "list_id". */
export const filterName = (param: string): string =>
  NAMES[param] ?? (param.startsWith('x.') ? param.slice(2) : param);

/** "a", "a and b", "a, b and c". */
export function listText(items: readonly string[], last = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${last} ${items.at(-1)}`;
}

/**
 * The plain sentence naming the skipped sources: "Salesfinity and Convoso cannot filter by disposition"
 * (one clause per distinct set of filters).
 */
export function leftOutClause(skipping: readonly LeftOut<{ source: SourceInfo }>[]): string {
  const groups = new Map<string, string[]>();
  for (const { member, filters } of skipping) {
    const key = listText([...new Set(filters.map((f) => filterName(f.filter)))], 'or');
    groups.set(key, [...(groups.get(key) ?? []), member.source.label]);
  }
  return listText([...groups].map(([filters, labels]) => `${listText(labels)} cannot filter by ${filters}`));
}
