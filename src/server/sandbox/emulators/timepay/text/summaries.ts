import { formatIst, formatIstDate } from '../../../ist-time.ts';
import { DELAY_REASONS, DISPUTE_REASONS, rupees, spokenDate, type RecordContext } from './record-context.ts';

const PRODUCTS: Record<string, string> = {
  personal_loan: 'personal loan',
  credit_card: 'pre-approved credit card',
  gold_loan: 'gold loan top-up',
  two_wheeler: 'two-wheeler loan',
  emi: 'EMI',
  kyc: 'KYC update',
};

export function productName(ctx: RecordContext): string {
  return PRODUCTS[ctx.campaign.topic] ?? 'loan';
}

/** The AI call summary, in English as timepay writes it, with ₹ amounts. */
export function callSummary(ctx: RecordContext): string {
  const amount = rupees(ctx.amountDue);
  const due = spokenDate(ctx.dueMs, 'en');
  const promise = spokenDate(ctx.promiseMs, 'en');
  const callback = spokenDate(ctx.callbackMs, 'en');
  const lead = ctx.campaign.kind === 'lead_generation';
  switch (ctx.disposition?.value) {
    case 'promise_to_pay':
      return `Customer acknowledged the pending EMI of ${amount} due on ${due} and promised to pay the full amount by ${promise} via ${ctx.paymentMode}. Reason for delay: ${DELAY_REASONS[ctx.reason]}.`;
    case 'payment_done':
      return `Customer paid the EMI of ${amount} via ${ctx.paymentMode} during the call; payment confirmation will be shared on WhatsApp.`;
    case 'already_paid':
      return `Customer stated the EMI of ${amount} was already paid via ${ctx.paymentMode} (reference ${ctx.utr}). Flagged for reconciliation.`;
    case 'interested':
      return `Customer is interested in a ${productName(ctx)} of ${rupees(ctx.loanAmount)}; ${ctx.employment}, monthly income ${rupees(ctx.monthlyIncome)}, based in ${ctx.city}. Lead handed over to the sales team.`;
    case 'call_back_later':
      return lead
        ? `Customer was busy and asked for a call back on ${callback} around 6 PM to discuss the ${productName(ctx)} offer.`
        : `Customer was busy and asked for a call back on ${callback} around 6 PM regarding the EMI of ${amount}.`;
    case 'dispute':
      return `Customer disputes the outstanding amount of ${amount}: "${DISPUTE_REASONS[ctx.disputeReason]}". Escalated to the disputes team.`;
    case 'not_interested':
      return lead
        ? `Customer is not interested in the ${productName(ctx)} offer at this time and asked not to be called again.`
        : `Customer refused to discuss the pending EMI of ${amount} and disconnected the call.`;
    case 'wrong_number':
      return `The person who answered said they are not ${ctx.customerName}; number marked as wrong.`;
    case 'language_barrier':
      return `Customer could not converse in Hindi or English and asked for ${ctx.regionalLanguage}; a callback by a ${ctx.regionalLanguage}-speaking agent is needed.`;
    case 'voicemail':
      return lead
        ? `Call went to voicemail; left a message about the ${productName(ctx)} offer.`
        : `Call went to voicemail; left a reminder about the EMI of ${amount} due on ${due}.`;
    case 'no_answer':
      return 'Call was not answered by the customer.';
    case 'busy':
      return "Customer's line was busy.";
    case 'switched_off':
      return "Customer's phone was switched off or not reachable.";
    default:
      return 'Call could not be connected due to a telephony error.';
  }
}

/** What the AI agent extracted; realistic keys for connected calls, `{}` otherwise. */
export function extractedData(ctx: RecordContext): Record<string, unknown> {
  switch (ctx.disposition?.value) {
    case 'promise_to_pay':
      return {
        promised_amount: ctx.amountDue,
        promise_date: formatIstDate(ctx.promiseMs),
        payment_mode: ctx.paymentMode,
        reason: DELAY_REASONS[ctx.reason],
      };
    case 'payment_done':
      return { paid_amount: ctx.amountDue, payment_mode: ctx.paymentMode, payment_link_sent: true };
    case 'already_paid':
      return { paid_amount: ctx.amountDue, payment_reference: ctx.utr, payment_mode: ctx.paymentMode };
    case 'interested':
      return {
        loan_amount_required: ctx.loanAmount,
        monthly_income: ctx.monthlyIncome,
        city: ctx.city,
        employment_type: ctx.employment,
        interested: true,
      };
    case 'call_back_later':
      return { callback_time: `${formatIst(ctx.callbackMs).slice(0, 10)}T18:00:00`, reason: 'busy' };
    case 'dispute':
      return { disputed_amount: ctx.amountDue, reason: DISPUTE_REASONS[ctx.disputeReason] };
    case 'not_interested':
      return {
        reason: ctx.campaign.kind === 'lead_generation' ? 'not looking for credit' : 'refused to engage',
      };
    case 'wrong_number':
      return { correct_person: false };
    case 'language_barrier':
      return { preferred_language: ctx.regionalLanguage };
    default:
      return {};
  }
}
