import { normalizeRecord } from '../src/providers/timepay/normalize.ts';
import mixed from '../test/providers/fixtures/timepay/mixed-types.json' with { type: 'json' };
const source = { id: 'b', provider: 'timepay' as const, label: 'b', timeZone: 'Asia/Kolkata', defaultCountry: 'IN', sandbox: true };
for (let i=0;i<400000;i++) normalizeRecord(mixed.data[0], 0, source);
