import { useMe } from '../api/team.ts';

/** Who is signed in (and a link to the audit trail for admins); nothing for an open dashboard. */
export function SignedInUser() {
  const me = useMe();
  if (!me.data || me.data.user === 'anonymous') {
    return me.data?.admin ? (
      <a href="/audit" className="self-center text-sm text-teal-700 underline dark:text-teal-300">
        Audit
      </a>
    ) : null;
  }
  const { user, groups, admin } = me.data;
  return (
    <span className="flex items-center gap-2 self-center text-sm" aria-label="Signed in">
      <span title={groups.length ? `Groups: ${groups.join(', ')}` : undefined} dir="auto">
        Signed in as <strong>{user}</strong>
        {admin ? ' (admin)' : ''}
      </span>
      {admin ? (
        <a href="/audit" className="text-teal-700 underline dark:text-teal-300">
          Audit
        </a>
      ) : null}
    </span>
  );
}
