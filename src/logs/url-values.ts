import { z } from './zod-mini.ts';
import type { SortSpec } from './log-query.ts';
import { repairPlus, timeExprProblem } from './time-expr.ts';

/** Limits on what a URL may carry: past them a value is dropped and reported, never trusted. */
export const URL_LIMITS = {
  valueChars: 200,
  valuesPerParam: 50,
  colsChars: 2_000,
  extraParams: 50,
  problems: 50,
} as const;

// C0/C1 control characters: never meaningful in a filter, often a sign of a hostile URL.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

// Every rule below is a refinement (or a trim/lowercase): one kind of check, so the browser ships no
// length or regex checks besides.

/** Characters as a person counts them: code points, not UTF-16 units. */
function chars(v: string): number {
  return v.length <= URL_LIMITS.valueChars ? v.length : [...v].length;
}

/** A trimmed, non-empty, bounded, printable string: every URL value starts here. */
export const textValue = z.string().check(
  z.trim(),
  z.refine((v) => v.length > 0, 'empty value'),
  z.refine((v) => chars(v) <= URL_LIMITS.valueChars, `longer than ${URL_LIMITS.valueChars} characters`),
  z.refine((v) => !CONTROL.test(v), 'contains control characters'),
);

export const channelValue = z.pipe(
  textValue.check(z.toLowerCase()),
  z.enum(['call', 'whatsapp', 'sms'], {
    error: (issue) => `'${String(issue.input)}' is not a channel (call, whatsapp, sms)`,
  }),
);

/** `unapplied=include`: the one value the parameter knows. */
export const unappliedValue = z.pipe(
  textValue.check(z.toLowerCase()),
  z.enum(['include'], {
    error: (issue) => `'${String(issue.input)}' is not a choice here (only 'include')`,
  }),
);

export const timeValue = z.pipe(
  textValue,
  z.transform((raw: string, ctx) => {
    const v = repairPlus(raw);
    const problem = timeExprProblem(v);
    if (problem === null) return v;
    ctx.issues.push({ code: 'custom', message: problem, input: v });
    return z.NEVER;
  }),
);

const SORT = /^(-?)([A-Za-z][A-Za-z0-9_.]{0,63})$/;
export const sortValue = z.pipe(
  textValue,
  z.transform((v: string, ctx): SortSpec => {
    const m = SORT.exec(v);
    if (!m?.[2]) {
      ctx.issues.push({
        code: 'custom',
        message: `'${v}' is not a sort (a column id, '-' in front for descending)`,
        input: v,
      });
      return z.NEVER;
    }
    return { field: m[2], desc: m[1] === '-' };
  }),
);

const COLUMN = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;
export const columnId = z.string().check(
  z.trim(),
  z.refine((v) => v.length > 0, 'empty column id'),
  z.refine((v) => COLUMN.test(v), 'is not a column id (letters, digits, _ . -)'),
);

export const logKeyValue = textValue.check(
  z.refine((v) => /^[^:]+:./.test(v), {
    error: (issue) => `'${String(issue.input)}' is not a log key (source:id)`,
  }),
);

const EXTRA_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}$/;
export const extraName = z.string().check(
  z.refine((name) => EXTRA_NAME.test(name), 'needs a filter name of letters, digits, _ . - (x.<name>)'),
  // `__proto__` and friends would reach Object.prototype through `extra[name]`.
  z.refine((name) => !name.startsWith('__'), 'is a reserved name'),
);

/** The first issue's message, as a reason a person can read. */
export function reasonOf(error: z.core.$ZodError): string {
  return error.issues[0]?.message ?? 'invalid value';
}
