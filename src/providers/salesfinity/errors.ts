import type { FilterRef, ProviderErrorInfo } from '../adapter.ts';
import { fieldErrors } from '../common/field-errors.ts';
import { plainTextWords, statusErrorText, type ProviderWords } from '../common/error-words.ts';
import { str } from '../common/lenient.ts';
import { errorBodySchema } from './error-schemas.ts';

/** The provider's own words: `message` (a string or a list of validation messages), else `error`. */
function providerWords(body: unknown): ProviderWords {
  const r = errorBodySchema.safeParse(body);
  if (r.success) {
    const m = r.data.message;
    const list = Array.isArray(m) ? m.map((s) => s.trim()).filter((s) => s !== '') : [];
    const message = Array.isArray(m) ? (list.length > 0 ? list.join('; ') : null) : str(m);
    const error = str(r.data.error);
    const details = Array.isArray(m) ? list : [error, message].filter((s): s is string => s !== null);
    return { message: message ?? error, details };
  }
  return plainTextWords(body);
}

/** An HTTP error from Salesfinity (or the proxy in front of it) in words a user can act on. */
export function parseError(status: number, body: unknown): ProviderErrorInfo {
  const { message, details } = providerWords(body);
  const said = message ? `: ${message}` : '';
  let text: string;
  if (status === 400 || status === 422) text = `Salesfinity rejected the query${said}`;
  else if (status === 401)
    text = `Salesfinity rejected the API key of this source${said} — check credentials.apiKey`;
  else if (status === 403)
    text = `Salesfinity refused this API key access${said} — check the key's team and permissions`;
  else text = statusErrorText('Salesfinity', status, said);
  const fields = fieldErrors(details, /^(?:each value in )?(filters\.\w+|sort) /, filterOfParam);
  return fields.length > 0 ? { status, message: text, details, fields } : { status, message: text, details };
}

/** The filter that writes each `filters[...]` parameter (query-plan.ts); the others are `x.<name>`. */
const COMMON: Readonly<Record<string, FilterRef>> = {
  outcome: 'status',
  disposition_ids: 'disposition',
  contact_list_ids: 'campaign',
  user_ids: 'agent',
  to: 'phone',
  from: 'from',
  search: 'q',
  start_date: 'since',
  end_date: 'until',
  sort: 'sort',
};

const filterOfParam = (param: string): FilterRef => {
  const name = param.replace(/^filters\./, '');
  return COMMON[name] ?? `x.${name}`;
};
