import type { PickerOption, ProviderRequest } from '../adapter.ts';
import { str } from '../common/lenient.ts';
import { ORGANIZATIONS_PATH } from './constants.ts';
import { organizationSchema, organizationsSchema } from './schemas.ts';

/** `GET /organizations/`: the organisations the token can reach (needs no Org-Handle). */
export function organizationsRequest(): ProviderRequest {
  return { path: ORGANIZATIONS_PATH, params: [] };
}

/** Each organisation as `{value: domain_handle, label: name}`, for setting `credentials.orgHandle`. */
export function parseOrganizations(body: unknown): PickerOption[] {
  const r = organizationsSchema.safeParse(body);
  if (!r.success) return [];
  const out: PickerOption[] = [];
  for (const item of r.data.data) {
    const org = organizationSchema.safeParse(item);
    const handle = org.success ? str(org.data.domain_handle) : null;
    if (org.success && handle !== null) out.push({ value: handle, label: str(org.data.name) ?? handle });
  }
  return out;
}
