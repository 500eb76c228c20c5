/**
 * A provider label as a lookup key: lower case, runs of spaces, `_` and `-` as one space, trimmed
 * (`No Answer`, `no_answer`, ` NO-ANSWER ` → `no answer`), so list labels and snake_case values meet.
 */
export function labelKey(label: string): string {
  return label
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();
}

// Labels repeat across thousands of records: remember their keys (bounded, labels are few).
const keys = new Map<string, string>();

/** `labelKey(label)`, remembered: for lookups that run per record. */
export function cachedLabelKey(label: string): string {
  let key = keys.get(label);
  if (key === undefined) {
    key = labelKey(label);
    if (keys.size > 5_000) keys.clear();
    keys.set(label, key);
  }
  return key;
}
