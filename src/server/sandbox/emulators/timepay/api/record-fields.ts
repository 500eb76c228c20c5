import { at } from '../../../prng.ts';
import { BUSINESS_NUMBERS, STATUSES, TYPES } from '../data/codes.ts';
import { NONE, type TimepayDataset } from '../data/dataset.ts';
import { META_ERROR_HREF, META_ERRORS } from '../data/meta-errors.ts';
import {
  HOSTILE_BIDI,
  HOSTILE_BIDI_NAME,
  HOSTILE_IMG,
  HOSTILE_IMG_SUMMARY,
  HOSTILE_JS,
  HOSTILE_JS_URL,
  HOSTILE_LONG_RTL,
  HOSTILE_SCRIPT,
  HOSTILE_SCRIPT_NAME,
  RTL_NAME,
  longRtlText,
} from '../data/quirks.ts';

/** Small accessors shared by the list and detail builders. */
export function typeName(ds: TimepayDataset, i: number): string {
  return at(TYPES, ds.type[i] ?? 0);
}

export function statusLabel(ds: TimepayDataset, i: number): string {
  return at(STATUSES, ds.status[i] ?? 0);
}

export function businessNumber(ds: TimepayDataset, i: number): string | null {
  const from = ds.from[i] ?? NONE;
  return from === NONE ? null : at(BUSINESS_NUMBERS, from);
}

/** `loan_id` for collection campaigns, `lead_id` for lead generation ones. */
export function customerIdField(ds: TimepayDataset, i: number): [string, string] {
  const customer = ds.customer[i] ?? 0;
  const campaign = at(ds.catalog.campaigns, ds.campaign[i] ?? 0);
  return campaign.kind === 'collection'
    ? ['loan_id', at(ds.customers.loanIds, customer)]
    : ['lead_id', at(ds.customers.leadIds, customer)];
}

export function metaErrors(ds: TimepayDataset, i: number): Array<Record<string, unknown>> {
  const e = ds.metaError[i] ?? NONE;
  if (e === NONE) return [];
  const err = at(META_ERRORS, e);
  return [
    {
      code: err.code,
      href: META_ERROR_HREF,
      title: err.title,
      message: err.message,
      error_data: { details: err.details },
    },
  ];
}

/** Puts the deliberately hostile strings into a record (list and detail alike). */
export function applyHostile(record: Record<string, unknown>, quirk: number): void {
  switch (quirk) {
    case HOSTILE_SCRIPT_NAME:
      record.name = HOSTILE_SCRIPT;
      return;
    case HOSTILE_IMG_SUMMARY:
      record.summary = `Customer said ${HOSTILE_IMG} and promised to pay ₹5,000 by Friday.`;
      return;
    case HOSTILE_JS_URL:
      record.extracted_data = {
        ...(record.extracted_data as object),
        payment_link: HOSTILE_JS,
        note: '"><svg onload=alert(1)>',
      };
      return;
    case HOSTILE_LONG_RTL:
      record.name = RTL_NAME;
      record.summary = longRtlText();
      return;
    case HOSTILE_BIDI:
      record.name = HOSTILE_BIDI_NAME;
      return;
    default:
  }
}
