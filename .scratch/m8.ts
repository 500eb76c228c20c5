import { callRecordSchema, whatsappRecordSchema, listEnvelopeSchema } from '../src/providers/timepay/schemas.ts';
import { normalizeRecord } from '../src/providers/timepay/normalize.ts';
import calls from '../test/providers/fixtures/timepay/call-logs.json' with { type: 'json' };
import wa from '../test/providers/fixtures/timepay/whatsapp-logs.json' with { type: 'json' };
import mixed from '../test/providers/fixtures/timepay/mixed-types.json' with { type: 'json' };
const source = { id: 'b', provider: 'timepay' as const, label: 'b', timeZone: 'Asia/Kolkata', defaultCountry: 'IN', sandbox: true };
const recs = [calls.data[0], wa.data[0], mixed.data[0], mixed.data[1]] as Array<Record<string, unknown>>;
const N = 200000;
const data = Array.from({ length: N }, (_, i) => ({ ...recs[i % 4], to: String(7000000000 + i * 7919 % 2999999999), start_time: '2026-01-' + String(1 + i % 28).padStart(2, '0') + 'T08:' + String(i % 60).padStart(2, '0') + ':36' }));
function t(name: string, f: (r: Record<string, unknown>, i: number) => unknown) { for (let r = 0; r < 2; r++) { const t0 = performance.now(); for (let i = 0; i < N; i++) f(data[i]!, i); const dt = performance.now() - t0; if (r) console.log(name, (dt / N * 1000).toFixed(2), 'us', Math.round(N / dt * 1000), '/s'); } }
t('zod only', (r) => (r.type === 'call' ? callRecordSchema : whatsappRecordSchema).safeParse(r));
t('normalize', (r, i) => normalizeRecord(r, i, source));
