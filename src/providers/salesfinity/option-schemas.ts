import { z } from '../../logs/zod-mini.ts';
import { bool, num, text } from '../common/lenient.ts';
import { idValue, paginationSchema, userSchema } from './schemas.ts';

/** GET /dispositions: `{data[{_id, id, name, is_custom, is_required, category}]}`. */
export const dispositionsSchema = z.object({
  data: z.array(
    z.object({ _id: idValue, id: num, name: text, is_custom: bool, is_required: bool, category: text }),
  ),
});

/** One sequence, in the list and in `GET /sequences/{id}` (`{data{...}}`). */
export const sequenceSchema = z.object({
  id: idValue,
  _id: idValue,
  name: text,
  total_calls: num,
  last_used_at: text,
  first_used_at: text,
});

/** GET /sequences: the list's envelope is UNCONFIRMED (`SEQUENCES_ENVELOPE`); `data` is all we read. */
export const sequencesSchema = z.object({
  data: z.array(sequenceSchema),
  pagination: z.nullish(paginationSchema),
});

/** GET /team: `{users[{user{_id, email, first_name, last_name}}]}`. */
export const teamSchema = z.object({ users: z.array(z.object({ user: z.nullish(userSchema) })) });

/**
 * GET /contact-lists/csv: `{data[{_id, name, user, total_contacts, createdAt, updatedAt}],
 * pagination{total, page, next}}`; only `data` is read.
 */
export const contactListsSchema = z.object({
  data: z.array(z.object({ _id: idValue, name: text, total_contacts: num })),
});
