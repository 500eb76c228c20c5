/** Query parameters no client may send upstream, whatever the provider: Convoso's credential. */
const ALWAYS_REPLACED = ['auth_token'];

/** Decodes until stable (at most 3 rounds): `auth%255Ftoken` → `auth%5Ftoken` → `auth_token`. */
function decodeFully(text: string): string {
  let current = text;
  for (let round = 0; round < 3; round += 1) {
    let next: string;
    try {
      next = decodeURIComponent(current.replace(/\+/g, ' '));
    } catch {
      return current;
    }
    if (next === current) break;
    current = next;
  }
  return current;
}

/** A parameter name as lenient servers read it: case, `[]`/`[0]` suffixes, `.`/space/`_` (PHP) don't matter. */
function canonicalName(name: string): string {
  return name
    .toLowerCase()
    .replace(/\[.*$/, '')
    .replace(/[^a-z0-9]/g, '');
}

/** True if a raw `name=value` pair sets one of `names` in any spelling, even behind a `;` separator. */
function setsAny(pair: string, names: ReadonlySet<string>): boolean {
  return decodeFully(pair)
    .split(/[;&]/)
    .some((part) => names.has(canonicalName(part.split('=', 1)[0] ?? '')));
}

/**
 * The client's raw query (kept byte for byte, so bracket arrays survive) without any parameter that the
 * source's auth sets, followed by the auth parameters: a client cannot choose or read Convoso's `auth_token`.
 */
export function upstreamQuery(rawQuery: string, auth: ReadonlyArray<readonly [string, string]>): string {
  const replaced = new Set([...ALWAYS_REPLACED, ...auth.map(([name]) => name)].map(canonicalName));
  const kept = rawQuery.split('&').filter((pair) => pair !== '' && !setsAny(pair, replaced));
  const added = auth.map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`);
  const pairs = [...kept, ...added];
  return pairs.length > 0 ? `?${pairs.join('&')}` : '';
}
