import { z } from 'zod';
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
  phone: z.string().nullable(),
  from: z.string().nullable(),
  q: z.string().nullable(),
  since: z.string().nullable(),
  until: z.string().nullable(),
  sort: z.object({ field: z.string(), desc: z.boolean() }).nullable(),
  columns: z.array(z.string()).nullable(),
  log: z.string().nullable(),
  extra: z.record(z.string(), z.array(z.string())),
}) satisfies z.ZodType<LogQuery>;
