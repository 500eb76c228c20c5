import type { IncomingMessage } from 'node:http';

export interface UnpodCredentials {
  token: string;
  orgHandle: string;
}

export type AuthFailure = { status: 400 | 401 | 403; message: string } | null;

/**
 * Token first (as Django REST framework authenticates before the view runs), then the organisation:
 * 401 without or with an unknown token, 403 for the planted expired one; 400 without Org-Handle, 403
 * for a handle this token does not reach. `needsOrg` is false for `/organizations/`, which finds the handle.
 */
export function checkAuth(
  req: IncomingMessage,
  credentials: UnpodCredentials,
  expiredToken: string,
  needsOrg: boolean,
): AuthFailure {
  const header = req.headers.authorization?.trim();
  if (!header) return { status: 401, message: 'Authentication credentials were not provided.' };
  const m = /^token\s+(\S+)$/i.exec(header);
  if (m === null) return { status: 401, message: 'Authentication credentials were not provided.' };
  if (m[1] === expiredToken) return { status: 403, message: 'Token has expired.' };
  if (m[1] !== credentials.token) return { status: 401, message: 'Invalid token.' };
  if (!needsOrg) return null;
  const org = req.headers['org-handle'];
  const handle = (Array.isArray(org) ? org[0] : org)?.trim();
  if (!handle) return { status: 400, message: 'Org-Handle header is required.' };
  if (handle !== credentials.orgHandle) return { status: 403, message: 'Invalid organization handle.' };
  return null;
}
