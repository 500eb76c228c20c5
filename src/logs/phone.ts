// The default build carries the "min" metadata (~80 kB raw): enough to parse, validate lengths and
// format, without the per-type patterns of "max" that a log viewer never needs.
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { CountryCode, PhoneNumber } from 'libphonenumber-js';
import { setPhoneFormatter } from './phone-display.ts';

const MAX_CACHE = 20_000;
const MAX_RAW_CHARS = 64;

/** Parse results keyed by `country|raw`; null caches "not a number" too. Bounded: oldest entry goes first. */
const cache = new Map<string, PhoneNumber | null>();

function parse(raw: string, defaultCountry: string): PhoneNumber | null {
  const key = `${defaultCountry}|${raw}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  let parsed: PhoneNumber | null = null;
  if (raw.length > 0 && raw.length <= MAX_RAW_CHARS) {
    try {
      // A country the metadata does not know just yields undefined; the cast only widens `string`.
      const p = parsePhoneNumberFromString(raw, defaultCountry.toUpperCase() as CountryCode);
      parsed = p && p.isPossible() ? p : null;
    } catch {
      parsed = null;
    }
  }
  if (cache.size >= MAX_CACHE) {
    const oldest = cache.keys().next();
    if (!oldest.done) cache.delete(oldest.value);
  }
  cache.set(key, parsed);
  return parsed;
}

/**
 * What the library concluded for numbers of one shape (same country, length and leading digits):
 * `+91` = "E.164 is this prefix + the digits", '' = "already E.164 as written", false = "not a number",
 * null = "ask the library every time" (e.g. a trunk 0 is stripped). Customer numbers are mostly unique,
 * so a per-string cache misses; the shape verdict keeps normalization at ~0.3 µs instead of ~19 µs.
 */
const shapes = new Map<string, string | false | null>();
const NATIONAL_DIGITS = /^\d{6,15}$/;
const E164_DIGITS = /^\+[1-9]\d{5,14}$/;

function shapeOf(raw: string, country: string): string | null {
  if (NATIONAL_DIGITS.test(raw)) return `${country}|${raw.length}|${raw.slice(0, 3)}`;
  if (E164_DIGITS.test(raw)) return `+|${raw.length}|${raw.slice(0, 5)}`;
  return null;
}

function learn(raw: string, parsed: PhoneNumber | null): string | false | null {
  if (!parsed) return false;
  if (raw.startsWith('+')) return parsed.number === raw ? '' : null;
  const prefix = `+${parsed.countryCallingCode}`;
  return parsed.number === prefix + raw ? prefix : null;
}

/** `9999999999` + IN → `+919999999999`; `+918035450808` stays; garbage → null. */
export function toE164(raw: string | null | undefined, defaultCountry: string): string | null {
  return typeof raw === 'string' ? computeE164(raw.trim(), defaultCountry) : null;
}

function computeE164(t: string, defaultCountry: string): string | null {
  const shape = shapeOf(t, defaultCountry);
  if (shape === null) return parse(t, defaultCountry)?.number ?? null;
  let verdict = shapes.get(shape);
  if (verdict === undefined) {
    verdict = learn(t, parse(t, defaultCountry));
    if (shapes.size >= MAX_CACHE) shapes.clear();
    shapes.set(shape, verdict);
  }
  if (verdict === false) return null;
  if (verdict === null) return parse(t, defaultCountry)?.number ?? null;
  return t.startsWith('+') ? t : verdict + t;
}

const formatted = new Map<string, string>();
const FORMAT_CACHE_MAX = 5_000;

/** National format in the default country, international elsewhere, the raw string when unparsable. */
export function formatPhone(e164OrRaw: string, defaultCountry: string): string {
  // Cached: the table formats every visible phone on every scroll frame, and libphonenumber parses anew.
  const key = `${defaultCountry}|${e164OrRaw}`;
  const hit = formatted.get(key);
  if (hit !== undefined) return hit;
  const p = parse(e164OrRaw.trim(), defaultCountry);
  // Without a trunk prefix where the country allows it: Indian staff write "98765 43210", not "098765 43210".
  const out = !p
    ? e164OrRaw
    : p.country === defaultCountry.toUpperCase()
      ? p.format('NATIONAL', { nationalPrefix: false })
      : p.formatInternational();
  if (formatted.size >= FORMAT_CACHE_MAX) formatted.clear();
  formatted.set(key, out);
  return out;
}

/** `+919999999999` → `9999999999` (timepay's `phone` filter wants national digits); null when unparsable. */
export function nationalNumber(e164: string, defaultCountry = 'IN'): string | null {
  return parse(e164.trim(), defaultCountry)?.nationalNumber ?? null;
}

setPhoneFormatter(formatPhone);
