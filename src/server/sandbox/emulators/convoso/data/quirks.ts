/** Deliberately odd records, by kind. Positions are 0-based in the unfiltered newest-first list. */
export const NO_QUIRK = 0;
export const MALFORMED_ZERO_DATE = 1;
export const MALFORMED_LENGTH = 2;
export const MALFORMED_RECORDING = 3;
export const HOSTILE_SCRIPT_NAME = 10;
export const HOSTILE_IMG_COMMENT = 11;
export const HOSTILE_JS = 12;
export const HOSTILE_LONG_RTL = 13;
export const HOSTILE_BIDI = 14;
export const MISSING_RECORDING = 20;
export const SRC_ONLY_RECORDING = 21;

export const QUIRK_NAMES: Readonly<Record<number, string>> = {
  [MALFORMED_ZERO_DATE]: 'call_date "0000-00-00 00:00:00"',
  [MALFORMED_LENGTH]: 'call_length "N/A"',
  [MALFORMED_RECORDING]: 'recording is a string, not an array',
  [HOSTILE_SCRIPT_NAME]: 'first_name <script>alert(1)</script>',
  [HOSTILE_IMG_COMMENT]: 'agent_comment <img src=x onerror=alert(1)>',
  [HOSTILE_JS]: 'last_name and first recording public_url javascript:alert(1) (src stays http)',
  [HOSTILE_LONG_RTL]: '~100,000-character RTL Arabic + Devanagari agent_comment',
  [HOSTILE_BIDI]: 'last_name with U+202E bidi override and zero-width characters',
  [MISSING_RECORDING]: 'recording public_url and src answer 404',
  [SRC_ONLY_RECORDING]: 'recording public_url "" (src only)',
};

/** ~1 in 2000: every position ≡ 1000 (mod 2000), kinds cycling. */
export const MALFORMED_EVERY = 2000;
export const MALFORMED_AT = 1000;
const MALFORMED_KINDS = [MALFORMED_ZERO_DATE, MALFORMED_LENGTH, MALFORMED_RECORDING];

export function malformedKind(position: number): number {
  if (position % MALFORMED_EVERY !== MALFORMED_AT) return NO_QUIRK;
  return MALFORMED_KINDS[Math.floor(position / MALFORMED_EVERY) % MALFORMED_KINDS.length] ?? NO_QUIRK;
}

/** Hostile strings sit on the first page, where a UI shows them at once; always recorded, connected calls. */
export const HOSTILE_POSITIONS: ReadonlyMap<number, number> = new Map([
  [2, HOSTILE_SCRIPT_NAME],
  [9, HOSTILE_IMG_COMMENT],
  [21, HOSTILE_JS],
  [55, HOSTILE_LONG_RTL],
  [77, HOSTILE_BIDI],
]);

/** Recorded calls at positions ≡ 7 (mod 53) have recordings that answer 404; ≡ 11 (mod 17) lack public_url. */
export const MISSING_RECORDING_EVERY = 53;
export const MISSING_RECORDING_AT = 7;
export const SRC_ONLY_EVERY = 17;
export const SRC_ONLY_AT = 11;

export const HOSTILE_SCRIPT = '<script>alert(1)</script>';
export const HOSTILE_IMG = '<img src=x onerror=alert(1)>';
export const HOSTILE_JS_TEXT = 'javascript:alert(1)';
export const HOSTILE_BIDI_NAME = '\u202Enosnhoj\u202C Smi\u200Bth\u200D\uFEFF';

let longRtl: string | undefined;
/** Built once, on first use: Arabic and Devanagari sentences repeated to ~100k characters. */
export function longRtlText(): string {
  longRtl ??= (() => {
    const unit = 'العميل يطلب معاودة الاتصال بعد الظهر. ग्राहक ने दोपहर बाद कॉल करने को कहा। ';
    return unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
  })();
  return longRtl;
}
