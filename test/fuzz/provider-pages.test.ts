// Fuzzing each provider's parseList with malformed pages (fast-check, fixed seeds): truncated JSON text
// (parsed leniently, or handed over unparsed), envelopes with wrong types, arrays where objects go, 1 MB
// strings, 2,000-deep nesting and `__proto__` keys. parseList either throws a clear error of its own
// (never a TypeError, RangeError … from our code) or returns a page the table can use; nothing hangs.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ListPage } from '../../src/providers/adapter.ts';
import {
  PROVIDERS,
  bigValue,
  entryProblem,
  hostileValue,
  jsonText,
  pageProblem,
  polluted,
  prototypeSnapshot,
  type FuzzedProvider,
  type Json,
} from './provider-kit.ts';

const RUNS = 1_200;
const SEEDS = { timepay: 0x9a6e_0001, salesfinity: 0x9a6e_0002, unpod: 0x9a6e_0003, convoso: 0x9a6e_0004 };

/** Errors that only a bug throws: a provider's bad page is reported by an error class of our own. */
const BUG_ERRORS = [TypeError, RangeError, ReferenceError, SyntaxError, EvalError, URIError];

type Page = { kind: string; body: unknown };

// ---------------------------------------------------------------------------------------------------
// Truncated JSON

/** Closes what a cut left open (string, arrays, objects), trying a few endings; null when none parses. */
export function parseLeniently(text: string): unknown {
  for (let back = 0; back <= 24 && back < text.length; back++) {
    const prefix = text.slice(0, text.length - back);
    let inString = false;
    let escaped = false;
    const open: string[] = [];
    for (const ch of prefix) {
      if (inString) {
        if (escaped) escaped = false;
        else if (ch === '\\') escaped = true;
        else if (ch === '"') inString = false;
      } else if (ch === '"') inString = true;
      else if (ch === '{') open.push('}');
      else if (ch === '[') open.push(']');
      else if (ch === '}' || ch === ']') open.pop();
    }
    let head = prefix;
    if (inString) head = `${escaped ? head.slice(0, -1) : head}"`;
    head = head.trimEnd();
    const close = open.reverse().join('');
    const bare = head.replace(/,$/, '');
    for (const candidate of [
      head + close,
      `${bare}${close}`,
      `${head}null${close}`,
      `${head}:null${close}`,
    ]) {
      try {
        return JSON.parse(candidate) as unknown;
      } catch {
        // try the next ending
      }
    }
  }
  return null;
}

function truncatedPage(provider: FuzzedProvider): fc.Arbitrary<Page> {
  return fc
    .tuple(
      fc.array(fc.nat({ max: provider.records.length - 1 }), { minLength: 1, maxLength: 3 }),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.boolean(),
    )
    .map(([picks, at, lenient]) => {
      const text = provider.envelope(picks.map((i) => JSON.stringify(provider.records[i])));
      const cut = text.slice(0, Math.floor(at * text.length));
      // Not parsed at all: the text itself reaches parseList (a body read as text, a broken proxy).
      return lenient
        ? { kind: 'truncated, parsed leniently', body: parseLeniently(cut) }
        : { kind: 'truncated, unparsed', body: cut };
    });
}

// ---------------------------------------------------------------------------------------------------
// Wrong envelopes

interface EnvelopeSlot {
  parent: Record<string, Json>;
  key: string;
}

/** The envelope's fields (records themselves excluded: the records test covers them). */
function envelopeSlots(value: Json, out: EnvelopeSlot[] = []): EnvelopeSlot[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return out;
  for (const key of Object.keys(value)) {
    out.push({ parent: value, key });
    envelopeSlots(value[key] ?? null, out);
  }
  return out;
}

/** What goes where it should not: hostile values, arrays for objects, objects for arrays, huge, deep. */
function misplaced(records: Json[]): fc.Arbitrary<Json> {
  return fc.oneof(
    { weight: 6, arbitrary: hostileValue },
    { weight: 2, arbitrary: bigValue },
    { weight: 2, arbitrary: fc.constant<Json>(records) },
    { weight: 1, arbitrary: fc.constant<Json>({ ...records }) },
    { weight: 1, arbitrary: fc.constant<Json>({ 0: records[0] ?? null, length: 1 }) },
    { weight: 1, arbitrary: fc.constant<Json>([{}]) },
    { weight: 1, arbitrary: fc.constant<Json>('[]') },
  );
}

function wrongEnvelope(provider: FuzzedProvider): fc.Arbitrary<Page> {
  const records = provider.records.slice(0, 2) as Json[];
  return fc
    .array(fc.tuple(fc.nat(), misplaced(records), fc.boolean()), { minLength: 1, maxLength: 3 })
    .map((changes) => {
      const body = JSON.parse(provider.envelope(records.map((r) => JSON.stringify(r)))) as Json;
      for (const [at, value, drop] of changes) {
        const slots = envelopeSlots(body);
        const slot = slots[at % slots.length];
        if (!slot) continue;
        if (drop) delete slot.parent[slot.key];
        else
          Object.defineProperty(slot.parent, slot.key, {
            value: structuredClone(value),
            enumerable: true,
            writable: true,
            configurable: true,
          });
      }
      return { kind: 'wrong envelope', body: JSON.parse(jsonText(body)) as unknown };
    });
}

// ---------------------------------------------------------------------------------------------------
// Not an envelope at all

function notAnEnvelope(provider: FuzzedProvider): fc.Arbitrary<Page> {
  const valid = provider.envelope(provider.records.slice(0, 1).map((r) => JSON.stringify(r)));
  const texts = [
    'null',
    'true',
    '0',
    '-1e999',
    '""',
    '"ok"',
    '[]',
    '{}',
    `[${valid}]`,
    `{"data":${valid}}`,
    `{"__proto__":${valid}}`,
    `{"__proto__":{"data":[],"success":true},"constructor":{"prototype":{"polluted":1}}}`,
    `${valid.slice(0, -1)},"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}`,
    `[${JSON.stringify(provider.records[0])}]`,
    `${'['.repeat(5_000)}${']'.repeat(5_000)}`,
    `${'{"data":'.repeat(2_000)}[]${'}'.repeat(2_000)}`,
    JSON.stringify({ data: 'x'.repeat(1 << 20) }),
    JSON.stringify('x'.repeat(1 << 20)),
    '{"success":false}',
    '{"success":"false","data":[]}',
    '{"status_code":500,"message":"boom","data":[]}',
    '{"success":false,"code":401,"text":"Invalid auth token"}',
    '{"error":"Unauthorized","message":"Invalid API key"}',
    JSON.stringify({ status_code: 500, message: 'x'.repeat(1 << 20), data: [] }),
    '<!doctype html><title>502 Bad Gateway</title>',
  ];
  return fc.oneof(
    {
      weight: 4,
      arbitrary: fc.constantFrom(...texts).map((t) => ({ kind: 'not an envelope', body: parseOrText(t) })),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom<unknown>(undefined, Number.NaN, Symbol('x'), () => 1, new Map(), new Date(0))
        .map((body) => ({ kind: 'not JSON', body })),
    },
  );
}

function parseOrText(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

// ---------------------------------------------------------------------------------------------------

function malformedPage(provider: FuzzedProvider): fc.Arbitrary<Page> {
  return fc.oneof(
    { weight: 4, arbitrary: truncatedPage(provider) },
    { weight: 5, arbitrary: wrongEnvelope(provider) },
    { weight: 2, arbitrary: notAnEnvelope(provider) },
  );
}

/** Why the outcome of parseList on a malformed page breaks the contract ('error' / 'page' when it holds). */
function outcomeProblem(provider: FuzzedProvider, body: unknown): string {
  let page: ListPage;
  try {
    page = provider.adapter.parseList(body, provider.source);
  } catch (e) {
    if (!(e instanceof Error)) return `threw a non-Error: ${String(e)}`;
    if (BUG_ERRORS.some((c) => e.constructor === c)) return `threw ${e.name}: ${e.message}`;
    if (e.message.trim() === '') return `threw ${e.name} without a message`;
    if (e.message.length > 2_000) return `threw ${e.name} with a ${e.message.length}-char message`;
    return 'error';
  }
  const problem = pageProblem(page);
  if (problem !== null) return `bad page: ${problem}`;
  const raws = recordsOf(body, provider.name);
  for (let i = 0; i < page.entries.length; i++) {
    const p = entryProblem(page.entries[i], i, raws?.[i], provider);
    if (p !== null) return p;
  }
  return 'page';
}

/** Where the records sit in a provider's body (when they are an array), for checking `raw`. */
function recordsOf(body: unknown, name: string): unknown[] | null {
  const data = (body as { data?: unknown } | null)?.data;
  const list = name === 'convoso' ? (data as { results?: unknown } | null | undefined)?.results : data;
  return Array.isArray(list) ? list : null;
}

let before = '';
beforeAll(() => {
  before = prototypeSnapshot();
});
afterAll(() => {
  expect(prototypeSnapshot()).toBe(before);
  expect(polluted()).toBe(false);
});

describe.each(PROVIDERS.map((p) => [p.name, p] as const))('fuzz: %s pages', (name, provider) => {
  it(`${name}: parseList throws a clear error or returns a usable page for ${RUNS} malformed pages`, () => {
    const kinds = new Map<string, number>();
    const outcomes = { page: 0, error: 0 };
    fc.assert(
      fc.property(malformedPage(provider), ({ kind, body }) => {
        const outcome = outcomeProblem(provider, body);
        if (outcome !== 'page' && outcome !== 'error') throw new Error(`${kind}: ${outcome}`);
        outcomes[outcome]++;
        if (polluted()) throw new Error(`${kind}: Object.prototype was polluted`);
        kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      }),
      { seed: SEEDS[name], numRuns: RUNS },
    );
    for (const kind of [
      'truncated, parsed leniently',
      'truncated, unparsed',
      'wrong envelope',
      'not an envelope',
    ])
      expect(kinds.get(kind) ?? 0, kind).toBeGreaterThan(50);
    expect([...kinds.values()].reduce((a, b) => a + b, 0)).toBe(RUNS);
    // Both outcomes happen: some malformed pages are still readable (a dropped optional field …).
    expect(outcomes.page).toBeGreaterThan(0);
    expect(outcomes.error).toBeGreaterThan(0);
  }, 120_000);
});

// Found by this fuzzer and fixed in list.ts: counts (`page`, `total`, `per_page`, `limit`, `count`,
// `offset`, `total_found`) of 1e21, -1, 5e-324 reached the page as they came; unpod's status_code error
// quoted a 1 MB `message` whole.
describe('fuzz: pages found failing', () => {
  const byName = Object.fromEntries(PROVIDERS.map((p) => [p.name, p]));
  const cases: Array<[string, string]> = [
    [
      'timepay',
      '{"success":true,"data":[],"pagination":{"page":1e21,"per_page":0,"total":-5,"total_pages":2.5}}',
    ],
    ['salesfinity', '{"data":[],"pagination":{"total":-5e-324,"page":-1,"limit":0,"pages":1e400}}'],
    ['unpod', '{"count":5e-324,"status_code":200,"data":[]}'],
    ['convoso', '{"success":true,"data":{"offset":-1,"total_found":1e21,"results":[]}}'],
  ];
  it.each(cases)('%s: counts that count nothing fall back (%s)', (name, text) => {
    const page = byName[name]!.adapter.parseList(JSON.parse(text), byName[name]!.source);
    expect(pageProblem(page)).toBeNull();
    expect(page).toMatchObject({ page: 1, total: 0 });
  });

  it('unpod: an error message of 1 MB is clipped', () => {
    const body = { status_code: 500, message: 'x'.repeat(1 << 20), data: [] };
    expect(() => byName['unpod']!.adapter.parseList(body, byName['unpod']!.source)).toThrow(
      /^unpod answered status_code 500: x{200}$/,
    );
  });

  it('convoso: an error text of 1 MB is clipped', () => {
    const body = { success: false, code: 6033, text: 'x'.repeat(1 << 20) };
    let message = '';
    try {
      byName['convoso']!.adapter.parseList(body, byName['convoso']!.source);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message.length).toBeGreaterThan(0);
    expect(message.length).toBeLessThan(2_000);
  });
});

it('parses truncated JSON leniently', () => {
  expect(parseLeniently('{"a":[1,2,{"b":"x')).toEqual({ a: [1, 2, { b: 'x' }] });
  expect(parseLeniently('{"a":[1,2],')).toEqual({ a: [1, 2] });
  expect(parseLeniently('{"a":')).toEqual({ a: null });
  expect(parseLeniently('{"a')).toEqual({ a: null });
  expect(parseLeniently('[tru')).toEqual([]);
});
