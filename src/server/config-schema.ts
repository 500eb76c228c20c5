import { z } from 'zod';
import { providerIdSchema } from '../logs/log-entry.ts';

const typed = (what: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? 'required' : `must be ${what}`),
});

/** Ids go into URLs (`/api/sources/:id/...`, `?source=`), so they stay URL-safe. */
const idSchema = z
  .string(typed('a string'))
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/,
    'must be 1-64 letters, digits, "-" or "_", starting with a letter or digit',
  );

const providerSchema = z.enum(providerIdSchema.options, {
  error: (issue) =>
    issue.input === undefined
      ? 'required'
      : `unknown provider ${JSON.stringify(issue.input)} (expected one of ${providerIdSchema.options.join(', ')})`,
});

/** The provider's origin only: the route table owns the path prefix (DESIGN.md). */
const baseUrlSchema = z.string(typed('a URL')).transform((raw, context) => {
  const fail = (message: string) => {
    context.addIssue({ code: 'custom', message });
    return z.NEVER;
  };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return fail(`must be an http(s) origin such as https://api.example.com, got ${JSON.stringify(raw)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return fail(`must use http or https, got ${url.protocol}`);
  if (url.username || url.password)
    return fail('must not contain credentials (put them under "credentials")');
  if (url.pathname !== '/' || url.search || url.hash) {
    return fail(`must be the origin only (${url.origin}); Switchboard adds the provider's path itself`);
  }
  return url.origin;
});

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** `{ requests, perSeconds }`: the provider's limit for this account, shared by every operator (DESIGN.md). */
export const rateLimitSchema = z.strictObject({
  requests: z
    .number(typed('a number'))
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(100_000),
  perSeconds: z.number(typed('a number')).positive('must be more than 0').max(86_400),
});

/** One entry of `sources[]`; `credentials` is checked against the provider's own schema afterwards. */
export const sourceEntrySchema = z.strictObject({
  id: idSchema,
  provider: providerSchema,
  label: z.string(typed('a string')).trim().min(1, 'must not be empty').optional(),
  baseUrl: baseUrlSchema,
  timeZone: z
    .string(typed('a string'))
    .refine(isTimeZone, 'must be an IANA time zone such as Asia/Kolkata')
    .optional(),
  defaultCountry: z
    .string(typed('a string'))
    .regex(/^[A-Za-z]{2}$/, 'must be an ISO 3166 alpha-2 country code such as IN')
    .transform((code) => code.toUpperCase())
    .optional(),
  credentials: z.record(z.string(), z.unknown(), typed('an object')),
  rateLimit: rateLimitSchema.optional(),
  /** Who may see this source (`team/team-config.ts` checks the names); absent: every signed-in user. */
  access: z.array(z.string(typed('a string')), typed('an array of user names and "group:" names')).optional(),
});

export const configFileSchema = z.strictObject({
  $schema: z.string().optional(),
  sources: z.array(z.unknown(), typed('an array')).optional(),
  /** Team settings, checked by `team/team-config.ts`. */
  groups: z.unknown().optional(),
  admins: z.unknown().optional(),
});
