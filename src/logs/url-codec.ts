import type { z } from 'zod/mini';
import { emptyQuery } from './log-query.ts';
import type { LogQuery, SortSpec } from './log-query.ts';
import {
  channelValue,
  columnId,
  extraName,
  logKeyValue,
  reasonOf,
  sortValue,
  textValue,
  timeValue,
  unappliedValue,
  URL_LIMITS,
} from './url-values.ts';

export { isRelativeTime, resolveQuery, resolveTime } from './time-expr.ts';
export { URL_LIMITS } from './url-values.ts';

/** A URL parameter that was dropped, and why (shown on screen). */
export interface UrlProblem {
  param: string;
  value: string;
  reason: string;
}

type ListKey = 'sources' | 'channels' | 'statuses' | 'dispositions' | 'campaigns' | 'agents';
type SingleKey = 'phone' | 'from' | 'q' | 'since' | 'until' | 'log';

/** URL parameter → query field, in the canonical order `serializeQuery` writes. */
const LIST_PARAMS: ReadonlyArray<[string, ListKey, z.ZodMiniType<string>]> = [
  ['source', 'sources', textValue],
  ['channel', 'channels', channelValue],
  ['status', 'statuses', textValue],
  ['disposition', 'dispositions', textValue],
  ['campaign', 'campaigns', textValue],
  ['agent', 'agents', textValue],
];
const SINGLE_PARAMS: ReadonlyArray<[string, SingleKey, z.ZodMiniType<string>]> = [
  ['phone', 'phone', textValue],
  ['from', 'from', textValue],
  ['q', 'q', textValue],
  ['since', 'since', timeValue],
  ['until', 'until', timeValue],
];
const EXTRA_PREFIX = 'x.';

function clip(s: string, max = 80): string {
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

class Problems {
  readonly list: UrlProblem[] = [];
  private dropped = 0;

  add(param: string, value: string, reason: string): void {
    if (this.list.length < URL_LIMITS.problems)
      this.list.push({ param: clip(param, 60), value: clip(value), reason });
    else this.dropped++;
  }

  done(): UrlProblem[] {
    if (this.dropped > 0)
      this.list.push({ param: '…', value: '', reason: `and ${this.dropped} more problems` });
    return this.list;
  }
}

/** Valid, de-duplicated values of a repeatable parameter, at most `valuesPerParam`. */
function many<T extends string>(
  param: string,
  raw: string[],
  schema: z.ZodMiniType<T>,
  problems: Problems,
): T[] {
  const out: T[] = [];
  let over = 0;
  for (const value of raw) {
    const r = schema.safeParse(value);
    if (!r.success) problems.add(param, value, reasonOf(r.error));
    else if (out.includes(r.data)) continue;
    else if (out.length >= URL_LIMITS.valuesPerParam) over++;
    else out.push(r.data);
  }
  if (over > 0) problems.add(param, '', `more than ${URL_LIMITS.valuesPerParam} values: ${over} dropped`);
  return out;
}

/** The first valid value of a single-valued parameter; later ones are reported. */
function one<T>(param: string, raw: string[], schema: z.ZodMiniType<T>, problems: Problems): T | null {
  let found: T | null = null;
  for (const value of raw) {
    const r = schema.safeParse(value);
    if (!r.success) problems.add(param, value, reasonOf(r.error));
    else if (found === null) found = r.data;
    else if (JSON.stringify(r.data) !== JSON.stringify(found))
      problems.add(param, value, `only one '${clip(param, 40)}' is used; this one was dropped`);
  }
  return found;
}

function columns(raw: string[], problems: Problems): string[] | null {
  const out: string[] = [];
  let over = 0;
  for (const value of raw) {
    if (value.length > URL_LIMITS.colsChars) {
      problems.add('cols', value, `longer than ${URL_LIMITS.colsChars} characters`);
      continue;
    }
    // A value with no column id at all (`cols=`, `cols=,,`) is reported, whatever the other values hold.
    if (value.split(',').every((id) => id.trim() === '')) {
      problems.add('cols', value, 'empty value');
      continue;
    }
    for (const id of value.split(',')) {
      if (id.trim() === '') continue;
      const r = columnId.safeParse(id);
      if (!r.success) problems.add('cols', id, `'${clip(id.trim(), 40)}' ${reasonOf(r.error)}`);
      else if (out.includes(r.data)) continue;
      else if (out.length >= URL_LIMITS.valuesPerParam) over++;
      else out.push(r.data);
    }
  }
  if (over > 0) problems.add('cols', '', `more than ${URL_LIMITS.valuesPerParam} columns: ${over} dropped`);
  return out.length > 0 ? out : null;
}

/** The query a URL describes, and every parameter it had to drop. Never throws. */
export function parseSearchParams(params: URLSearchParams): { query: LogQuery; problems: UrlProblem[] } {
  const problems = new Problems();
  const byName = new Map<string, string[]>();
  for (const [name, value] of params) {
    const values = byName.get(name);
    if (values) values.push(value);
    else byName.set(name, [value]);
  }
  const take = (name: string): string[] => {
    const values = byName.get(name) ?? [];
    byName.delete(name);
    return values;
  };

  const query: LogQuery = { ...emptyQuery, extra: {} };
  for (const [param, key, schema] of LIST_PARAMS) {
    const values = many(param, take(param), schema, problems);
    // Channel values come out of the enum schema, so this assignment is sound.
    (query[key] as string[]) = values;
  }
  if (query.sources.includes('all')) query.sources = ['all'];
  for (const [param, key, schema] of SINGLE_PARAMS) query[key] = one(param, take(param), schema, problems);
  query.sort = one<SortSpec>('sort', take('sort'), sortValue, problems);
  query.columns = columns(take('cols'), problems);
  query.log = one('log', take('log'), logKeyValue, problems);
  if (one('unapplied', take('unapplied'), unappliedValue, problems) === 'include')
    query.unapplied = 'include';

  const extra: Array<[string, string[]]> = [];
  const extraNames = [...byName.keys()].filter((n) => n.startsWith(EXTRA_PREFIX)).sort();
  for (const name of extraNames) {
    const raw = take(name);
    const filter = name.slice(EXTRA_PREFIX.length);
    const nameCheck = extraName.safeParse(filter);
    if (!nameCheck.success) {
      problems.add(name, raw[0] ?? '', `'${clip(name, 40)}' ${reasonOf(nameCheck.error)}`);
      continue;
    }
    if (extra.length >= URL_LIMITS.extraParams) {
      problems.add(name, raw[0] ?? '', `more than ${URL_LIMITS.extraParams} provider filters`);
      continue;
    }
    const values = many(name, raw, textValue, problems);
    if (values.length > 0) extra.push([filter, values]);
  }
  // fromEntries defines own properties: no name can reach a prototype.
  query.extra = Object.fromEntries(extra);
  for (const [name, raw] of byName) problems.add(name, raw[0] ?? '', `unknown parameter '${clip(name, 40)}'`);
  return { query, problems: problems.done() };
}

/** The URL parameters of a query, in canonical order (so equal queries give equal URLs). */
export function serializeQuery(query: LogQuery): URLSearchParams {
  const out = new URLSearchParams();
  for (const [param, key] of LIST_PARAMS) {
    const values: readonly string[] =
      key === 'sources' && query.sources.includes('all') ? ['all'] : query[key];
    for (const v of values) out.append(param, v);
  }
  for (const [param, key] of SINGLE_PARAMS) {
    const v = query[key];
    if (v !== null) out.append(param, v);
  }
  if (query.sort) out.append('sort', `${query.sort.desc ? '-' : ''}${query.sort.field}`);
  if (query.columns && query.columns.length > 0) out.append('cols', query.columns.join(','));
  if (query.log !== null) out.append('log', query.log);
  if (query.unapplied === 'include') out.append('unapplied', 'include');
  for (const name of Object.keys(query.extra).sort()) {
    for (const v of query.extra[name] ?? []) out.append(`${EXTRA_PREFIX}${name}`, v);
  }
  return out;
}
