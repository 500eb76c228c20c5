// eslint-disable-next-line no-control-regex -- control characters are exactly what this finds
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
// eslint-disable-next-line no-control-regex
const ANSI = /\u001B\[[0-?]*[ -/]*[@-~]/g;
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/**
 * A transcription as plain text: CR LF and lone CR become LF, terminal escapes and other control
 * characters go; newline and tab stay. The common case (nothing to strip) costs one regex test.
 */
export function cleanText(s: string | null): string | null {
  if (s === null) return null;
  if (!CONTROL.test(s)) return s;
  const t = s.replace(/\r\n?/g, '\n').replace(ANSI, '').replace(CONTROLS, '').trim();
  return t === '' ? null : t;
}

/** Only http(s) links become playable recordings (a `javascript:` URL stays in `raw`, unused). */
export function safeHttpUrl(s: string | null): string | null {
  return s !== null && /^https?:\/\/[^\s]+$/i.test(s) ? s : null;
}
