import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from '../logs/zod-mini.ts';
import { getJson, writeJson } from './http.ts';

/** `GET /api/me` (DESIGN.md): who is signed in, their groups, whether admin, the sources they may see. */
export const meSchema = z.object({
  user: z.string(),
  groups: z.array(z.string()),
  admin: z.boolean(),
  sources: z.array(z.string()),
});
export type Me = z.infer<typeof meSchema>;

export const meQueryOptions = () =>
  queryOptions({
    queryKey: ['me'],
    queryFn: async ({ signal }) => meSchema.parse(await getJson('/api/me', { signal })),
    staleTime: Infinity,
  });

export function useMe() {
  return useQuery(meQueryOptions());
}

/** A saved view as `/api/views` keeps it. */
export const teamViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  url: z.string(),
  owner: z.string(),
  shared: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TeamView = z.infer<typeof teamViewSchema>;

export const viewNoticeSchema = z.object({
  viewId: z.string(),
  name: z.string(),
  by: z.string(),
  message: z.string(),
});
export type ViewNotice = z.infer<typeof viewNoticeSchema>;

export const viewKeys = { all: ['views'] as const, notices: ['views', 'notices'] as const };

export const fetchViews = async (signal?: AbortSignal): Promise<TeamView[]> =>
  z.array(teamViewSchema).parse(await getJson('/api/views', signal ? { signal } : {}));

/** Notices are told once: the server forgets them as it answers. */
export const fetchNotices = async (): Promise<ViewNotice[]> =>
  z.array(viewNoticeSchema).parse(await getJson('/api/views/notices'));

export const createView = async (input: { name: string; url: string; shared: boolean }) =>
  teamViewSchema.parse(await writeJson('POST', '/api/views', input));

export const patchView = async (
  view: TeamView,
  change: { name?: string; url?: string; shared?: boolean },
): Promise<TeamView> =>
  teamViewSchema.parse(
    await writeJson('PATCH', `/api/views/${encodeURIComponent(view.id)}`, {
      ...change,
      updatedAt: view.updatedAt,
    }),
  );

export const deleteView = async (view: TeamView): Promise<void> => {
  await writeJson('DELETE', `/api/views/${encodeURIComponent(view.id)}`, { updatedAt: view.updatedAt });
};
