import { derivedId } from '../src/providers/timepay/record-id.ts';
import { listEnvelopeSchema } from '../src/providers/timepay/schemas.ts';
import mixed from '../test/providers/fixtures/timepay/mixed-types.json' with { type: 'json' };
function t(name: string, n: number, f: (i: number) => unknown) { for (let i=0;i<20000;i++) f(i); const t0=performance.now(); for (let i=0;i<n;i++) f(i); console.log(name, ((performance.now()-t0)/n*1000).toFixed(3), 'us'); }
t('derivedId', 200000, () => derivedId(mixed.data[1] as Record<string, unknown>));
t('envelope', 200000, () => listEnvelopeSchema.safeParse(mixed));
