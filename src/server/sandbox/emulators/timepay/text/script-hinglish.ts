import { BARRIER, LEAD_PRODUCTS_EN, SYSTEM_VOICEMAIL_EN, type Script } from './script.ts';

export const hinglish: Script = {
  reasons: [
    'salary late aayi hai',
    'ghar mein medical emergency thi',
    'business thoda slow chal raha hai',
    'main bahar gaya hua tha',
  ],
  disputes: [
    'Amount do baar debit ho chuka hai',
    'Maine pichhle mahine foreclosure request kiya tha',
    'Late fee galat lagayi gayi hai',
    'Maine ye loan liya hi nahi',
  ],
  products: LEAD_PRODUCTS_EN,
  employment: { salaried: 'salaried', 'self-employed': 'self-employed', 'business owner': 'business owner' },
  modes: {
    UPI: 'UPI',
    NetBanking: 'net banking',
    'Debit Card': 'debit card',
    'Cash at branch': 'branch mein cash',
  },
  greeting: (v) => [
    'BOT',
    `Namaste, main timepay.ai se ${v.bot} bol rahi hoon. Kya meri baat ${v.name} ji se ho rahi hai?`,
  ],
  confirm: () => ['HUMAN', 'Haan ji, boliye.'],
  inbound: (v, lead) => [
    [
      'BOT',
      `timepay.ai mein call karne ke liye thank you, main ${v.bot} bol rahi hoon. Main aapki kya madad kar sakti hoon?`,
    ],
    [
      'HUMAN',
      lead
        ? `Mujhe ${v.product} offer ke baare mein message aaya tha.`
        : `Mujhe mere loan ${v.loanId} ke baare mein call aaya tha.`,
    ],
    ['BOT', `Zaroor, kya meri baat ${v.name} ji se ho rahi hai?`],
    ['HUMAN', 'Ji haan.'],
  ],
  purpose: (v, topic) => {
    const due = `${v.due} ko ${v.overdue ? 'due thi' : 'due hai'}`;
    if (topic === 'emi')
      return ['BOT', `Aapke loan ${v.loanId} ki ${v.amount} ki EMI ${due}. Aap payment kab tak kar payenge?`];
    if (topic === 'kyc')
      return [
        'BOT',
        `Aapke loan ${v.loanId} ka KYC re-verification pending hai, aur ${v.amount} ki EMI bhi ${due}. Kya hum dono par baat kar sakte hain?`,
      ];
    return [
      'BOT',
      `Aapko ${v.loanAmount} tak ke ${v.product} ke liye pre-select kiya gaya hai. Kya aap iske baare mein jaanna chahenge?`,
    ];
  },
  outcome: (v, d, lead) => {
    switch (d) {
      case 'promise_to_pay':
        return [
          [
            'HUMAN',
            `Haan pata hai, ${v.reason}. Main ${v.promise} tak poora payment kar ${v.g('dunga', 'dungi')}.`,
          ],
          [
            'BOT',
            `Thank you. Main note kar rahi hoon ki aap ${v.promise} tak ${v.amount} pay karenge. Payment kis mode se karenge?`,
          ],
          ['HUMAN', `${v.mode} se kar ${v.g('dunga', 'dungi')}.`],
          ['BOT', 'Theek hai, main aapko WhatsApp par payment link bhi bhej rahi hoon.'],
        ];
      case 'payment_done':
        return [
          ['HUMAN', `Theek hai, main abhi payment kar ${v.g('deta', 'deti')} hoon, link bhej dijiye.`],
          ['BOT', 'Maine aapke registered number par link bhej diya hai.'],
          ['HUMAN', `Ho gaya, ${v.mode} se ${v.amount} bhej diye.`],
          ['BOT', 'Thank you, payment initiate ho gaya hai. Confirmation jaldi mil jayega.'],
        ];
      case 'already_paid':
        return [
          ['HUMAN', `Lekin maine ye EMI pehle hi ${v.mode} se bhar di hai. Reference number ${v.utr} hai.`],
          [
            'BOT',
            'Details ke liye thank you. Update hone mein 48 ghante tak lag sakte hain, main ise reconciliation ke liye bhej rahi hoon.',
          ],
          ['HUMAN', 'Please dhyan rakhiye ki iske liye dobara call na aaye.'],
        ];
      case 'interested':
        return [
          ['HUMAN', `Haan, mujhe lagbhag ${v.loanAmount} ka loan chahiye tha.`],
          ['BOT', 'Badhiya. Aapki monthly income kitni hai, aur aap salaried hain ya self-employed?'],
          [
            'HUMAN',
            `Main ${v.employment} hoon, income lagbhag ${v.income} mahina hai. Main ${v.city} mein ${v.g('rehta', 'rehti')} hoon.`,
          ],
          [
            'BOT',
            'Thank you, aap eligible lag rahe hain. Hamare loan officer 24 ghante mein aapko call karenge.',
          ],
        ];
      case 'call_back_later':
        return [
          ['HUMAN', `Abhi main meeting mein hoon. Aap ${v.callback} ko shaam ko call kar sakte hain?`],
          ['BOT', `Zaroor, main ${v.callback} ko shaam 6 baje ke aas-paas call karungi.`],
        ];
      case 'dispute':
        return [
          ['HUMAN', `Ye amount sahi nahi hai. ${v.dispute}.`],
          [
            'BOT',
            'Main samajh sakti hoon. Main dispute raise kar rahi hoon, hamari team 3 working days mein aapse contact karegi.',
          ],
          ['HUMAN', 'Theek hai, lekin tab tak late fee mat jodiye.'],
        ];
      case 'not_interested':
        return lead
          ? [
              ['HUMAN', 'Nahi, mujhe abhi koi loan nahi chahiye.'],
              ['BOT', 'Koi baat nahi. Agar mann badle to WhatsApp par kabhi bhi reply kar sakte hain.'],
            ]
          : [
              ['HUMAN', 'Mujhe abhi is baare mein baat nahi karni.'],
              [
                'BOT',
                `Main samajhti hoon, lekin delay se ${v.lateFee} late fee lagegi aur aapka CIBIL score bhi kharab ho sakta hai.`,
              ],
              ['HUMAN', 'Maine kaha na, baat nahi karni. Dobara call mat karna.'],
            ];
      case 'wrong_number':
        return [
          ['HUMAN', `Nahi, yahan koi ${v.name} nahi hai. Aapne galat number lagaya hai.`],
          ['BOT', 'Takleef ke liye maafi chahti hoon. Main record update kar dungi.'],
        ];
      default:
        return [
          BARRIER(v),
          [
            'BOT',
            `Maaf kijiye, abhi main sirf Hindi aur English mein baat kar sakti hoon. Main ${v.regional} mein call arrange karwati hoon.`,
          ],
        ];
    }
  },
  fillers: (v, lead) =>
    lead
      ? [
          [
            ['HUMAN', 'Interest rate kitna hai?'],
            ['BOT', 'Rate 10.99% per annum se shuru hota hai aur aapki profile par depend karta hai.'],
          ],
          [
            ['HUMAN', 'Paisa kitne din mein milega?'],
            ['BOT', 'Document verification ke baad usually 48 ghante mein.'],
          ],
          [
            ['HUMAN', 'Kaunse documents chahiye?'],
            ['BOT', 'PAN, Aadhaar aur last teen mahine ka bank statement.'],
          ],
          [
            ['HUMAN', 'Koi processing fee hai?'],
            ['BOT', '2% tak processing fee lagti hai, jo sign karne se pehle batayi jaati hai.'],
          ],
          [
            ['BOT', 'Kya aap apna city bata sakte hain?'],
            ['HUMAN', `${v.city}.`],
          ],
        ]
      : [
          [
            [
              'BOT',
              'Verification ke liye, kya aap apne registered mobile number ke last 4 digits bata sakte hain?',
            ],
            ['HUMAN', `${v.last4}.`],
          ],
          [
            ['HUMAN', 'Late fee kitni lagegi?'],
            ['BOT', `Due date ke baad ${v.lateFee} ka late payment charge lagta hai.`],
          ],
          [
            ['HUMAN', 'Sorry, network theek nahi hai. Phir se bataiye?'],
            ['BOT', `Ji zaroor. Aapki EMI ${v.amount} ki hai.`],
          ],
          [
            ['HUMAN', 'Kya isse mera CIBIL score kharab hoga?'],
            [
              'BOT',
              '30 din se zyada delay hone par credit bureau ko report hota hai, isliye time par payment karna behtar hai.',
            ],
          ],
          [
            ['BOT', 'Kya main aapko WhatsApp par payment link bhej doon?'],
            ['HUMAN', 'Haan, isi number par bhej dijiye.'],
          ],
          [
            ['HUMAN', `Kya main do parts mein pay kar ${v.g('sakta', 'sakti')} hoon?`],
            [
              'BOT',
              'Part payment accept hota hai, lekin late charge se bachne ke liye poori EMI bharni hogi.',
            ],
          ],
        ],
  closing: (v) => [
    ['BOT', `Aapka time dene ke liye thank you, ${v.name} ji. Aapka din shubh ho.`],
    ['HUMAN', 'Theek hai, thank you.'],
  ],
  voicemail: (v, lead) => [
    SYSTEM_VOICEMAIL_EN,
    [
      'BOT',
      lead
        ? `Namaste ${v.name} ji, main timepay.ai se ${v.bot} bol rahi hoon. Aapke liye ek ${v.product} offer hai, please suvidha anusaar humein call back karein. Dhanyavaad.`
        : `Namaste ${v.name} ji, main timepay.ai se ${v.bot} bol rahi hoon. Aapki ${v.amount} ki EMI ${v.due} ko ${v.overdue ? 'due thi' : 'due hai'}. Please WhatsApp par bheje gaye link se payment karein ya humein call back karein. Dhanyavaad.`,
    ],
  ],
};
