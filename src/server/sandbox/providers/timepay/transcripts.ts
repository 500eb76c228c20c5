import { hash32, mulberry32 } from '../../prng.ts';
import type { TimepayDataset } from './dataset.ts';
import { DELAY_REASONS, DISPUTE_REASONS, recordContext, rupees, spokenDate, type RecordContext } from './record-context.ts';
import { SCRIPTS, type TextVars, type Turn } from './transcript-lines.ts';

/** The script's words for one record, in its language. */
export function textVars(ctx: RecordContext): TextVars {
  const script = SCRIPTS[ctx.language];
  const reason = DELAY_REASONS[ctx.reason] ?? DELAY_REASONS[0];
  return {
    name: ctx.firstName,
    bot: ctx.bot,
    amount: rupees(ctx.amountDue),
    due: spokenDate(ctx.dueMs, ctx.language),
    overdue: ctx.dpd > 0,
    promise: spokenDate(ctx.promiseMs, ctx.language),
    callback: spokenDate(ctx.callbackMs, ctx.language),
    mode: script.modes[ctx.paymentMode] ?? ctx.paymentMode,
    reason: script.reasons[ctx.reason] ?? reason,
    dispute: script.disputes[ctx.disputeReason] ?? DISPUTE_REASONS[0],
    product: script.products[ctx.campaign.topic],
    loanAmount: rupees(ctx.loanAmount),
    income: rupees(ctx.monthlyIncome),
    city: ctx.city,
    employment: script.employment[ctx.employment] ?? ctx.employment,
    regional: ctx.regionalLanguage,
    lateFee: rupees(ctx.lateFee),
    loanId: ctx.loanId,
    utr: ctx.utr,
    last4: ctx.phone.slice(-4),
    g: (masculine, feminine) => (ctx.female ? feminine : masculine),
  };
}

/** Turns of a transcript of a call with audio, coherent with its disposition; null for calls without one. */
export function buildTranscript(ds: TimepayDataset, i: number): Turn[] | null {
  const ctx = recordContext(ds, i);
  const disposition = ctx.disposition?.value;
  if (disposition === undefined || ctx.durationSec === 0) return null;
  const script = SCRIPTS[ctx.language];
  const v = textVars(ctx);
  const lead = ctx.campaign.kind === 'lead_generation';
  if (disposition === 'voicemail') return script.voicemail(v, lead);
  const opening: Turn[] = ds.inbound[i] === 1 ? script.inbound(v, lead) : [script.greeting(v)];
  const outcome = script.outcome(v, disposition, lead);
  if (disposition === 'wrong_number' || disposition === 'language_barrier') return [...opening, ...outcome];
  if (ds.inbound[i] !== 1) opening.push(script.confirm(v));
  opening.push(script.purpose(v, ctx.campaign.topic));
  const closing = script.closing(v);
  // Longer calls carry more back-and-forth: about one turn per 12 seconds, at most 30.
  const target = Math.min(30, Math.max(6, Math.round(ctx.durationSec / 12)));
  const fillers = script.fillers(v, lead);
  const rng = mulberry32(hash32(ds.recSeed[i] ?? 0, 0x7a));
  const middle: Turn[] = [];
  let next = Math.floor(rng() * fillers.length);
  const skipped = disposition === 'not_interested' ? target : 0;
  while (opening.length + middle.length + outcome.length + closing.length + 2 <= target - skipped) {
    middle.push(...(fillers[next % fillers.length] ?? []));
    next += 1 + Math.floor(rng() * 2);
  }
  return [...opening, ...middle, ...outcome, ...closing];
}
