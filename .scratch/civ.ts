import { parseProviderTime } from '../src/logs/time.ts';
let bad = 0;
for (let ms = Date.UTC(1000, 0, 1); ms < Date.UTC(9999, 0, 1); ms += 86_400_000 * 13 + 3_601_000) {
  const iso = new Date(ms).toISOString().slice(0, 19);
  if (parseProviderTime(iso, 'UTC') !== ms) bad++;
}
console.log('bad', bad);
