import { CANARY, hostileString, HUGE_LENGTH, PAYLOADS, URL_PAYLOADS } from './payloads.ts';

/**
 * The hostile mode's one JSON transform, applied by the sandbox http layer to every JSON body of an emulator
 * (pages, validation errors and fault bodies): it puts a payload from `PAYLOADS` into every string field.
 *
 * - Records are the objects of the first array of objects in a response (a list page); a record's rotation
 *   index is its position in the whole result (`offset`/`start`, or `page` × page length, plus its index), and a
 *   field's payload is `PAYLOADS[(record + salt(field path) + 7 × nested index) mod n]`: every payload reaches
 *   every free-text field within the first `n` records.
 * - Strings that must keep their format to be useful (ids, timestamps, numbers and durations as strings, phone
 *   numbers, enum-like keys such as `type`/`status`/`direction`) keep their value except in one record in
 *   `FORMAT_BREAK_EVERY`, where they get a payload too (those records should show as invalid records, inert).
 * - URLs (`http(s)://…`, `//…`) inside records become a `URL_PAYLOADS` entry (`javascript:`, `data:`,
 *   `vbscript:` …) in one record in `URL_BREAK_EVERY`, and stay playable in the others. Envelope URLs stay.
 * - One record in `PROTO_EVERY` also carries own `__proto__` and `constructor` keys.
 * - The 1 MiB payload goes into at most one field per response (the next payload takes its turn after that).
 */
export const FORMAT_BREAK_EVERY = 10;
export const URL_BREAK_EVERY = 3;
export const PROTO_EVERY = 5;

const ENUM_KEYS = new Set([
  'type',
  'status',
  'direction',
  'call_type',
  'call_status',
  'outcome',
  'answered_by',
  'role',
  'src',
  'new',
  'category',
  'channel',
  'kind',
]);

const ID_KEY = /(^|_)(id|ids|uuid|handle|key|wamid|token)$|[a-z]Id$/i;
const DATE = /^\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?)?\s*(?:Z|[+-]\d\d:?\d\d)?$/;
const NUMBER = /^\s*-?\d+(?:\.\d+)?\s*$/;
const CLOCK = /^\d+(?::\d\d)+$/;
const PHONE = /^\s*\+?[\d\s().-]{6,}$/;
const URL_LIKE = /^(?:https?:)?\/\//i;

/** Whether a field must keep its value to be useful (ids, timestamps, numbers, phones, enums). */
export function isFormatted(key: string, value: string): boolean {
  return (
    ENUM_KEYS.has(key) ||
    ID_KEY.test(key) ||
    DATE.test(value) ||
    NUMBER.test(value) ||
    CLOCK.test(value) ||
    PHONE.test(value)
  );
}

function salt(path: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) h = Math.imul(h ^ path.charCodeAt(i), 0x01000193);
  return (h >>> 0) % 9973;
}

interface Walk {
  base: number;
  /** Position of the record being walked in the whole result, or null outside records (the envelope). */
  record: number | null;
  nest: number;
  /** Shared by the whole response (records get their own copy of the rest). */
  once: { hugeUsed: boolean; recordArrayFound: boolean };
}

function payloadFor(index: number, walk: Walk): string {
  let text = hostileString(index);
  if (text.length >= HUGE_LENGTH) {
    if (walk.once.hugeUsed) text = hostileString(index + 1);
    walk.once.hugeUsed = true;
  }
  return text;
}

function hostileValue(value: string, key: string, path: string, walk: Walk): string {
  const r = walk.record ?? walk.base;
  const index = r + salt(path) + 7 * walk.nest;
  if (URL_LIKE.test(value)) {
    if (walk.record === null || walk.record % URL_BREAK_EVERY !== 1) return value;
    return URL_PAYLOADS[index % URL_PAYLOADS.length] ?? value;
  }
  if (isFormatted(key, value) && (walk.record === null || walk.record % FORMAT_BREAK_EVERY !== 7))
    return value;
  return payloadFor(index, walk);
}

function walkValue(value: unknown, key: string, path: string, walk: Walk): unknown {
  if (typeof value === 'string') return hostileValue(value, key, path, walk);
  if (Array.isArray(value)) {
    const startsRecords =
      walk.record === null &&
      !walk.once.recordArrayFound &&
      value.some((v) => v !== null && typeof v === 'object');
    if (startsRecords) walk.once.recordArrayFound = true;
    return value.map((item: unknown, i) => {
      if (startsRecords) {
        const record = walk.base + i;
        const out = walkValue(item, key, path, { ...walk, record, nest: 0 });
        if (out !== null && typeof out === 'object' && !Array.isArray(out) && record % PROTO_EVERY === 2) {
          addPrototypeKeys(out as Record<string, unknown>);
        }
        return out;
      }
      const saved = walk.nest;
      walk.nest = saved * 31 + i + 1;
      const out = walkValue(item, key, path, walk);
      walk.nest = saved;
      return out;
    });
  }
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      Object.defineProperty(out, k, {
        value: walkValue(v, k, `${path}.${k}`, walk),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }
  return value;
}

function addPrototypeKeys(out: Record<string, unknown>): void {
  const poison = { polluted: 'yes', [CANARY]: 'prototype' };
  // Own data properties: JSON.stringify writes them as plain `"__proto__"` / `"constructor"` keys.
  Object.defineProperty(out, '__proto__', {
    value: poison,
    enumerable: true,
    writable: true,
    configurable: true,
  });
  if (!Object.hasOwn(out, 'constructor')) {
    Object.defineProperty(out, 'constructor', {
      value: { prototype: poison },
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
}

function firstNumber(query: URLSearchParams, names: readonly string[]): number | null {
  for (const name of names) {
    const n = Number(query.get(name));
    if (query.has(name) && Number.isInteger(n) && n >= 0) return n;
  }
  return null;
}

function recordsPerPage(body: unknown): number {
  const seen = new Set<unknown>();
  const find = (v: unknown): number => {
    if (v === null || typeof v !== 'object' || seen.has(v)) return 0;
    seen.add(v);
    if (Array.isArray(v)) return v.some((x) => x !== null && typeof x === 'object') ? v.length : 0;
    for (const child of Object.values(v)) {
      const n = find(child);
      if (n > 0) return n;
    }
    return 0;
  };
  return find(body);
}

/** The hostile version of one JSON body sent for `url` (the request's). */
export function hostileJson(body: unknown, url: URL): unknown {
  const query = url.searchParams;
  const offset = firstNumber(query, ['offset', 'start', 'skip']);
  const page = firstNumber(query, ['page']);
  const perPage = recordsPerPage(body);
  // A detail (no list) still rotates: its path picks where in the rotation it starts.
  const base =
    offset ?? (page !== null && page > 0 ? (page - 1) * perPage : perPage > 0 ? 0 : salt(url.pathname));
  const walk: Walk = { base, record: null, nest: 0, once: { hugeUsed: false, recordArrayFound: false } };
  return walkValue(body, '', '', walk);
}

/** How many payloads the rotation holds (for docs and tests). */
export const PAYLOAD_COUNT = PAYLOADS.length;
