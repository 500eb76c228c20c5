/** Deliberately odd records. Positions are 0-based in the default (newest-first) order. */
export const NO_QUIRK = 0;
export const MALFORMED_STARTED_AT = 1;
export const MALFORMED_DURATION = 2;
export const MALFORMED_CONTACT = 3;
export const HOSTILE_SCRIPT_NAME = 10;
export const HOSTILE_IMG_NOTES = 11;
export const HOSTILE_JS_URL = 12;
export const HOSTILE_BIDI_SUMMARY = 13;
export const MISSING_RECORDING = 20;

export const QUIRK_NAMES: Readonly<Record<number, string>> = {
  [MALFORMED_STARTED_AT]: 'started_at "not-a-date"',
  [MALFORMED_DURATION]: 'duration "abc"',
  [MALFORMED_CONTACT]: 'contact is the string "n/a", not an object',
  [HOSTILE_SCRIPT_NAME]: 'contact.first_name <script>alert(1)</script>',
  [HOSTILE_IMG_NOTES]: 'notes with <img src=x onerror=alert(1)>',
  [HOSTILE_JS_URL]: 'recording_url and contact.company javascript:alert(1)',
  [HOSTILE_BIDI_SUMMARY]: 'summary with U+202E bidi override and zero-width characters',
  [MISSING_RECORDING]: 'recording_url answers 404',
};

/** ~1 in 2000: positions ≡ 1000 (mod 2000), kinds in turn. */
export const MALFORMED_EVERY = 2000;
export const MALFORMED_AT = 1000;
const MALFORMED_KINDS = [MALFORMED_STARTED_AT, MALFORMED_DURATION, MALFORMED_CONTACT];

export function malformedKind(position: number): number {
  if (position % MALFORMED_EVERY !== MALFORMED_AT) return NO_QUIRK;
  return MALFORMED_KINDS[Math.floor(position / MALFORMED_EVERY) % MALFORMED_KINDS.length] ?? NO_QUIRK;
}

/** Hostile strings on page 1 of the default order (answered calls, forced so). */
export const HOSTILE_POSITIONS: ReadonlyMap<number, number> = new Map([
  [3, HOSTILE_SCRIPT_NAME],
  [8, HOSTILE_IMG_NOTES],
  [14, HOSTILE_JS_URL],
  [21, HOSTILE_BIDI_SUMMARY],
]);

/** Recorded calls at positions ≡ 7 (mod 97) have a recording_url that answers 404. */
export const MISSING_RECORDING_EVERY = 97;
export const MISSING_RECORDING_AT = 7;

export const HOSTILE_SCRIPT = '<script>alert(1)</script>';
export const HOSTILE_IMG = 'Prospect asked for pricing <img src=x onerror=alert(1)>';
export const HOSTILE_JS = 'javascript:alert(1)';
export const HOSTILE_BIDI = 'Follow-up \u202Eetad kcab llac\u202C agreed\u200B\u200D\uFEFF.';
