/** The name of one `name=value` pair of a raw query string, decoded; undecodable names stay as written. */
function pairName(pair: string): string {
  const name = pair.split('=', 1)[0] ?? '';
  try {
    return decodeURIComponent(name.replace(/\+/g, ' ')).toLowerCase();
  } catch {
    return name.toLowerCase();
  }
}

/**
 * The client's raw query (kept byte for byte, so bracket arrays survive) without any parameter that the
 * source's auth sets, followed by the auth parameters: a client cannot choose or read Convoso's `auth_token`.
 */
export function upstreamQuery(rawQuery: string, auth: ReadonlyArray<readonly [string, string]>): string {
  const replaced = new Set(auth.map(([name]) => name.toLowerCase()));
  const kept = rawQuery.split('&').filter((pair) => pair !== '' && !replaced.has(pairName(pair)));
  const added = auth.map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`);
  const pairs = [...kept, ...added];
  return pairs.length > 0 ? `?${pairs.join('&')}` : '';
}
