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

/** A trimmed, non-empty, bounded, printable string: every URL value starts here. */
export const textValue = z.string().check(
  z.trim(),
  z.minLength(1, 'empty value'),
  z.maxLength(URL_LIMITS.valueChars, `longer than ${URL_LIMITS.valueChars} characters`),
  z.refine((v) => !CONTROL.test(v), 'contains control characters'),
);

export const channelValue = z.pipe(
  textValue.check(z.toLowerCase()),
  z.enum(['call', 'whatsapp', 'sms'], {
    error: (issue) => `'${String(issue.input)}' is not a channel (call, whatsapp, sms)`,
  }),
);

export const timeValue = z.pipe(textValue, z.transform(repairPlus)).check(
  z.superRefine((v, ctx) => {
    const problem = timeExprProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
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
export const columnId = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, 'empty column id'),
    z.regex(COLUMN, 'is not a column id (letters, digits, _ . -)'),
  );

export const logKeyValue = textValue.check(
  z.refine((v) => /^[^:]+:./.test(v), {
    error: (issue) => `'${String(issue.input)}' is not a log key (source:id)`,
  }),
);

const EXTRA_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}$/;
export const extraName = z.string().check(
  z.regex(EXTRA_NAME, 'needs a filter name of letters, digits, _ . - (x.<name>)'),
  // `__proto__` and friends would reach Object.prototype through `extra[name]`.
  z.refine((name) => !name.startsWith('__'), 'is a reserved name'),
);

/** The first issue's message, as a reason a person can read. */
export function reasonOf(error: z.core.$ZodError): string {
  return error.issues[0]?.message ?? 'invalid value';
}
