import { z } from 'zod';
import calls from '../test/providers/fixtures/timepay/call-logs.json' with { type: 'json' };
function t(name: string, n: number, f: (i: number) => unknown) { for (let i=0;i<20000;i++) f(i); const t0=performance.now(); for (let i=0;i<n;i++) f(i); console.log(name, ((performance.now()-t0)/n*1000).toFixed(3), 'us'); }
const c = calls.data[0]!;
const keys = Object.keys(c).filter(k => k !== 'extracted_data' && k !== 'duration');
const mk = (f: () => z.ZodType) => Object.fromEntries(keys.map(k => [k, f()]));
const a = z.object({ ...mk(() => z.string().nullish()), duration: z.number().nullish() });
const txt = z.custom<string | null | undefined>((v) => v === undefined || v === null || typeof v === 'string', 'expected text');
const b = z.object({ ...mk(() => txt), duration: z.number().nullish() });
const c2 = z.object({ ...mk(() => z.string().nullable().optional()), duration: z.number().nullish() });
t('nullish', 300000, () => a.safeParse(c));
t('custom', 300000, () => b.safeParse(c));
t('nullable.optional', 300000, () => c2.safeParse(c));
console.log(b.safeParse({...c, name: 5}).error?.issues[0]);
