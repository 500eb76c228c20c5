import { hash32, mulberry32, pick, randomDigits } from '../../../prng.ts';
import { READ } from '../data/codes.ts';
import type { TimepayDataset } from '../data/dataset.ts';
import { recordContext, rupees, spokenDate, type RecordContext } from './record-context.ts';

export interface ChatLine {
  role: 'assistant' | 'user';
  content: string;
  /** Epoch ms. */
  atMs: number;
}

export interface WhatsappContent {
  templateId: string | null;
  templateName: string | null;
  conversation: ChatLine[];
}

interface Template {
  name: string;
  text(ctx: RecordContext): string;
}

const PAY_LINK = (ctx: RecordContext): string => `https://pay.timepay.ai/l/${ctx.linkCode}`;

function template(ctx: RecordContext): Template {
  const amount = rupees(ctx.amountDue);
  const name = ctx.firstName;
  const topic = ctx.campaign.topic;
  if (ctx.campaign.kind === 'lead_generation') {
    const product = {
      personal_loan: 'personal loan',
      credit_card: 'credit card',
      gold_loan: 'gold loan top-up',
      two_wheeler: 'two-wheeler loan',
      emi: 'loan',
      kyc: 'loan',
    }[topic];
    return ctx.language === 'hi'
      ? {
          name: 'loan_offer_hi_v2',
          text: () =>
            `नमस्ते ${name}!\n\nआप ${rupees(ctx.loanAmount)} तक के ${product} के लिए प्री-अप्रूव्ड हैं।\n\nजानने के लिए YES लिखें।`,
        }
      : {
          name: 'loan_offer_en_v4',
          text: () =>
            `Hi ${name}! 🎉\n\nYou are pre-approved for a ${product} of up to ${rupees(ctx.loanAmount)}.\n\nReply YES to know more.`,
        };
  }
  if (topic === 'kyc') {
    return {
      name: 'kyc_pending_v1',
      text: () =>
        `Dear ${name}, your KYC re-verification for loan ${ctx.loanId} is pending. Please upload your documents: https://kyc.timepay.ai/u/${ctx.linkCode}`,
    };
  }
  if (ctx.language === 'hi') {
    return ctx.dpd > 0
      ? {
          name: 'emi_overdue_hi_v3',
          text: () =>
            `नमस्ते ${name}\n\nआपका timepay.ai लोन किस्त (Loan ID: ${ctx.loanId}) ${ctx.dpd} दिन से बकाया पड़ा है।\n\nबकाया राशि: ${amount}\n\nकृपया तुरंत timepay.ai ऐप के ज़रिए पेमेंट क्लियर करें।`,
        }
      : {
          name: 'emi_predue_hi_v2',
          text: () =>
            `नमस्ते ${name}\n\nआपकी timepay.ai लोन किस्त (Loan ID: ${ctx.loanId}) ${spokenDate(ctx.dueMs, 'hi')} को देय है।\n\nराशि: ${amount}\n\nसमय पर भुगतान करके लेट फ़ीस से बचें।`,
        };
  }
  if (ctx.language === 'hinglish') {
    return {
      name: 'emi_reminder_hinglish_v1',
      text: () =>
        `Hi ${name} ji,\n\nAapki ${amount} ki EMI (Loan ID: ${ctx.loanId}) ${spokenDate(ctx.dueMs, 'en')} ko ${ctx.dpd > 0 ? 'due thi' : 'due hai'}.\n\nPayment link: ${PAY_LINK(ctx)}`,
    };
  }
  return ctx.dpd > 0
    ? {
        name: 'emi_overdue_en_v2',
        text: () =>
          `Hi ${name},\n\nYour EMI of ${amount} for loan ${ctx.loanId} is overdue by ${ctx.dpd} days.\n\nPlease pay now to avoid late charges: ${PAY_LINK(ctx)}`,
      }
    : {
        name: 'emi_due_en_v2',
        text: () =>
          `Hi ${name},\n\nYour EMI of ${amount} for loan ${ctx.loanId} is due on ${spokenDate(ctx.dueMs, 'en')}.\n\nPay on time: ${PAY_LINK(ctx)}`,
      };
}

/** Customer replies and the bot's answers, for messages that were read. */
const COLLECTION_REPLIES: ReadonlyArray<readonly [string, string]> = [
  [
    'Kal tak pay kar dunga',
    'Thank you! Aap is link se payment kar sakte hain. Payment ke baad confirmation yahin milega.',
  ],
  ['Payment ho gaya hai', 'Thank you! Payment update hone mein 24–48 ghante lag sakte hain.'],
  ['ठीक है, शाम तक भर दूँगा', 'धन्यवाद! भुगतान के बाद आपको यहीं पुष्टि मिल जाएगी।'],
  [
    'Already paid. Please check.',
    'Thanks for letting us know. We are verifying the payment and will update you within 48 hours.',
  ],
  ['Mujhe call karo', 'Zaroor, hamari team aapko jaldi call karegi.'],
  ['Please send the payment link again', 'Here is your payment link: '],
  ['STOP', 'You have been unsubscribed from reminders on WhatsApp.'],
];
const LEAD_REPLIES: ReadonlyArray<readonly [string, string]> = [
  ['YES', 'Great! Our loan expert will call you shortly. Please keep your PAN and Aadhaar handy.'],
  ['Interest rate kya hai?', 'Rate 10.99% per annum se shuru hota hai, aapki profile par depend karta hai.'],
  ['Not interested', 'No problem, thank you for your time.'],
  ['Call me after 6 pm', 'Sure, we will call you after 6 PM.'],
];

export function templateIdFor(ds: TimepayDataset, name: string): string {
  let h = ds.seed;
  for (const ch of name) h = hash32(h, ch.charCodeAt(0));
  return `1${randomDigits(mulberry32(h), 15)}`;
}

/** The thread of one WhatsApp record: the template sent, then (for read ones) maybe a reply. */
export function whatsappContent(ds: TimepayDataset, i: number): WhatsappContent {
  const ctx = recordContext(ds, i);
  const rng = mulberry32(hash32(ds.recSeed[i] ?? 0, 0x3a));
  const start = ctx.startMs;
  const lead = ctx.campaign.kind === 'lead_generation';
  if (ds.inbound[i] === 1) {
    const question = lead
      ? 'Hi, mujhe loan offer ke baare mein jaankari chahiye'
      : 'Hi, mujhe apne loan ki EMI ke baare mein baat karni hai';
    return {
      templateId: null,
      templateName: null,
      conversation: [
        { role: 'user', content: question, atMs: start },
        {
          role: 'assistant',
          content: `Namaste ${ctx.firstName} ji! Main ${ctx.bot}, timepay.ai se. Bataiye main aapki kya madad kar sakti hoon?`,
          atMs: start + 20_000,
        },
      ],
    };
  }
  const t = template(ctx);
  const conversation: ChatLine[] = [{ role: 'assistant', content: t.text(ctx), atMs: start }];
  if (ds.status[i] === READ && rng() < 0.5) {
    const [reply, answer] = pick(rng, lead ? LEAD_REPLIES : COLLECTION_REPLIES);
    const replyAt = start + Math.floor((2 + rng() * 178) * 60_000);
    conversation.push({ role: 'user', content: reply, atMs: replyAt });
    conversation.push({
      role: 'assistant',
      content: answer.endsWith(': ') ? answer + PAY_LINK(ctx) : answer,
      atMs: replyAt + 45_000,
    });
  }
  return { templateId: templateIdFor(ds, t.name), templateName: t.name, conversation };
}

/** SMS text (DLT-style sender signature at the end). */
export function smsText(ds: TimepayDataset, i: number): string {
  const ctx = recordContext(ds, i);
  if (ctx.campaign.kind === 'lead_generation') {
    return `Dear ${ctx.firstName}, you are pre-approved for a credit card with limit up to ${rupees(ctx.loanAmount)}. Apply: https://apply.timepay.ai/${ctx.linkCode} -TMPAY`;
  }
  const due = spokenDate(ctx.dueMs, 'en');
  return ctx.dpd > 0
    ? `Dear ${ctx.firstName}, your EMI of ${rupees(ctx.amountDue)} for loan ${ctx.loanId} is overdue since ${due}. Pay now: https://pay.timepay.ai/l/${ctx.linkCode} -TMPAY`
    : `Dear ${ctx.firstName}, your EMI of ${rupees(ctx.amountDue)} for loan ${ctx.loanId} is due on ${due}. Pay: https://pay.timepay.ai/l/${ctx.linkCode} -TMPAY`;
}

/** A wamid as Meta forms it: base64 of a small protobuf holding the recipient's number and a message hash. */
export function wamid(ds: TimepayDataset, i: number): string {
  const rng = mulberry32(hash32(ds.recSeed[i] ?? 0, 0x3b));
  const stored = ds.customers.phones[ds.customer[i] ?? 0] ?? '';
  // A shared customer abroad is stored in E.164 already.
  const phone = stored.startsWith('+') ? stored.slice(1) : `91${stored}`;
  let hex = '';
  for (let k = 0; k < 18; k++) hex += '0123456789ABCDEF'.charAt(Math.floor(rng() * 16));
  const bytes = Buffer.concat([
    Buffer.from([0x1c, 0x18, phone.length]),
    Buffer.from(phone, 'ascii'),
    Buffer.from([0x15, 0x02, 0x00, 0x11, 0x18, 0x12]),
    Buffer.from(hex, 'ascii'),
    Buffer.from([0x00]),
  ]);
  return `wamid.${bytes.toString('base64')}`;
}
