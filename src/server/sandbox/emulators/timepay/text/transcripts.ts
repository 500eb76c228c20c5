import { hash32, mulberry32 } from '../../../prng.ts';
import type { TimepayDataset } from '../data/dataset.ts';
import {
  DELAY_REASONS,
  DISPUTE_REASONS,
  recordContext,
  rupees,
  spokenDate,
  type RecordContext,
} from './record-context.ts';
import { type TextVars, type Turn } from './script.ts';
import { SCRIPTS } from './scripts.ts';

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
  // Longer calls carry more back-and-forth (about one turn per 12 s), each side question asked once at most.
  const target = Math.min(30, Math.max(6, Math.round(ctx.durationSec / 12)));
  const rng = mulberry32(hash32(ds.recSeed[i] ?? 0, 0x7a));
  const fillers = shuffled(script.fillers(v, lead), rng);
  const middle: Turn[] = [];
  const room =
    disposition === 'not_interested' ? 0 : target - opening.length - outcome.length - closing.length;
  for (const pair of fillers) {
    if (middle.length + pair.length > room) break;
    middle.push(...pair);
  }
  return [...opening, ...middle, ...outcome, ...closing];
}

/** Fisher–Yates with the record's own random source; customer questions first, so the talk flows on from the bot's opener. */
function shuffled(pairs: Turn[][], rng: () => number): Turn[][] {
  const out = [...pairs];
  for (let k = out.length - 1; k > 0; k--) {
    const j = Math.floor(rng() * (k + 1));
    [out[k], out[j]] = [out[j] as Turn[], out[k] as Turn[]];
  }
  return out.sort((a, b) => (a[0]?.[0] === 'HUMAN' ? 0 : 1) - (b[0]?.[0] === 'HUMAN' ? 0 : 1));
}
