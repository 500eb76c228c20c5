import type { Database } from '../db/database.ts';
import type { Identity } from './identity.ts';
import { addNotice, takeNotices, type ViewNotice } from './view-notices.ts';
import { MAX_VIEWS_PER_USER, type CreateViewInput, type PatchViewInput } from './view-input.ts';
import {
  countOwnViews,
  deleteView,
  getView,
  insertView,
  listViews,
  publicView,
  updateView,
  type SavedView,
  type StoredView,
} from './views-store.ts';

export type Outcome<T> =
  { ok: true; value: T; before?: StoredView } | { ok: false; status: number; error: string; message: string };

const notFound = { ok: false, status: 404, error: 'view_not_found', message: 'No such view.' } as const;

/** Rights on saved views: the owner's own, and shared ones whose every source the user may see. */
export function createViewsService(db: Database, maySee: (identity: Identity, sourceId: string) => boolean) {
  const visible = (identity: Identity, view: StoredView) =>
    view.owner === identity.user || (view.shared && view.sources.every((id) => maySee(identity, id)));
  // Owners change anything; an admin may rename or delete a shared view, not take or unshare it.
  const mayEdit = (identity: Identity, view: StoredView, patch: PatchViewInput | null) =>
    view.owner === identity.user ||
    (identity.admin &&
      view.shared &&
      (patch === null || (patch.url === undefined && patch.shared === undefined)));

  return {
    async list(identity: Identity): Promise<SavedView[]> {
      return (await listViews(db, identity.user)).filter((v) => visible(identity, v)).map(publicView);
    },

    async create(identity: Identity, input: CreateViewInput): Promise<Outcome<SavedView>> {
      return db.transaction(async (tx) => {
        if ((await countOwnViews(tx, identity.user)) >= MAX_VIEWS_PER_USER) {
          return {
            ok: false,
            status: 409,
            error: 'too_many_views',
            message: `You already have ${MAX_VIEWS_PER_USER} saved views; delete one first.`,
          };
        }
        const view = await insertView(tx, { ...input, owner: identity.user, now: new Date() });
        return { ok: true, value: publicView(view) };
      });
    },

    /** The later write wins; whoever wrote the version it replaced is told (`notices`). */
    async update(identity: Identity, id: string, patch: PatchViewInput): Promise<Outcome<SavedView>> {
      return db.transaction(async (tx) => {
        const view = await getView(tx, id, true);
        if (!view || !visible(identity, view)) return notFound;
        if (!mayEdit(identity, view, patch)) {
          return {
            ok: false,
            status: 403,
            error: 'view_forbidden',
            message: 'Only the owner can change this view (an admin can rename or delete a shared one).',
          };
        }
        const now = new Date();
        const stale =
          patch.updatedAt !== undefined && new Date(patch.updatedAt).toISOString() !== view.updatedAt;
        if (stale && view.updatedBy !== identity.user) {
          await addNotice(tx, {
            recipient: view.updatedBy,
            viewId: id,
            name: view.name,
            by: identity.user,
            change: 'changed',
            now,
          });
        }
        const updated = await updateView(tx, id, {
          name: patch.name ?? view.name,
          url: patch.url ?? view.url,
          shared: patch.shared ?? view.shared,
          by: identity.user,
          now,
        });
        return updated ? { ok: true, value: publicView(updated), before: view } : notFound;
      });
    },

    async remove(identity: Identity, id: string, updatedAt: string | undefined): Promise<Outcome<SavedView>> {
      return db.transaction(async (tx) => {
        const view = await getView(tx, id, true);
        if (!view || !visible(identity, view)) return notFound;
        if (!mayEdit(identity, view, null)) {
          return {
            ok: false,
            status: 403,
            error: 'view_forbidden',
            message: 'Only the owner or an admin can delete this view.',
          };
        }
        const now = new Date();
        const stale = updatedAt !== undefined && new Date(updatedAt).toISOString() !== view.updatedAt;
        const tell = new Set<string>();
        if (stale && view.updatedBy !== identity.user) tell.add(view.updatedBy);
        if (view.owner !== identity.user) tell.add(view.owner);
        for (const recipient of tell) {
          await addNotice(tx, {
            recipient,
            viewId: id,
            name: view.name,
            by: identity.user,
            change: 'deleted',
            now,
          });
        }
        await deleteView(tx, id);
        return { ok: true, value: publicView(view) };
      });
    },

    notices: (identity: Identity): Promise<ViewNotice[]> => takeNotices(db, identity.user),
  };
}

export type ViewsService = ReturnType<typeof createViewsService>;
