/** Pure edits of an ordered list of visible column ids (what `cols=` holds). */

/** `id` one place left (-1) or right (+1); unchanged at an end or when not shown. */
export function moveColumn(ids: readonly string[], id: string, delta: -1 | 1): string[] {
  const from = ids.indexOf(id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= ids.length) return [...ids];
  const next = [...ids];
  next.splice(from, 1);
  next.splice(to, 0, id);
  return next;
}

/** `id` dropped onto `target`: it takes the target's place (after it when coming from the left). */
export function dropColumn(ids: readonly string[], id: string, target: string): string[] {
  const from = ids.indexOf(id);
  const to = ids.indexOf(target);
  if (from < 0 || to < 0 || from === to) return [...ids];
  const next = [...ids];
  next.splice(from, 1);
  next.splice(to, 0, id);
  return next;
}

/** Shown → hidden, hidden → shown at the end; the last shown column stays. */
export function toggleColumn(ids: readonly string[], id: string): string[] {
  if (!ids.includes(id)) return [...ids, id];
  return ids.length > 1 ? ids.filter((c) => c !== id) : [...ids];
}
