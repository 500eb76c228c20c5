import { z } from './zod-mini.ts';
import { providerIdSchema } from './log-entry.ts';

/** A configured source as `GET /api/sources` describes it to the browser: never a secret. */
export const sourceInfoSchema = z.object({
  id: z.string(),
  provider: providerIdSchema,
  label: z.string(),
  /** IANA zone in which the provider's offset-less timestamps are read. */
  timeZone: z.string(),
  /** ISO 3166 alpha-2 country for national phone numbers. */
  defaultCountry: z.string(),
  sandbox: z.boolean(),
});
export type SourceInfo = z.infer<typeof sourceInfoSchema>;
export const sourceListSchema = z.array(sourceInfoSchema);

/**
 * The id of the `<script type="application/json">` block in which the production server inlines the
 * source list into a dashboard page, so the browser's first `/api/sources` request is not needed.
 */
export const INLINED_SOURCES_ID = 'switchboard-sources';

/**
 * The id of the block holding the instant (epoch ms) at which the server planned the page's first result:
 * the browser pins an open upper bound there, so it asks page 1 exactly as the server preloaded it.
 */
export const INLINED_NOW_ID = 'switchboard-now';
