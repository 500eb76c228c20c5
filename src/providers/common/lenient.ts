import { z } from '../../logs/zod-mini.ts';

// Providers send absent, null and "" for "no value" (PROVIDERS.md), numbers sometimes as strings.
// Schemas accept those forms; the helpers below turn them into `string | null` / `number | null`.
// (Transforms inside the schemas cost ~10 µs per record in zod; normalization must stay ≥ 200,000/s.)

/** Text as providers send it: absent, null, "" or a string. */
export const text = z.nullish(z.string());

const NUMERIC = /^\s*(?:-?\d+(?:\.\d+)?)?\s*$/;
/** A number, a numeric string ("14"), "" or absent/null (one check, not a union: it runs per record). */
export const num = z.optional(
  z.custom<number | string | null>(
    (v) => v === null || typeof v === 'number' || (typeof v === 'string' && NUMERIC.test(v)),
    'expected a number',
  ),
);

/** A boolean, "true"/"false", or absent/null. */
export const bool = z.optional(
  z.custom<boolean | 'true' | 'false' | null>(
    (v) => v === null || typeof v === 'boolean' || v === 'true' || v === 'false',
    'expected true or false',
  ),
);

/** "" and whitespace-only are no value. */
export function str(v: string | null | undefined): string | null {
  if (v === null || v === undefined || v.length === 0) return null;
  const first = v.charCodeAt(0);
  const last = v.charCodeAt(v.length - 1);
  // Trim only when needed: most values have no surrounding spaces.
  if (first > 32 && last > 32) return v;
  const t = v.trim();
  return t === '' ? null : t;
}

export function numOf(v: number | string | null | undefined): number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (v.trim() === '') return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
}

export function boolOf(v: boolean | 'true' | 'false' | null | undefined): boolean | null {
  return v === null || v === undefined ? null : v === true || v === 'true';
}

/** Readable reason of a failed record: the first few issues with their paths. */
export function describeIssues(error: z.core.$ZodError, max = 3): string {
  const parts = error.issues.slice(0, max).map((i) => {
    const where = i.path.length > 0 ? `${i.path.join('.')}: ` : '';
    return `${where}${i.message}`;
  });
  const more = error.issues.length > max ? ` (and ${error.issues.length - max} more)` : '';
  return parts.join('; ') + more;
}
