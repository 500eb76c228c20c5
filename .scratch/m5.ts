const b: Record<string, unknown> = {};
for (const k of 'sourceId provider id direction businessNumber customer campaign agent status statusRaw outcome outcomeRaw disposition startedAt endedAt durationSec recordings transcript summary extracted raw'.split(' ')) b[k] = k;
function mk(i: number) { return { sourceId: 'a', provider: 'timepay', id: String(i), direction: 'x', businessNumber: null, customer: {}, campaign: {}, agent: {}, status: 's', statusRaw: null, outcome: 'u', outcomeRaw: null, disposition: {}, startedAt: 1, endedAt: null, durationSec: 1, recordings: [], transcript: null, summary: null, extracted: null, raw: {} }; }
function t(name: string, n: number, f: (i: number) => unknown) { for (let i=0;i<20000;i++) f(i); const t0=performance.now(); for (let i=0;i<n;i++) f(i); console.log(name, ((performance.now()-t0)/n*1000).toFixed(3), 'us'); }
t('spread', 500000, (i) => { const x = mk(i); return { ...x, channel: 'whatsapp', outcome: 'read', outcomeRaw: 'Read', durationSec: null, wamid: 'w', templateName: null, conversation: [], deliveryErrors: [] }; });
t('assign', 500000, (i) => { const x = mk(i) as Record<string, unknown>; x.channel = 'whatsapp'; x.outcome='read'; x.wamid='w'; x.templateName=null; x.conversation=[]; x.deliveryErrors=[]; return x; });
t('spread-nodup-after', 500000, (i) => { const x = mk(i); return { ...x, channel: 'whatsapp', wamid: 'w', templateName: null, conversation: [], deliveryErrors: [] }; });
t('spread-nodup-before', 500000, (i) => { const x = mk(i); return { channel: 'whatsapp', ...x }; });
t('objassign', 500000, (i) => { const x = mk(i); return Object.assign(x, { channel: 'whatsapp', wamid: 'w', templateName: null, conversation: [], deliveryErrors: [] }); });
