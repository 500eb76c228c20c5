import { z } from '../../logs/zod-mini.ts';
import { bool, num, text } from '../common/lenient.ts';

/** GET /campaigns: note the pagination differs from /logs (`limit`, `totalPages`). */
export const campaignsSchema = z.object({
  success: bool,
  data: z.array(z.object({ id: text, name: text })),
  pagination: z.nullish(z.object({ page: num, limit: num, total: num, totalPages: num })),
});

/** GET /dispositions. */
export const dispositionsSchema = z.object({
  success: bool,
  data: z.array(z.object({ id: text, name: text, description: text, priority: num })),
});
