import { BARRIER, LEAD_PRODUCTS_EN, SYSTEM_VOICEMAIL_EN, type Script } from './script.ts';

export const english: Script = {
  reasons: [
    'my salary got delayed',
    'there was a medical emergency at home',
    'business has been slow',
    'I was travelling',
  ],
  disputes: [
    'The amount was already debited twice',
    'I requested foreclosure last month',
    'The late fee has been charged wrongly',
    'I never took this loan',
  ],
  products: LEAD_PRODUCTS_EN,
  employment: {
    salaried: 'salaried',
    'self-employed': 'self-employed',
    'business owner': 'a business owner',
  },
  modes: {
    UPI: 'UPI',
    NetBanking: 'net banking',
    'Debit Card': 'debit card',
    'Cash at branch': 'cash at the branch',
  },
  greeting: (v) => [
    'BOT',
    `Hello, this is ${v.bot} calling from timepay.ai on behalf of your lender. Am I speaking with ${v.name}?`,
  ],
  confirm: () => ['HUMAN', 'Yes, speaking.'],
  inbound: (v, lead) => [
    ['BOT', `Thank you for calling timepay.ai. This is ${v.bot}. How can I help you?`],
    [
      'HUMAN',
      lead
        ? `Hi, I got a message about a ${v.product} offer.`
        : `Hi, I got a call about my loan ${v.loanId}.`,
    ],
    ['BOT', `Sure, let me check. Am I speaking with ${v.name}?`],
    ['HUMAN', 'Yes.'],
  ],
  purpose: (v, topic) => {
    const due = `${v.overdue ? 'was due' : 'is due'} on ${v.due}`;
    if (topic === 'emi')
      return [
        'BOT',
        `This is a reminder that your EMI of ${v.amount} for loan ${v.loanId} ${due}. When will you be able to make the payment?`,
      ];
    if (topic === 'kyc')
      return [
        'BOT',
        `Your KYC re-verification for loan ${v.loanId} is pending, and your EMI of ${v.amount} ${due}. Can we go over both quickly?`,
      ];
    return [
      'BOT',
      `You have been pre-selected for a ${v.product} of up to ${v.loanAmount} at attractive rates. Would you like to know more?`,
    ];
  },
  outcome: (v, d, lead) => {
    switch (d) {
      case 'promise_to_pay':
        return [
          ['HUMAN', `I know, ${v.reason}. I will pay the full amount by ${v.promise}.`],
          [
            'BOT',
            `Thank you. I am noting that you will pay ${v.amount} by ${v.promise}. Which mode will you use?`,
          ],
          ['HUMAN', `I will pay through ${v.mode}.`],
          ['BOT', 'Noted. I will also send the payment link on WhatsApp.'],
        ];
      case 'payment_done':
        return [
          ['HUMAN', 'Okay, I can pay it right now. Please send me the link.'],
          ['BOT', 'I have sent the payment link to your registered number.'],
          ['HUMAN', `Done, I have paid ${v.amount} through ${v.mode}.`],
          ['BOT', 'Thank you, the payment has been initiated. You will get a confirmation shortly.'],
        ];
      case 'already_paid':
        return [
          ['HUMAN', `But I have already paid this EMI through ${v.mode}. The reference number is ${v.utr}.`],
          [
            'BOT',
            'Thank you for the details. It can take up to 48 hours to reflect; I am flagging it for reconciliation.',
          ],
          ['HUMAN', "Please make sure I don't get more calls about this."],
        ];
      case 'interested':
        return [
          ['HUMAN', `Yes, actually I was looking for a loan of around ${v.loanAmount}.`],
          ['BOT', 'Great. May I know your monthly income and whether you are salaried or self-employed?'],
          ['HUMAN', `I am ${v.employment}, my income is around ${v.income} a month. I live in ${v.city}.`],
          [
            'BOT',
            'Thank you, you look eligible. Our loan officer will call you within 24 hours to complete the application.',
          ],
        ];
      case 'call_back_later':
        return [
          ['HUMAN', `I am in a meeting right now. Can you call me on ${v.callback} in the evening?`],
          ['BOT', `Sure, I will call you back on ${v.callback} around 6 PM.`],
        ];
      case 'dispute':
        return [
          ['HUMAN', `I don't agree with this amount. ${v.dispute}.`],
          [
            'BOT',
            'I understand. I am raising a dispute; our team will review it and contact you within 3 working days.',
          ],
          ['HUMAN', 'Fine, but please stop adding late fees until then.'],
        ];
      case 'not_interested':
        return lead
          ? [
              ['HUMAN', 'No, I am not interested in any loan right now.'],
              ['BOT', 'No problem. If you change your mind, you can reply on WhatsApp anytime.'],
            ]
          : [
              ['HUMAN', "I don't want to talk about this right now."],
              [
                'BOT',
                `I understand, but a delay adds a late fee of ${v.lateFee} and may affect your CIBIL score.`,
              ],
              ['HUMAN', "I said I am not interested. Don't call me again."],
            ];
      case 'wrong_number':
        return [
          ['HUMAN', `No, there is no ${v.name} here. You have the wrong number.`],
          ['BOT', 'I am sorry for the trouble. I will update our records.'],
        ];
      default:
        return [
          BARRIER(v),
          [
            'BOT',
            `I am sorry, right now I can speak only Hindi and English. I will arrange a call in ${v.regional}.`,
          ],
        ];
    }
  },
  fillers: (v, lead) =>
    lead
      ? [
          [
            ['HUMAN', 'What is the interest rate?'],
            ['BOT', 'Rates start at 10.99% per annum and depend on your profile.'],
          ],
          [
            ['HUMAN', 'How long does disbursal take?'],
            ['BOT', 'Usually within 48 hours after document verification.'],
          ],
          [
            ['HUMAN', 'Which documents do I need?'],
            ['BOT', "Your PAN, Aadhaar and the last three months' bank statements."],
          ],
          [
            ['HUMAN', 'Are there any processing charges?'],
            ['BOT', 'A processing fee of up to 2% applies, shown upfront before you sign.'],
          ],
          [
            ['BOT', 'May I confirm your city?'],
            ['HUMAN', `${v.city}.`],
          ],
        ]
      : [
          [
            [
              'BOT',
              'For verification, could you confirm the last four digits of your registered mobile number?',
            ],
            ['HUMAN', `It's ${v.last4}.`],
          ],
          [
            ['HUMAN', 'How much is the late fee?'],
            ['BOT', `A late payment charge of ${v.lateFee} applies after the due date.`],
          ],
          [
            ['HUMAN', 'Sorry, the network is bad. Can you repeat that?'],
            ['BOT', `Of course. Your EMI amount is ${v.amount}.`],
          ],
          [
            ['HUMAN', 'Will this affect my CIBIL score?'],
            [
              'BOT',
              'Payments delayed by more than 30 days are reported to the credit bureaus, so paying on time keeps your score healthy.',
            ],
          ],
          [
            ['BOT', 'Would you like me to send the payment link on WhatsApp?'],
            ['HUMAN', 'Yes, send it on this number.'],
          ],
          [
            ['HUMAN', 'Can I pay in two parts?'],
            ['BOT', 'Part payments are accepted, but the full EMI must be cleared to avoid late charges.'],
          ],
        ],
  closing: (v) => [
    ['BOT', `Thank you for your time, ${v.name}. Have a good day.`],
    ['HUMAN', 'Okay, bye.'],
  ],
  voicemail: (v, lead) => [
    SYSTEM_VOICEMAIL_EN,
    [
      'BOT',
      lead
        ? `Hello ${v.name}, this is ${v.bot} from timepay.ai with a ${v.product} offer for you. Please call us back at your convenience. Thank you.`
        : `Hello ${v.name}, this is ${v.bot} from timepay.ai. Your EMI of ${v.amount} ${v.overdue ? 'was due' : 'is due'} on ${v.due}. Please pay using the link sent on WhatsApp or call us back. Thank you.`,
    ],
  ],
};
