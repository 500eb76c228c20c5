import { z } from './zod-mini.ts';
import { channelSchema } from './log-entry.ts';
import type { LogQuery } from './log-query.ts';

/** The shape of a `LogQuery`, for checking values that come from outside (tests, storage). */
export const logQuerySchema = z.object({
  sources: z.array(z.string()),
  channels: z.array(channelSchema),
  statuses: z.array(z.string()),
  dispositions: z.array(z.string()),
  campaigns: z.array(z.string()),
  agents: z.array(z.string()),
  phone: z.nullable(z.string()),
  from: z.nullable(z.string()),
  q: z.nullable(z.string()),
  since: z.nullable(z.string()),
  until: z.nullable(z.string()),
  sort: z.nullable(z.object({ field: z.string(), desc: z.boolean() })),
  columns: z.nullable(z.array(z.string())),
  log: z.nullable(z.string()),
  extra: z.record(z.string(), z.array(z.string())),
  unapplied: z.optional(z.literal('include')),
}) satisfies z.ZodMiniType<LogQuery>;
