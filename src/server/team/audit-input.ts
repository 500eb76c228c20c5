import { z } from 'zod';
import { AUDIT_ACTIONS } from './audit-store.ts';

const text = z.string().max(200);
/** Years PostgreSQL and every audit entry can hold; outside them an instant is a client error, not a 500. */
const EARLIEST = Date.UTC(1900, 0, 1);
const LATEST = Date.UTC(9999, 11, 31);
const inRange = (ms: number) => Number.isFinite(ms) && ms >= EARLIEST && ms <= LATEST;

const instant = z
  .string()
  .max(40)
  .refine((value) => inRange(Date.parse(value)), 'must be an ISO 8601 instant between 1900 and 9999')
  .transform((value) => new Date(value));

/** `GET /api/audit` parameters; the cursor is the opaque `nextCursor` of the page before. */
export const auditQuerySchema = z.strictObject({
  user: text.optional(),
  action: z.enum(AUDIT_ACTIONS).optional(),
  source: text.optional(),
  since: instant.optional(),
  until: instant.optional(),
  cursor: z
    .string()
    .max(100)
    .transform((value, context) => {
      const cursor = decodeCursor(value);
      if (!cursor) {
        context.addIssue({ code: 'custom', message: 'not a cursor this server gave' });
        return z.NEVER;
      }
      return cursor;
    })
    .optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});

export function encodeCursor(next: { at: Date; id: string }): string {
  return Buffer.from(`${next.at.getTime()}.${next.id}`).toString('base64url');
}

function decodeCursor(value: string): { at: Date; id: string } | null {
  const match = /^(\d{1,15})\.(\d{1,19})$/.exec(Buffer.from(value, 'base64url').toString('utf8'));
  if (!match?.[1] || !match[2] || !inRange(Number(match[1]))) return null;
  return { at: new Date(Number(match[1])), id: match[2] };
}

/** Each parameter once: repeated ones are a client error, not a silent pick. */
export function singleParams(query: string): Record<string, string> | string {
  const params = new URLSearchParams(query);
  const out: Record<string, string> = {};
  for (const [key, value] of params) {
    if (key in out) return `${key}: given more than once`;
    out[key] = value;
  }
  return out;
}
