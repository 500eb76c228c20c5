// What the provider fuzz tests share: each provider's adapter, a configured source, the documented records
// of its fixtures, its page envelope, and a mutator that turns a record into hostile JSON text.
import fc from 'fast-check';
import type { InvalidRecord, LogEntry } from '../../src/logs/log-entry.ts';
import { logEntrySchema } from '../../src/logs/log-entry.ts';
import type { SourceInfo } from '../../src/logs/source.ts';
import type { ListPage, ProviderAdapter } from '../../src/providers/adapter.ts';
import { convosoAdapter } from '../../src/providers/convoso/index.ts';
import { salesfinityAdapter } from '../../src/providers/salesfinity/index.ts';
import { timepayAdapter } from '../../src/providers/timepay/index.ts';
import { unpodAdapter } from '../../src/providers/unpod/index.ts';
import { configuredSource } from '../providers/adapter-kit.ts';
import convosoLogs from '../providers/fixtures/convoso/log-retrieve.json' with { type: 'json' };
import salesfinityLogs from '../providers/fixtures/salesfinity/call-log.json' with { type: 'json' };
import timepayCalls from '../providers/fixtures/timepay/call-logs.json' with { type: 'json' };
import timepayMixed from '../providers/fixtures/timepay/mixed-types.json' with { type: 'json' };
import timepayWhatsapp from '../providers/fixtures/timepay/whatsapp-logs.json' with { type: 'json' };
import unpodLogs from '../providers/fixtures/unpod/call-logs.json' with { type: 'json' };
import unpodOlder from '../providers/fixtures/unpod/call-logs-older-doc.json' with { type: 'json' };

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface FuzzedProvider {
  name: SourceInfo['provider'];
  adapter: ProviderAdapter;
  source: SourceInfo;
  /** The documented records, as JSON values. */
  records: readonly Json[];
  /** A valid page body around records given as JSON text (so the page is one JSON.parse, as from fetch). */
  envelope(recordTexts: readonly string[]): string;
}

const timepaySms: Json = {
  ...(timepayCalls.data[0] as Record<string, Json>),
  type: 'sms',
  call_id: null,
  message_id: 'sms-1',
  content: 'Your EMI of ₹12,500 is due',
};

export const PROVIDERS: readonly FuzzedProvider[] = [
  {
    name: 'timepay',
    adapter: timepayAdapter,
    source: configuredSource('timepay', {
      id: 'collections',
      label: 'Collections',
      timeZone: 'Asia/Kolkata',
      defaultCountry: 'IN',
    }),
    records: [...timepayCalls.data, ...timepayWhatsapp.data, ...timepayMixed.data, timepaySms] as Json[],
    envelope: (records) =>
      `{"success":true,"data":[${records.join(',')}],"pagination":{"page":1,"per_page":10,"total":2450,"total_pages":245,"has_next":true,"has_prev":false}}`,
  },
  {
    name: 'salesfinity',
    adapter: salesfinityAdapter,
    source: configuredSource('salesfinity', {
      id: 'sales',
      label: 'Sales',
      timeZone: 'UTC',
      defaultCountry: 'US',
    }),
    records: salesfinityLogs.data as Json[],
    envelope: (records) =>
      `{"data":[${records.join(',')}],"pagination":{"total":1342,"page":1,"limit":50,"pages":27}}`,
  },
  {
    name: 'unpod',
    adapter: unpodAdapter,
    source: configuredSource('unpod', { id: 'voice', label: 'Voice', timeZone: 'UTC', defaultCountry: 'IN' }),
    records: [...unpodLogs.data, ...unpodOlder.data] as Json[],
    envelope: (records) =>
      `{"count":150,"status_code":200,"message":"Call logs fetched successfully","data":[${records.join(',')}]}`,
  },
  {
    name: 'convoso',
    adapter: convosoAdapter,
    source: configuredSource('convoso', {
      id: 'callcenter',
      label: 'Call center',
      timeZone: 'America/Los_Angeles',
      defaultCountry: 'US',
    }),
    records: convosoLogs.data.results as Json[],
    envelope: (records) =>
      `{"success":true,"data":{"offset":0,"limit":500,"total_found":"546","entries":${records.length},"results":[${records.join(',')}]}}`,
  },
];

// ---------------------------------------------------------------------------------------------------
// Hostile values

export const MB = 1 << 20;
/** Placeholders replaced in the JSON text: JSON.stringify cannot write these values, JSON.parse reads them. */
const TOKENS = {
  '\u0001inf': '1e999', // Infinity
  '\u0001-inf': '-1e999',
  '\u0001deepArray': `${'['.repeat(2_000)}${']'.repeat(2_000)}`,
  '\u0001deepObject': `${'{"a":'.repeat(2_000)}null${'}'.repeat(2_000)}`,
  '\u0001bigString': JSON.stringify('x'.repeat(MB)),
  '\u0001bigDigits': JSON.stringify('9'.repeat(MB)),
  '\u0001bigSpaces': JSON.stringify(`${' '.repeat(MB)}1`),
  '\u0001bigUrl': JSON.stringify(`https://example.test/${'a'.repeat(MB)}`),
  '\u0001bigNumber': '9'.repeat(400), // a 400-digit number literal: Infinity
} as const;
type Token = keyof typeof TOKENS;
const TOKEN_TEXT = new Map(Object.entries(TOKENS).map(([k, v]) => [JSON.stringify(k), v]));
const TOKEN_RE = /"\\u0001[A-Za-z-]+"/g;

const SCALARS: Json[] = [
  null,
  '',
  ' ',
  '\t\n',
  0,
  -0,
  -1,
  1.5,
  1e21,
  1e308,
  -1e308,
  5e-324,
  2 ** 53 + 2,
  -(2 ** 31),
  true,
  false,
  '0',
  '-1',
  '1e999',
  'NaN',
  'Infinity',
  '0x1F',
  '  12  ',
  '12abc',
  'null',
  'undefined',
  'true',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  '//evil.test/x.mp3',
  '\u0000',
  '\u202eevil',
  '\uD800',
  '\uDFFF\uD800',
  '\uFEFF',
  'नमस्ते',
  '९८७६५४३२१०',
  'مرحبا',
  '🙂'.repeat(50),
  '+',
  '+0000000000000000000000',
  '+91 99999 99999',
  '(415) 555-0100 ext. 99',
  '2026-02-30T00:00:00',
  '2026-01-17T25:61:61',
  '2026-01-17T08:33:36+99:99',
  '0000-01-01 00:00:00',
  '9999-12-31T23:59:59',
  '+275760-09-13T00:00:00Z',
  '1970-01-01T00:00:00Z',
  '2026-01-17',
  '17/01/2026 08:33',
  '99999999999:99:99',
  '1:2:3:4',
  '-1:00',
  '00:60',
  'INBOUND',
  'inbound',
  'outbound',
  'call',
  'whatsapp',
  'sms',
  'email',
  'completed',
  'HU',
  'a'.repeat(10_000),
];

const TOKEN_VALUES = Object.keys(TOKENS) as Token[];
/** The 1 MB tokens: rare (about one record in 150), or the 10,000 records would take minutes. */
const BIG_TOKENS = TOKEN_VALUES.filter((t) => t.startsWith('\u0001big') && t !== '\u0001bigNumber');
const SMALL_TOKENS = TOKEN_VALUES.filter((t) => !BIG_TOKENS.includes(t));

const KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'polluted',
  '',
  'type',
  'data',
  'id',
  '_id',
  'raw',
  'kind',
  'channel',
  'recording',
  'conversation',
  'errors',
  'a'.repeat(1_000),
];

/** `{ "__proto__": { "polluted": … } }` and the like: would pollute Object.prototype through a merge. */
const POLLUTERS: Json[] = [
  JSON.parse('{"__proto__":{"polluted":"yes","toString":"x"}}') as Json,
  JSON.parse('{"constructor":{"prototype":{"polluted":"yes"}}}') as Json,
  JSON.parse('{"prototype":{"polluted":"yes"},"__proto__":null}') as Json,
  JSON.parse('[{"__proto__":{"polluted":"yes"}}]') as Json,
];

const scalar = fc.constantFrom(...SCALARS);
/** The 1 MB strings and 2,000-deep nestings, each as likely as the others. */
export const bigValue: fc.Arbitrary<Json> = fc.constantFrom(
  ...BIG_TOKENS,
  '\u0001deepArray',
  '\u0001deepObject',
);

const garbage: fc.Arbitrary<Json> = fc.letrec<{ node: Json }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('node'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom(...KEYS, 'x', 'y'), tie('node'), { maxKeys: 3 }),
  ),
})).node;

/** A value to put somewhere in a record: wrong types, empty, huge, hostile, nested, polluting. */
export const hostileValue: fc.Arbitrary<Json> = fc.oneof(
  { weight: 120, arbitrary: scalar },
  { weight: 20, arbitrary: fc.constantFrom(...SMALL_TOKENS) },
  { weight: 1, arbitrary: fc.constantFrom(...BIG_TOKENS) },
  { weight: 30, arbitrary: garbage },
  { weight: 20, arbitrary: fc.constantFrom(...POLLUTERS) },
  { weight: 20, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 20, arbitrary: fc.double() as fc.Arbitrary<Json> },
  { weight: 10, arbitrary: fc.constantFrom<Json>([], {}, [null], [[]], [{}], { '': '' }) },
);

type Mutation =
  | { op: 'drop'; at: number }
  | { op: 'set'; at: number; value: Json }
  | { op: 'add'; at: number; key: string; value: Json }
  | { op: 'wrap'; at: number; inArray: boolean };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ op: fc.constant('drop' as const), at: fc.nat() }) },
  { weight: 6, arbitrary: fc.record({ op: fc.constant('set' as const), at: fc.nat(), value: hostileValue }) },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('add' as const),
      at: fc.nat(),
      key: fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 8 })),
      value: hostileValue,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant('wrap' as const), at: fc.nat(), inArray: fc.boolean() }),
  },
);

type Container = Json[] | { [key: string]: Json };
interface Slot {
  parent: Container;
  key: string | number;
}

/** Every place in a JSON value that holds a value, parents first. */
function slots(root: Json, out: Slot[] = []): Slot[] {
  if (root === null || typeof root !== 'object') return out;
  if (Array.isArray(root)) {
    root.forEach((v, i) => {
      out.push({ parent: root, key: i });
      slots(v, out);
    });
  } else {
    for (const key of Object.keys(root)) {
      out.push({ parent: root, key });
      slots(root[key] ?? null, out);
    }
  }
  return out;
}

function containers(root: Json): Container[] {
  const out: Container[] = [];
  if (root !== null && typeof root === 'object') out.push(root);
  for (const s of slots(root)) {
    const v = Array.isArray(s.parent) ? s.parent[s.key as number] : s.parent[s.key as string];
    if (v !== null && typeof v === 'object' && v !== undefined) out.push(v);
  }
  return out;
}

/** Sets an own property, `__proto__` included (plain assignment would change the prototype). */
function define(obj: Container, key: string | number, value: Json): void {
  // A copy: generated values are shared (constants), and must not end up inside themselves. JSON.parse
  // keeps `__proto__` keys as own properties.
  const copy = JSON.parse(JSON.stringify(value) ?? 'null') as Json;
  Object.defineProperty(obj, key, { value: copy, enumerable: true, writable: true, configurable: true });
}

function apply(record: Json, m: Mutation): Json {
  if (m.op === 'add') {
    const targets = containers(record).filter((c) => !Array.isArray(c));
    const target = targets[m.at % Math.max(targets.length, 1)];
    if (target) define(target, m.key, m.value);
    return record;
  }
  const all = slots(record);
  if (all.length === 0)
    return m.op === 'set' ? (JSON.parse(JSON.stringify(m.value) ?? 'null') as Json) : record;
  const slot = all[m.at % all.length];
  if (!slot) return record;
  const { parent, key } = slot;
  if (m.op === 'drop') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key as string];
  } else if (m.op === 'set') {
    define(parent, key, m.value);
  } else {
    const current = (Array.isArray(parent) ? parent[key as number] : parent[key as string]) ?? null;
    define(parent, key, m.inArray ? [current] : { value: current });
  }
  return record;
}

/** JSON text of a value, its tokens written as the literals they stand for (1e999, 2,000-deep nesting …). */
export function jsonText(value: Json): string {
  return JSON.stringify(value).replace(TOKEN_RE, (t) => TOKEN_TEXT.get(t) ?? t);
}

/** JSON text of `record` after the mutations. */
export function mutatedText(record: Json, mutations: readonly Mutation[]): string {
  let r = structuredClone(record);
  for (const m of mutations) r = apply(r, m);
  return jsonText(r);
}

/** A mutated record of `provider`: one of its documented records with 1 to 4 mutations. */
export function mutatedRecord(provider: FuzzedProvider): fc.Arbitrary<string> {
  return fc
    .tuple(fc.nat({ max: provider.records.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }))
    .map(([i, ms]) => mutatedText(provider.records[i] ?? null, ms));
}

// ---------------------------------------------------------------------------------------------------
// Checks (plain code, not `expect`: they run for every record)

/** Why `entry` (at `index` of a page parsed from `raw`) breaks the contract of parseList, or null. */
export function entryProblem(
  entry: LogEntry | InvalidRecord | undefined,
  index: number,
  raw: unknown,
  provider: FuzzedProvider,
): string | null {
  if (entry === undefined) return `no entry for record ${index}`;
  if (entry.raw !== raw) return `entry ${index} does not carry its own record as raw`;
  if ('kind' in entry) {
    if (entry.kind !== 'invalid') return `entry ${index} has kind ${String(entry.kind)}`;
    if (entry.index !== index) return `invalid record ${index} says index ${entry.index}`;
    if (entry.sourceId !== provider.source.id)
      return `invalid record ${index} has sourceId ${entry.sourceId}`;
    if (typeof entry.reason !== 'string' || entry.reason.trim() === '')
      return `invalid record ${index} has no reason`;
    // Shown on screen beside the row: a reason that quotes a 1 MB value is no reason.
    if (entry.reason.length > 1_000)
      return `invalid record ${index} has a ${entry.reason.length}-char reason`;
    return null;
  }
  const r = logEntrySchema.safeParse(entry);
  if (!r.success) return `entry ${index} is not a LogEntry: ${JSON.stringify(r.error.issues.slice(0, 3))}`;
  if (entry.sourceId !== provider.source.id || entry.provider !== provider.name)
    return `entry ${index} names ${entry.sourceId}/${entry.provider}`;
  if (entry.id.length === 0) return `entry ${index} has an empty id`;
  // A recording the player loads is an http(s) URL or a proxy path, never javascript: or data:.
  for (const r of entry.recordings) {
    if (r.kind === 'url' && !/^https?:\/\//i.test(r.url))
      return `entry ${index} has recording ${r.url.slice(0, 60)}`;
  }
  return null;
}

/** Why `page` is not a page the table can use, or null. */
export function pageProblem(page: ListPage): string | null {
  if (!Array.isArray(page.entries)) return 'entries is not an array';
  if (!Number.isSafeInteger(page.page) || page.page < 1) return `page ${page.page}`;
  if (!Number.isSafeInteger(page.pageSize) || page.pageSize < 1) return `pageSize ${page.pageSize}`;
  if (!Number.isSafeInteger(page.total) || page.total < 0) return `total ${page.total}`;
  if (typeof page.hasNext !== 'boolean') return `hasNext ${String(page.hasNext)}`;
  return null;
}

/** Own property names of the built-in prototypes a polluted merge would reach. */
export function prototypeSnapshot(): string {
  const names = (o: object) =>
    Object.getOwnPropertyNames(o).concat(Object.getOwnPropertySymbols(o).map(String)).sort().join(',');
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype].map(names).join('|');
}

/** Whether anything reads as polluted from a fresh object. */
export function polluted(): boolean {
  const probe = {} as Record<string, unknown>;
  return probe['polluted'] !== undefined || Object.prototype.toString.call(probe) !== '[object Object]';
}
