/**
 * JSON to place inside `<script type="application/json">`: no `<` (so no `</script>` or `<!--` can end or
 * bend the block), no `>`/`&`, and no U+2028/U+2029; `JSON.parse` of the text gives back the same value.
 */
export function inertJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** A value for a double-quoted HTML attribute. */
export function htmlAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
