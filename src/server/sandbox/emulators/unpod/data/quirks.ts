/** Deliberately odd records, by kind. Positions are 0-based in the unfiltered newest-first list. */
export const NO_QUIRK = 0;
export const MALFORMED_DURATION = 1;
export const MALFORMED_CREATION_TIME = 2;
export const MALFORMED_STATUS_OBJECT = 3;
export const HOSTILE_STATUS = 10;
export const HOSTILE_END_REASON = 11;
export const HOSTILE_NUMBER = 12;

export const QUIRK_NAMES: Readonly<Record<number, string>> = {
  [MALFORMED_DURATION]: 'call_duration "about 3 min"',
  [MALFORMED_CREATION_TIME]: 'creation_time "not-a-date"',
  [MALFORMED_STATUS_OBJECT]: 'call_status is an object, not text',
  [HOSTILE_STATUS]: 'call_status <img src=x onerror=alert(1)>',
  [HOSTILE_END_REASON]: 'end_reason <script>alert(1)</script>',
  [HOSTILE_NUMBER]: 'customer number javascript:alert(1)',
};

/** ~1 in 2000: every position ≡ 1000 (mod 2000), kinds in turn. */
export const MALFORMED_EVERY = 2000;
export const MALFORMED_AT = 1000;
const MALFORMED_KINDS = [MALFORMED_DURATION, MALFORMED_CREATION_TIME, MALFORMED_STATUS_OBJECT];

export function malformedKind(position: number): number {
  if (position % MALFORMED_EVERY !== MALFORMED_AT) return NO_QUIRK;
  return MALFORMED_KINDS[Math.floor(position / MALFORMED_EVERY) % MALFORMED_KINDS.length] ?? NO_QUIRK;
}

/** Hostile strings on the first page, where a UI shows them at once. */
export const HOSTILE_POSITIONS: ReadonlyMap<number, number> = new Map([
  [3, HOSTILE_END_REASON],
  [7, HOSTILE_STATUS],
  [12, HOSTILE_NUMBER],
]);

export const HOSTILE_URL = 'javascript:alert(1)';
