import { toE164 } from '/work/main/src/logs/phone.ts';
import { parseProviderTime } from '/work/main/src/logs/time.ts';
import { callRecordSchema, whatsappRecordSchema } from '/work/main/src/providers/timepay/schemas.ts';
import calls from '/work/main/test/providers/fixtures/timepay/call-logs.json' with { type: 'json' };
import wa from '/work/main/test/providers/fixtures/timepay/whatsapp-logs.json' with { type: 'json' };
function t(name: string, n: number, f: (i: number) => void) { for (let i=0;i<1000;i++) f(i); const t0=performance.now(); for (let i=0;i<n;i++) f(i); console.log(name, ((performance.now()-t0)/n*1000).toFixed(2), 'us'); }
t('phone miss', 20000, (i) => toE164(String(7000000000 + i*7919), 'IN'));
t('phone hit', 100000, (i) => toE164('9999999999', 'IN'));
t('phone e164 hit', 100000, (i) => toE164('+918035450808', 'IN'));
t('time', 100000, (i) => parseProviderTime('2026-01-17T08:33:36', 'Asia/Kolkata'));
const c = calls.data[0]; const w = wa.data[0];
t('zod call', 100000, () => callRecordSchema.safeParse(c));
t('zod wa', 100000, () => whatsappRecordSchema.safeParse(w));
