// Fuzzing the URL ↔ LogQuery codec with fast-check (fixed seeds, so a failure reproduces as it is).
// Three properties, 12,000 generated URL states in all:
// - valid LogQuery values survive serialize → parse unchanged (also through the URL's text form);
// - arbitrary search strings never throw, always give a valid query, and every value that is invalid on
//   its own is named in the problems (it falls back visibly, never silently);
// - hostile parameter lists (known names with hostile values, hostile names) hold the same.
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { LogQuery } from '../../src/logs/log-query.ts';
import { logQuerySchema } from '../../src/logs/query-schema.ts';
import { parseSearchParams, serializeQuery, URL_LIMITS } from '../../src/logs/url-codec.ts';
import type { UrlProblem } from '../../src/logs/url-codec.ts';
import { FUZZ_PARAM_NAMES } from '../logs/url-param-names.ts';

// Generous: the runs take a few seconds alone, much longer on two cores shared with browser tests.
const FUZZ_TIMEOUT = 120_000;

const URL_FUZZ = {
  roundTrip: { seed: 0x5b0a_0001, numRuns: 3_000 },
  rawSearch: { seed: 0x5b0a_0002, numRuns: 5_000 },
  hostileParams: { seed: 0x5b0a_0003, numRuns: 4_000 },
} as const;

// ---------------------------------------------------------------------------------------------------
// Valid queries

// eslint-disable-next-line no-control-regex -- control characters are what textValue refuses
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** What `textValue` keeps unchanged: trimmed, non-empty, ≤ 200 code points, no control characters. */
const isText = (s: string): boolean =>
  s.length > 0 && s.trim() === s && [...s].length <= URL_LIMITS.valueChars && !CONTROL.test(s);

const WORDS = [
  'Completed',
  'No Contact',
  'Promise to Pay',
  'नमस्ते',
  'مرحبا',
  '₹12,500',
  'a&b=c',
  '+91 99',
  '🙂',
];

/** Any well-formed Unicode (URLSearchParams turns lone surrogates into U+FFFD, so they cannot round-trip). */
const textArb: fc.Arbitrary<string> = fc
  .oneof(
    { weight: 3, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 24 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }) },
    { weight: 2, arbitrary: fc.constantFrom(...WORDS) },
    // Near the 200 code-point limit, in astral characters (400 UTF-16 units).
    { weight: 1, arbitrary: fc.constantFrom('a'.repeat(200), '🙂'.repeat(200), `${'x'.repeat(199)}%`) },
  )
  .map((s) => s.trim())
  .filter(isText);

const list = <T>(arb: fc.Arbitrary<T>, max = 5): fc.Arbitrary<T[]> =>
  fc.uniqueArray(arb, { maxLength: max, selector: (v) => JSON.stringify(v) });

const relativeTime = fc
  .tuple(
    fc.array(
      fc.tuple(
        fc.constantFrom('+', '-'),
        fc.integer({ min: 0, max: 999_999 }),
        fc.constantFrom('s', 'm', 'h', 'd', 'w', 'M', 'y'),
      ),
      { maxLength: 8 },
    ),
    fc.option(fc.constantFrom('s', 'm', 'h', 'd', 'w', 'M', 'y'), { nil: undefined }),
  )
  .map(([steps, round]) => `now${steps.map((s) => s.join('')).join('')}${round ? `/${round}` : ''}`);

const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');
const instant = fc
  .tuple(
    fc.date({
      min: new Date('1000-01-01T00:00:00Z'),
      max: new Date('9999-12-31T23:59:59Z'),
      noInvalidDate: true,
    }),
    fc.constantFrom('minutes', 'seconds', 'millis', 'nanos'),
    fc.oneof(
      fc.constant('Z'),
      fc
        .tuple(
          fc.constantFrom('+', '-'),
          fc.integer({ min: 0, max: 17 }),
          fc.constantFrom(0, 15, 30, 45),
          fc.boolean(),
        )
        .map(([sign, h, m, colon]) => `${sign}${pad(h)}${colon ? ':' : ''}${pad(m)}`),
    ),
  )
  .map(([d, precision, offset]) => {
    const iso = d.toISOString(); // YYYY-MM-DDTHH:MM:SS.sssZ (years 1000-9999 have no sign)
    const head = iso.slice(0, 16);
    const tail =
      precision === 'minutes'
        ? ''
        : precision === 'seconds'
          ? iso.slice(16, 19)
          : precision === 'millis'
            ? iso.slice(16, 23)
            : `${iso.slice(16, 23)}456789`;
    return `${head}${tail}${offset}`;
  });

const timeArb = fc.oneof(relativeTime, instant);
const columnArb = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_.-]{0,63}$/);
const sortArb = fc.record({
  field: fc.stringMatching(/^[A-Za-z][A-Za-z0-9_.]{0,63}$/),
  desc: fc.boolean(),
});
const logArb = fc
  .tuple(textArb, textArb)
  .map(([s, id]) => `${s.replaceAll(':', '')}:${id}`)
  .filter((v) => isText(v) && /^[^:]+:./.test(v));
const extraNameArb = fc
  .stringMatching(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}$/)
  .filter((n) => !n.startsWith('__'));

const sourcesArb = fc.oneof(
  { weight: 1, arbitrary: fc.constant<string[]>(['all']) },
  { weight: 4, arbitrary: list(textArb.filter((s) => s !== 'all')) },
);

const validQueryArb: fc.Arbitrary<LogQuery> = fc.record({
  sources: sourcesArb,
  channels: fc.subarray(['call', 'whatsapp', 'sms'] as const).map((c) => [...c]),
  statuses: list(textArb),
  dispositions: list(textArb),
  campaigns: list(textArb),
  // Now and then the most values a parameter may carry.
  agents: fc.oneof(
    { weight: 9, arbitrary: list(textArb) },
    { weight: 1, arbitrary: list(textArb, URL_LIMITS.valuesPerParam) },
  ),
  phone: fc.option(textArb, { nil: null }),
  from: fc.option(textArb, { nil: null }),
  q: fc.option(textArb, { nil: null }),
  since: fc.option(timeArb, { nil: null }),
  until: fc.option(timeArb, { nil: null }),
  sort: fc.option(sortArb, { nil: null }),
  columns: fc.option(fc.uniqueArray(columnArb, { minLength: 1, maxLength: 8 }), { nil: null }),
  log: fc.option(logArb, { nil: null }),
  extra: fc
    .uniqueArray(fc.tuple(extraNameArb, fc.uniqueArray(textArb, { minLength: 1, maxLength: 4 })), {
      maxLength: 6,
      selector: ([name]) => name,
    })
    .map((pairs) => Object.fromEntries(pairs)),
});

// ---------------------------------------------------------------------------------------------------
// Arbitrary and hostile URLs

const NAMES = FUZZ_PARAM_NAMES;

const HOSTILE = [
  '',
  ' ',
  'all',
  'call',
  'CALL',
  'email',
  'now',
  'now-',
  'now-1d/d',
  'now 1d',
  'now-9999999d',
  '2026-01-17T00:00:00',
  '2026-01-17T00:00:00 05:30',
  '2026-02-30T00:00:00Z',
  '2026-01-17T00:00:00+99:00',
  '-time',
  '--time',
  'a,b,,c',
  ',,,',
  'a:b',
  ':b',
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  '\u0000',
  '\u202e',
  '\uD800',
  '\uDFFF\uD800',
  '\uFEFF',
  '\u00a0x\u00a0',
  '%',
  '%E0%A4%A',
  '%ZZ',
  '&',
  '=',
  '+',
  '__proto__',
  '{"__proto__":{"polluted":1}}',
  'नमस्ते',
  'a'.repeat(201),
  '🙂'.repeat(201),
  'x'.repeat(3_000),
];

const hostileString = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  // Lone surrogates and other UTF-16 oddities.
  {
    weight: 1,
    arbitrary: fc.string({
      unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
      maxLength: 20,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.array(fc.constantFrom(...HOSTILE), { maxLength: 4 }).map((parts) => parts.join('')),
  },
);

const paramName = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 2, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 8 }).map((s) => `x.${s}`) },
);

const hostileParams = fc.array(fc.tuple(paramName, hostileString), { maxLength: 16 });

/** A raw search string: pieces of query syntax, broken escapes and any text glued together. */
const rawSearch = fc.oneof(
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
  {
    weight: 4,
    arbitrary: fc
      .array(
        fc.oneof(
          fc.constantFrom(...NAMES),
          fc.constantFrom('=', '&', '&&', '?', '#', '%', '%2', '%E0%A4%A', '%ZZ', '%00', '+', '%2B', ';'),
          hostileString,
        ),
        { maxLength: 24 },
      )
      .map((parts) => parts.join('')),
  },
);

// ---------------------------------------------------------------------------------------------------
// Checks (plain comparisons per run: `expect` only to report a failure, it costs too much per value)

const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max)}…` : s);

/** Fails the run with a readable message (fast-check shrinks on any throw). */
function assertThat(ok: boolean, message: () => string): void {
  if (!ok) throw new Error(message());
}

function assertEqual<T>(actual: T, expected: T, what: string): void {
  if (!isDeepStrictEqual(actual, expected)) expect(actual, what).toEqual(expected);
}

/** Parses and checks what must hold for any input: no throw, a valid query, readable problems. */
function parseChecked(params: URLSearchParams): { query: LogQuery; problems: UrlProblem[] } {
  const out = parseSearchParams(params);
  const valid = logQuerySchema.safeParse(out.query);
  assertThat(valid.success, () => `invalid query: ${JSON.stringify(valid.error?.issues)}`);
  assertThat(out.problems.length <= URL_LIMITS.problems + 1, () => `${out.problems.length} problems`);
  for (const p of out.problems) {
    assertThat(
      typeof p.param === 'string' &&
        typeof p.value === 'string' &&
        p.value.length <= 81 &&
        p.reason.length > 0,
      () => `unreadable problem ${JSON.stringify(p)}`,
    );
  }
  // Parameter names reach `extra` as own keys only.
  assertThat(Object.getPrototypeOf(out.query.extra) === Object.prototype, () => 'extra lost its prototype');
  return out;
}

/**
 * Falls back visibly: every value that the codec refuses on its own is named (by its parameter) in the
 * problems of the whole URL, unless the list of problems was itself cut short (`…`). And what was parsed
 * is a fixed point: serialize → parse gives it back with no problem.
 */
function checkFallback(params: URLSearchParams): void {
  const { query, problems } = parseChecked(params);
  const named = new Set(problems.map((p) => p.param));
  const cut = problems.at(-1)?.param === '…';
  if (!cut) {
    for (const [name, value] of params) {
      if (named.has(clip(name, 60))) continue;
      const alone = parseSearchParams(new URLSearchParams([[name, value]]));
      assertThat(
        alone.problems.length === 0,
        () => `'${name}=${value}' was dropped silently (alone: ${JSON.stringify(alone.problems)})`,
      );
    }
  }
  const once = serializeQuery(query);
  const again = parseSearchParams(new URLSearchParams(once.toString()));
  assertEqual(again.problems, [], 'problems of the re-parsed query');
  assertEqual(again.query, query, 'the re-parsed query');
  assertThat(serializeQuery(again.query).toString() === once.toString(), () => 'serialization is not stable');
}

describe('fuzz: URL state (fast-check, fixed seeds)', () => {
  it(
    `valid queries round-trip unchanged (${URL_FUZZ.roundTrip.numRuns} runs)`,
    () => {
      fc.assert(
        fc.property(validQueryArb, (query) => {
          assertThat(logQuerySchema.safeParse(query).success, () => 'the generator made an invalid query');
          const params = serializeQuery(query);
          const direct = parseSearchParams(params);
          assertEqual(direct.problems, [], 'problems');
          assertEqual(direct.query, query, 'the parsed query');
          // Through the text a user pastes in a whole URL.
          const text = params.toString();
          const viaUrl = parseSearchParams(new URL(`https://switchboard.test/logs?${text}`).searchParams);
          assertEqual(viaUrl.problems, [], 'problems via the URL');
          assertEqual(viaUrl.query, query, 'the query via the URL');
          assertThat(serializeQuery(viaUrl.query).toString() === text, () => 'serialization is not stable');
        }),
        URL_FUZZ.roundTrip,
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    `arbitrary search strings never throw and fall back visibly (${URL_FUZZ.rawSearch.numRuns} runs)`,
    () => {
      fc.assert(
        fc.property(rawSearch, (search) => {
          checkFallback(new URLSearchParams(search));
        }),
        URL_FUZZ.rawSearch,
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    `hostile parameter lists never throw and fall back visibly (${URL_FUZZ.hostileParams.numRuns} runs)`,
    () => {
      fc.assert(
        fc.property(hostileParams, (pairs) => {
          const params = new URLSearchParams();
          for (const [name, value] of pairs) params.append(name, value);
          checkFallback(params);
          // The same pairs as text (lone surrogates become U+FFFD there) hold as well.
          checkFallback(new URLSearchParams(params.toString()));
        }),
        URL_FUZZ.hostileParams,
      );
    },
    FUZZ_TIMEOUT,
  );

  // Found by this fuzzer (seed 0x5b0a0003): an empty `cols` beside a valid one was dropped silently.
  it.each(['cols=A&cols=', 'cols=,,', 'cols=A&cols=%20,%20'])('reports the empty cols value of %s', (qs) => {
    const { problems } = parseSearchParams(new URLSearchParams(qs));
    expect(problems.map((p) => [p.param, p.reason])).toEqual([['cols', 'empty value']]);
  });

  it('leaves Object.prototype untouched', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    parseSearchParams(new URLSearchParams('x.__proto__=1&__proto__=2&x.constructor=3&x.prototype=4'));
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
