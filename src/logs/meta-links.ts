// Which links from a Meta error may be shown: used per record during normalization, so kept apart from
// the explanation table of meta-errors.ts (drawer only).

const META_HOSTS = new Set([
  'developers.facebook.com',
  'facebook.com',
  'www.facebook.com',
  'business.facebook.com',
  'developers.meta.com',
  'meta.com',
]);

// The same few documentation links repeat on every failed message: remember verdicts (bounded).
const verdicts = new Map<string, string | null>();

/** `href` (normalized) when it is an https URL on one of Meta's hosts; anything else → null. */
export function safeMetaHref(href: unknown): string | null {
  if (typeof href !== 'string' || href.length > 2_000) return null;
  const known = verdicts.get(href);
  if (known !== undefined) return known;
  const verdict = check(href);
  if (verdicts.size >= 1_000) verdicts.clear();
  verdicts.set(href, verdict);
  return verdict;
}

function check(href: string): string | null {
  let url: URL;
  try {
    url = new URL(href.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '' || url.port !== '') return null;
  return META_HOSTS.has(url.hostname.toLowerCase()) ? url.href : null;
}
