function hex(n: number): string {
  // 2^32 + n always has 9 hex digits: drop the leading 1 instead of padding.
  return (0x1_0000_0000 + n).toString(16).slice(1);
}

/**
 * A stable id from a record's identifying fields, for providers that send none: `prefix` + 16 hex
 * digits, two FNV-1a 32-bit hashes with different seeds (64 bits: collisions need billions of records).
 * Hashed field by field, without building a string, because it runs per record during normalization.
 */
export function contentId(
  record: Readonly<Record<string, unknown>>,
  fields: readonly string[],
  prefix: string,
): string {
  let a = 0x811c9dc5;
  let b = 0x9e3779b9;
  for (const f of fields) {
    const v = record[f];
    const s = typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x01000193);
    }
    // A separator, so ("ab","c") and ("a","bc") differ.
    a = Math.imul(a ^ 0x1f, 0x01000193);
    b = Math.imul(b ^ 0x1f, 0x01000193);
  }
  return `${prefix}${hex(a >>> 0)}${hex(b >>> 0)}`;
}
