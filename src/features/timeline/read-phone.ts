import { toE164 } from '../../logs/phone.ts';

export type PhoneReading =
  | {
      ok: true;
      e164: string;
      typed: string;
      /** Set when a national number was read in a country. */ readIn: string | null;
    }
  | { ok: false; typed: string | null; reason: string };

/**
 * The customer of `/customer?phone=`: E.164 as given (`+919876543210`), or a national number read in
 * `country` (the first source's). A reason a person can act on when there is none to read.
 */
export function readCustomerPhone(typed: string | null, country: string | null): PhoneReading {
  const t = typed?.trim() ?? '';
  if (t === '') return { ok: false, typed, reason: 'No phone number given.' };
  if (!/\d/.test(t)) return { ok: false, typed, reason: `'${t.slice(0, 40)}' has no digits.` };
  const international = t.startsWith('+') || t.startsWith('00');
  const normalized = t.startsWith('00') ? `+${t.slice(2)}` : t;
  const e164 = toE164(normalized, international ? 'US' : (country ?? 'US'));
  if (e164 === null) {
    const how = international
      ? 'it is not a possible number in its country'
      : `it is not a possible number in ${country ?? 'the default country'}; add + and the country code`;
    return { ok: false, typed, reason: `'${t.slice(0, 40)}' cannot be read as a phone number: ${how}.` };
  }
  return { ok: true, e164, typed: t, readIn: international ? null : country };
}
