/**
 * JSON text as providers really send it. Salesfinity's transcriptions carry raw U+0000–U+001F inside
 * strings (PROVIDERS.md, live section), which `JSON.parse` rejects; live users read them with Python's
 * `json.loads(strict=False)`. Repairing only inside strings keeps every other syntax error an error.
 */
export function escapeRawControls(text: string): string {
  let out = '';
  let from = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
      else if (c < 0x20) {
        out += `${text.slice(from, i)}\\u${c.toString(16).padStart(4, '0')}`;
        from = i + 1;
      }
    } else if (c === 34) inString = true;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** `JSON.parse`, retried once with raw control characters inside strings escaped; throws as JSON.parse does. */
export function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const repaired = escapeRawControls(text);
    if (repaired === text) throw error;
    return JSON.parse(repaired) as unknown;
  }
}
