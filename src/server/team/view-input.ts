import { z } from 'zod';

export const MAX_VIEW_NAME = 80;
export const MAX_VIEW_URL = 16_000;
/** Views one user may own. */
export const MAX_VIEWS_PER_USER = 500;

const name = z
  .string()
  .trim()
  .min(1, 'name must not be empty')
  .max(MAX_VIEW_NAME, `name must be at most ${MAX_VIEW_NAME} characters`)
  // eslint-disable-next-line no-control-regex -- control characters are what it refuses
  .refine((value) => !/[\u0000-\u001f\u007f]/.test(value), 'name must not contain control characters');

/** A dashboard path with its search: same origin only (`/logs?...`), never `//host` or `javascript:`. */
const url = z
  .string()
  .max(MAX_VIEW_URL, `url must be at most ${MAX_VIEW_URL} characters`)
  .refine(
    (value) => /^\/(?![/\\])[^\s]*$/.test(value),
    'url must be a dashboard address starting with "/" such as /logs?source=all',
  );

const instant = z
  .string()
  .max(40)
  .refine((value) => !Number.isNaN(Date.parse(value)), 'must be an ISO 8601 instant');

export const createViewSchema = z.strictObject({ name, url, shared: z.boolean().default(false) });
export type CreateViewInput = z.infer<typeof createViewSchema>;

export const patchViewSchema = z
  .strictObject({
    name: name.optional(),
    url: url.optional(),
    shared: z.boolean().optional(),
    /** The `updatedAt` the client last saw: a stale one means someone else wrote in between. */
    updatedAt: instant.optional(),
  })
  .refine((patch) => patch.name !== undefined || patch.url !== undefined || patch.shared !== undefined, {
    message: 'nothing to change: give name, url or shared',
  });
export type PatchViewInput = z.infer<typeof patchViewSchema>;

export const deleteViewSchema = z.strictObject({ updatedAt: instant.optional() });

/** View ids are UUIDs; anything else is simply not found. */
export const viewIdSchema = z.uuid();

export function issuesText(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}
