import type { IncomingMessage } from 'node:http';

export interface UnpodCredentials {
  token: string;
  orgHandle: string;
  /** `Product-Id`, required by the live server (PROVIDERS.md, live section). */
  productId: string;
}

/** `unknownOrg`: the live server answers 200 with `count: 0` for a handle it does not know. */
export type AuthFailure = { status: 200 | 400 | 401 | 403; message: string; unknownOrg?: true } | null;

const header = (req: IncomingMessage, name: string): string | undefined => {
  const v = req.headers[name];
  return (Array.isArray(v) ? v[0] : v)?.trim() || undefined;
};

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
  live = false,
): AuthFailure {
  const authorization = header(req, 'authorization');
  if (!authorization) return { status: 401, message: 'Authentication credentials were not provided.' };
  const m = /^token\s+(\S+)$/i.exec(authorization);
  if (m === null) return { status: 401, message: 'Authentication credentials were not provided.' };
  // Live tokens do not expire: the planted expired token is then just unknown.
  if (m[1] === expiredToken && !live) return { status: 403, message: 'Token has expired.' };
  if (m[1] !== credentials.token) return { status: 401, message: 'Invalid token.' };
  if (live && !header(req, 'product-id'))
    return { status: 400, message: 'Product ID is required in Product-Id header' };
  if (!needsOrg) return null;
  const handle = header(req, 'org-handle');
  if (!handle) return { status: 400, message: 'Org-Handle header is required.' };
  if (handle !== credentials.orgHandle) {
    return live
      ? { status: 200, message: 'Call logs fetched successfully', unknownOrg: true }
      : { status: 403, message: 'Invalid organization handle.' };
  }
  return null;
}
