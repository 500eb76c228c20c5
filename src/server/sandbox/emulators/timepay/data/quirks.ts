import { CALL, SMS, WHATSAPP } from './codes.ts';

/** Deliberately odd records, by kind. Positions are 0-based in the unfiltered newest-first list. */
export const NO_QUIRK = 0;
export const MALFORMED_START_TIME = 1;
export const MALFORMED_DURATION = 2;
export const MALFORMED_NO_TYPE = 3;
export const MALFORMED_CONVERSATION = 4;
export const HOSTILE_SCRIPT_NAME = 10;
export const HOSTILE_IMG_SUMMARY = 11;
export const HOSTILE_JS_URL = 12;
export const HOSTILE_LONG_RTL = 13;
export const HOSTILE_BIDI = 14;
export const MISSING_RECORDING = 20;

export const QUIRK_NAMES: Readonly<Record<number, string>> = {
  [MALFORMED_START_TIME]: 'start_time "not-a-date"',
  [MALFORMED_DURATION]: 'duration "abc"',
  [MALFORMED_NO_TYPE]: 'type missing',
  [MALFORMED_CONVERSATION]: 'conversation is a string, not an array',
  [HOSTILE_SCRIPT_NAME]: 'name <script>alert(1)</script>',
  [HOSTILE_IMG_SUMMARY]: 'summary with <img src=x onerror=alert(1)>',
  [HOSTILE_JS_URL]: 'extracted_data.payment_link javascript:alert(1)',
  [HOSTILE_LONG_RTL]: '~100,000-character RTL Arabic + Devanagari summary and name',
  [HOSTILE_BIDI]: 'name with U+202E bidi override and zero-width characters',
  [MISSING_RECORDING]: 'recording_id answers 404',
};

/** ~1 in 2000: every position ≡ 1000 (mod 2000). */
export const MALFORMED_EVERY = 2000;
export const MALFORMED_AT = 1000;

const MALFORMED_BY_TYPE: Readonly<Record<number, readonly number[]>> = {
  [CALL]: [MALFORMED_START_TIME, MALFORMED_DURATION, MALFORMED_NO_TYPE],
  [WHATSAPP]: [MALFORMED_START_TIME, MALFORMED_NO_TYPE, MALFORMED_CONVERSATION],
  [SMS]: [MALFORMED_START_TIME, MALFORMED_NO_TYPE],
};

export function malformedKind(position: number, type: number): number {
  if (position % MALFORMED_EVERY !== MALFORMED_AT) return NO_QUIRK;
  const kinds = MALFORMED_BY_TYPE[type] ?? [MALFORMED_NO_TYPE];
  return kinds[Math.floor(position / MALFORMED_EVERY) % kinds.length] ?? MALFORMED_NO_TYPE;
}

/** Hostile strings sit on the first pages, where a UI shows them at once. Always connected calls. */
export const HOSTILE_POSITIONS: ReadonlyMap<number, number> = new Map([
  [4, HOSTILE_SCRIPT_NAME],
  [13, HOSTILE_IMG_SUMMARY],
  [27, HOSTILE_JS_URL],
  [58, HOSTILE_LONG_RTL],
  [91, HOSTILE_BIDI],
]);

/** Recorded calls at positions ≡ 7 (mod 53) have a recording_id that answers 404. */
export const MISSING_RECORDING_EVERY = 53;
export const MISSING_RECORDING_AT = 7;

export const HOSTILE_SCRIPT = '<script>alert(1)</script>';
export const HOSTILE_IMG = '<img src=x onerror=alert(1)>';
export const HOSTILE_JS = 'javascript:alert(1)';
export const HOSTILE_BIDI_NAME = '\u202Eahtrap\u202C Sh\u200Barma\u200D\uFEFF';

let longRtl: string | undefined;
/** Built once, on first use: Arabic and Devanagari sentences repeated to ~100k characters. */
export function longRtlText(): string {
  longRtl ??= (() => {
    const unit =
      'عميلنا العزيز، يرجى سداد القسط المستحق في أقرب وقت ممكن. प्रिय ग्राहक, कृपया अपनी बकाया किस्त का भुगतान जल्द से जल्द करें। ';
    return unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
  })();
  return longRtl;
}
export const RTL_NAME = 'محمد عبد الله راजेश';
