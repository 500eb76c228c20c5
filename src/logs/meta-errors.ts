/** How an operator should treat a failed WhatsApp message: resend now, later, never, or it depends. */
export type RetryAdvice = 'yes' | 'later' | 'no' | 'sometimes';

export interface MetaErrorInfo {
  code: number;
  title: string;
  /** What happened, in plain language. */
  meaning: string;
  /** What the operator should do about it. */
  action: string;
  retry: RetryAdvice;
}

type Row = Omit<MetaErrorInfo, 'code'>;

const transient: Row = {
  title: 'Something went wrong',
  meaning: 'A temporary fault at Meta or an unknown error; the message itself may be fine.',
  action: 'Send it again; if it keeps failing, check Meta’s platform status.',
  retry: 'yes',
};
const media = (title: string): Row => ({
  title,
  meaning: 'The image, video or document attached to the message could not be processed.',
  action: 'Check that the media URL is reachable and of a supported type and size, then resend.',
  retry: 'sometimes',
});

/** Meta Cloud API error codes (PROVIDERS.md); keyed on `code`, never on the title. */
const TABLE: ReadonlyMap<number, Row> = new Map<number, Row>([
  [
    130429,
    {
      title: 'Rate limit hit',
      meaning: 'The business number sent more messages per second than its throughput allows.',
      action: 'Slow the campaign down; resend after a short wait.',
      retry: 'later',
    },
  ],
  [131000, transient],
  [1, { ...transient, title: 'Unknown API error' }],
  [2, { ...transient, title: 'Service temporarily unavailable' }],
  [
    131026,
    {
      title: 'Message undeliverable',
      meaning: 'The number is not on WhatsApp, uses an outdated app, or has not accepted the latest terms.',
      action: 'Reach this customer another way (call or SMS); resending will not help.',
      retry: 'no',
    },
  ],
  [
    131042,
    {
      title: 'Business eligibility payment issue',
      meaning:
        'There is a billing problem on the WhatsApp Business account (payment method missing or failing).',
      action: 'Ask the account owner to fix the payment method in Meta Business Manager, then resend.',
      retry: 'no',
    },
  ],
  [
    131047,
    {
      title: 'Re-engagement message',
      meaning: 'More than 24 hours have passed since the customer last wrote, so only templates may be sent.',
      action: 'Send an approved template message instead of free text.',
      retry: 'no',
    },
  ],
  [
    131048,
    {
      title: 'Spam rate limit hit',
      meaning: 'Meta limited this number because of its quality rating (too many blocks or reports).',
      action: 'Pause sending, review the message content and audience; do not retry soon.',
      retry: 'later',
    },
  ],
  [
    131049,
    {
      title: 'Not delivered to maintain healthy ecosystem',
      meaning: 'Meta chose not to deliver, e.g. because this user already got enough marketing messages.',
      action: 'Try again later, ideally with a different template or after a few days.',
      retry: 'later',
    },
  ],
  [
    131050,
    {
      title: 'User stopped marketing messages',
      meaning: 'The customer opted out of marketing messages from this business.',
      action: 'Do not resend marketing templates; use another channel if the matter is not marketing.',
      retry: 'no',
    },
  ],
  [
    131051,
    {
      title: 'Unsupported message type',
      meaning: 'The message type is not supported by WhatsApp.',
      action: 'Fix the message (or template) configuration; resending it unchanged will fail again.',
      retry: 'no',
    },
  ],
  [131052, media('Media download error')],
  [131053, media('Media upload error')],
  [
    131056,
    {
      title: 'Pair rate limit hit',
      meaning: 'Too many messages were sent to this one customer in a short time.',
      action: 'Wait before messaging this customer again.',
      retry: 'later',
    },
  ],
  [
    368,
    {
      title: 'Temporarily blocked for policy violations',
      meaning: 'Meta restricted the business account for violating its policies.',
      action: 'Ask the account owner to review the restriction in Meta Business Manager; do not resend.',
      retry: 'no',
    },
  ],
  [
    470,
    {
      title: 'Re-engagement message (legacy)',
      meaning: 'The older form of 131047: the 24-hour window since the customer last wrote has closed.',
      action: 'Send an approved template message instead of free text.',
      retry: 'no',
    },
  ],
]);

/** Plain-language explanation of a Meta error code; null when the code is not in the table. */
export function explainMetaError(code: number | string | null | undefined): MetaErrorInfo | null {
  const n = typeof code === 'string' && /^\d{1,9}$/.test(code.trim()) ? Number(code) : code;
  if (typeof n !== 'number') return null;
  const row = TABLE.get(n);
  return row ? { code: n, ...row } : null;
}

/** Every code the table knows, for pickers and tests. */
export const META_ERROR_CODES: readonly number[] = [...TABLE.keys()];

// Link checking lives apart so that normalization (first paint) does not pull in the table above,
// which only the log drawer shows.
export { safeMetaHref } from './meta-links.ts';
