import { normalizeRecord } from '../src/providers/timepay/normalize.ts';
import { timepayAdapter } from '../src/providers/timepay/index.ts';
import calls from '../test/providers/fixtures/timepay/call-logs.json' with { type: 'json' };
import wa from '../test/providers/fixtures/timepay/whatsapp-logs.json' with { type: 'json' };
import mixed from '../test/providers/fixtures/timepay/mixed-types.json' with { type: 'json' };
const source = { id: 'b', provider: 'timepay' as const, label: 'b', timeZone: 'Asia/Kolkata', defaultCountry: 'IN', sandbox: true };
function t(name: string, n: number, f: (i: number) => void) { for (let i=0;i<20000;i++) f(i); const t0=performance.now(); for (let i=0;i<n;i++) f(i); console.log(name, ((performance.now()-t0)/n*1000).toFixed(2), 'us'); }
t('call', 200000, () => normalizeRecord(calls.data[0], 0, source));
t('wa', 200000, () => normalizeRecord(wa.data[0], 0, source));
t('mixed wa', 200000, () => normalizeRecord(mixed.data[0], 0, source));
t('mixed call', 200000, () => normalizeRecord(mixed.data[1], 0, source));
t('page call', 20000, () => timepayAdapter.parseList(calls, source));
