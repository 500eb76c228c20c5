import type { Topic } from './catalog.ts';

export type Speaker = 'HUMAN' | 'BOT';
export type Turn = readonly [Speaker, string];

/** The words a script needs, already in the script's language. */
export interface TextVars {
  name: string;
  bot: string;
  amount: string;
  due: string;
  /** "is due on"/"was due on" or its Hindi/Hinglish form, agreeing with the date. */
  overdue: boolean;
  promise: string;
  callback: string;
  mode: string;
  reason: string;
  dispute: string;
  product: string;
  loanAmount: string;
  income: string;
  city: string;
  employment: string;
  regional: string;
  lateFee: string;
  loanId: string;
  utr: string;
  last4: string;
  /** Picks the masculine or feminine verb form for the customer. */
  g(masculine: string, feminine: string): string;
}

export interface Script {
  reasons: readonly string[];
  disputes: readonly string[];
  products: Readonly<Record<Topic, string>>;
  employment: Readonly<Record<string, string>>;
  modes: Readonly<Record<string, string>>;
  greeting(v: TextVars): Turn;
  confirm(v: TextVars): Turn;
  inbound(v: TextVars, lead: boolean): Turn[];
  purpose(v: TextVars, topic: Topic): Turn;
  outcome(v: TextVars, disposition: string, lead: boolean): Turn[];
  fillers(v: TextVars, lead: boolean): Turn[][];
  closing(v: TextVars): Turn[];
  voicemail(v: TextVars, lead: boolean): Turn[];
}

const LEAD_PRODUCTS_EN = { emi: 'loan', kyc: 'loan', personal_loan: 'personal loan', credit_card: 'pre-approved credit card', gold_loan: 'gold loan top-up', two_wheeler: 'two-wheeler loan' } as const;
const SYSTEM_VOICEMAIL_EN: Turn = ['HUMAN', 'The person you are calling is not available. Please record your message after the tone.'];
const BARRIER = (v: TextVars): Turn => ['HUMAN', `Sorry... ${v.regional}... ${v.regional} only, please.`];

const english: Script = {
  reasons: ['my salary got delayed', 'there was a medical emergency at home', 'business has been slow', 'I was travelling'],
  disputes: ['The amount was already debited twice', 'I requested foreclosure last month', 'The late fee has been charged wrongly', 'I never took this loan'],
  products: LEAD_PRODUCTS_EN,
  employment: { salaried: 'salaried', 'self-employed': 'self-employed', 'business owner': 'a business owner' },
  modes: { UPI: 'UPI', NetBanking: 'net banking', 'Debit Card': 'debit card', 'Cash at branch': 'cash at the branch' },
  greeting: (v) => ['BOT', `Hello, this is ${v.bot} calling from timepay.ai on behalf of your lender. Am I speaking with ${v.name}?`],
  confirm: () => ['HUMAN', 'Yes, speaking.'],
  inbound: (v, lead) => [
    ['BOT', `Thank you for calling timepay.ai. This is ${v.bot}. How can I help you?`],
    ['HUMAN', lead ? `Hi, I got a message about a ${v.product} offer.` : `Hi, I got a call about my loan ${v.loanId}.`],
    ['BOT', `Sure, let me check. Am I speaking with ${v.name}?`],
    ['HUMAN', 'Yes.'],
  ],
  purpose: (v, topic) => {
    const due = `${v.overdue ? 'was due' : 'is due'} on ${v.due}`;
    if (topic === 'emi') return ['BOT', `This is a reminder that your EMI of ${v.amount} for loan ${v.loanId} ${due}. When will you be able to make the payment?`];
    if (topic === 'kyc') return ['BOT', `Your KYC re-verification for loan ${v.loanId} is pending, and your EMI of ${v.amount} ${due}. Can we go over both quickly?`];
    return ['BOT', `You have been pre-selected for a ${v.product} of up to ${v.loanAmount} at attractive rates. Would you like to know more?`];
  },
  outcome: (v, d, lead) => {
    switch (d) {
      case 'promise_to_pay':
        return [
          ['HUMAN', `I know, ${v.reason}. I will pay the full amount by ${v.promise}.`],
          ['BOT', `Thank you. I am noting that you will pay ${v.amount} by ${v.promise}. Which mode will you use?`],
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
          ['BOT', 'Thank you for the details. It can take up to 48 hours to reflect; I am flagging it for reconciliation.'],
          ['HUMAN', "Please make sure I don't get more calls about this."],
        ];
      case 'interested':
        return [
          ['HUMAN', `Yes, actually I was looking for a loan of around ${v.loanAmount}.`],
          ['BOT', 'Great. May I know your monthly income and whether you are salaried or self-employed?'],
          ['HUMAN', `I am ${v.employment}, my income is around ${v.income} a month. I live in ${v.city}.`],
          ['BOT', 'Thank you, you look eligible. Our loan officer will call you within 24 hours to complete the application.'],
        ];
      case 'call_back_later':
        return [
          ['HUMAN', `I am in a meeting right now. Can you call me on ${v.callback} in the evening?`],
          ['BOT', `Sure, I will call you back on ${v.callback} around 6 PM.`],
        ];
      case 'dispute':
        return [
          ['HUMAN', `I don't agree with this amount. ${v.dispute}.`],
          ['BOT', 'I understand. I am raising a dispute; our team will review it and contact you within 3 working days.'],
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
              ['BOT', `I understand, but a delay adds a late fee of ${v.lateFee} and may affect your CIBIL score.`],
              ['HUMAN', "I said I am not interested. Don't call me again."],
            ];
      case 'wrong_number':
        return [
          ['HUMAN', `No, there is no ${v.name} here. You have the wrong number.`],
          ['BOT', 'I am sorry for the trouble. I will update our records.'],
        ];
      default:
        return [BARRIER(v), ['BOT', `I am sorry, right now I can speak only Hindi and English. I will arrange a call in ${v.regional}.`]];
    }
  },
  fillers: (v, lead) =>
    lead
      ? [
          [['HUMAN', 'What is the interest rate?'], ['BOT', 'Rates start at 10.99% per annum and depend on your profile.']],
          [['HUMAN', 'How long does disbursal take?'], ['BOT', 'Usually within 48 hours after document verification.']],
          [['HUMAN', 'Which documents do I need?'], ['BOT', "Your PAN, Aadhaar and the last three months' bank statements."]],
          [['HUMAN', 'Are there any processing charges?'], ['BOT', 'A processing fee of up to 2% applies, shown upfront before you sign.']],
          [['BOT', 'May I confirm your city?'], ['HUMAN', `${v.city}.`]],
        ]
      : [
          [['BOT', 'For verification, could you confirm the last four digits of your registered mobile number?'], ['HUMAN', `It's ${v.last4}.`]],
          [['HUMAN', 'How much is the late fee?'], ['BOT', `A late payment charge of ${v.lateFee} applies after the due date.`]],
          [['HUMAN', 'Sorry, the network is bad. Can you repeat that?'], ['BOT', `Of course. Your EMI amount is ${v.amount}.`]],
          [['HUMAN', 'Will this affect my CIBIL score?'], ['BOT', 'Payments delayed by more than 30 days are reported to the credit bureaus, so paying on time keeps your score healthy.']],
          [['BOT', 'Would you like me to send the payment link on WhatsApp?'], ['HUMAN', 'Yes, send it on this number.']],
          [['HUMAN', 'Can I pay in two parts?'], ['BOT', 'Part payments are accepted, but the full EMI must be cleared to avoid late charges.']],
        ],
  closing: (v) => [['BOT', `Thank you for your time, ${v.name}. Have a good day.`], ['HUMAN', 'Okay, bye.']],
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

const hindi: Script = {
  reasons: ['सैलरी देर से आई है', 'घर में मेडिकल इमरजेंसी थी', 'बिज़नेस थोड़ा मंदा चल रहा है', 'मैं बाहर गया हुआ था'],
  disputes: ['रकम दो बार कट चुकी है', 'मैंने पिछले महीने फ़ोरक्लोज़र के लिए कहा था', 'लेट फ़ीस गलत लगाई गई है', 'मैंने यह लोन लिया ही नहीं'],
  products: { emi: 'लोन', kyc: 'लोन', personal_loan: 'पर्सनल लोन', credit_card: 'प्री-अप्रूव्ड क्रेडिट कार्ड', gold_loan: 'गोल्ड लोन टॉप-अप', two_wheeler: 'टू-व्हीलर लोन' },
  employment: { salaried: 'नौकरीपेशा', 'self-employed': 'स्व-रोज़गार', 'business owner': 'व्यवसायी' },
  modes: { UPI: 'UPI', NetBanking: 'नेटबैंकिंग', 'Debit Card': 'डेबिट कार्ड', 'Cash at branch': 'ब्रांच में कैश' },
  greeting: (v) => ['BOT', `नमस्ते, मैं timepay.ai से ${v.bot} बोल रही हूँ। क्या मेरी बात ${v.name} जी से हो रही है?`],
  confirm: () => ['HUMAN', 'हाँ, बोलिए।'],
  inbound: (v, lead) => [
    ['BOT', `timepay.ai में कॉल करने के लिए धन्यवाद, मैं ${v.bot} बोल रही हूँ। मैं आपकी क्या मदद कर सकती हूँ?`],
    ['HUMAN', lead ? `मुझे ${v.product} ऑफ़र के बारे में मैसेज आया था।` : `मुझे मेरे लोन ${v.loanId} के बारे में कॉल आया था।`],
    ['BOT', `ज़रूर, क्या मेरी बात ${v.name} जी से हो रही है?`],
    ['HUMAN', 'जी हाँ।'],
  ],
  purpose: (v, topic) => {
    const due = `${v.due} को ${v.overdue ? 'देय थी' : 'देय है'}`;
    if (topic === 'emi') return ['BOT', `आपके लोन ${v.loanId} की ${v.amount} की किस्त ${due}। आप भुगतान कब तक कर पाएँगे?`];
    if (topic === 'kyc') return ['BOT', `आपके लोन ${v.loanId} का KYC री-वेरिफिकेशन बाकी है, और ${v.amount} की किस्त भी ${due}। क्या हम दोनों पर बात कर सकते हैं?`];
    return ['BOT', `आपको ${v.loanAmount} तक के ${v.product} के लिए चुना गया है। क्या आप इसके बारे में जानना चाहेंगे?`];
  },
  outcome: (v, d, lead) => {
    switch (d) {
      case 'promise_to_pay':
        return [
          ['HUMAN', `हाँ पता है, ${v.reason}। मैं ${v.promise} तक पूरा पैसा जमा कर ${v.g('दूँगा', 'दूँगी')}।`],
          ['BOT', `धन्यवाद। मैं नोट कर रही हूँ कि आप ${v.promise} तक ${v.amount} जमा करेंगे। भुगतान किस माध्यम से करेंगे?`],
          ['HUMAN', `${v.mode} से कर ${v.g('दूँगा', 'दूँगी')}।`],
          ['BOT', 'ठीक है, मैं आपको व्हाट्सऐप पर पेमेंट लिंक भी भेज रही हूँ।'],
        ];
      case 'payment_done':
        return [
          ['HUMAN', `ठीक है, मैं अभी पेमेंट कर ${v.g('देता', 'देती')} हूँ, लिंक भेज दीजिए।`],
          ['BOT', 'मैंने आपके रजिस्टर्ड नंबर पर लिंक भेज दिया है।'],
          ['HUMAN', `हो गया, ${v.mode} से ${v.amount} भेज दिए।`],
          ['BOT', 'धन्यवाद, पेमेंट शुरू हो गया है। आपको जल्द ही कन्फ़र्मेशन मिल जाएगा।'],
        ];
      case 'already_paid':
        return [
          ['HUMAN', `लेकिन मैंने यह किस्त पहले ही ${v.mode} से भर दी है। रेफ़रेंस नंबर ${v.utr} है।`],
          ['BOT', 'जानकारी के लिए धन्यवाद। अपडेट होने में 48 घंटे तक लग सकते हैं, मैं इसे जाँच के लिए भेज रही हूँ।'],
          ['HUMAN', 'कृपया ध्यान रखिए कि इसके लिए दोबारा कॉल न आए।'],
        ];
      case 'interested':
        return [
          ['HUMAN', `हाँ, मुझे लगभग ${v.loanAmount} का लोन चाहिए था।`],
          ['BOT', 'बढ़िया। आपकी मासिक आय कितनी है, और आप नौकरी करते हैं या अपना काम?'],
          ['HUMAN', `मैं ${v.employment} हूँ, महीने की आय लगभग ${v.income} है। मैं ${v.city} में ${v.g('रहता', 'रहती')} हूँ।`],
          ['BOT', 'धन्यवाद, आप पात्र लग रहे हैं। हमारे लोन अधिकारी 24 घंटे में आपको कॉल करेंगे।'],
        ];
      case 'call_back_later':
        return [
          ['HUMAN', `अभी मैं मीटिंग में हूँ। आप ${v.callback} को शाम को कॉल कर सकते हैं?`],
          ['BOT', `ज़रूर, मैं ${v.callback} को शाम 6 बजे के आसपास कॉल करूँगी।`],
        ];
      case 'dispute':
        return [
          ['HUMAN', `यह रकम सही नहीं है। ${v.dispute}।`],
          ['BOT', 'मैं समझ सकती हूँ। मैं विवाद दर्ज कर रही हूँ, हमारी टीम 3 कार्यदिवस में आपसे संपर्क करेगी।'],
          ['HUMAN', 'ठीक है, लेकिन तब तक लेट फ़ीस मत जोड़िए।'],
        ];
      case 'not_interested':
        return lead
          ? [
              ['HUMAN', 'नहीं, मुझे अभी कोई लोन नहीं चाहिए।'],
              ['BOT', 'कोई बात नहीं। अगर विचार बदले तो व्हाट्सऐप पर कभी भी जवाब दे सकते हैं।'],
            ]
          : [
              ['HUMAN', 'मुझे अभी इस बारे में बात नहीं करनी।'],
              ['BOT', `मैं समझती हूँ, लेकिन देरी से ${v.lateFee} लेट फ़ीस लगेगी और आपका सिबिल स्कोर भी खराब हो सकता है।`],
              ['HUMAN', 'मैंने कहा ना, मुझे बात नहीं करनी। दोबारा कॉल मत करना।'],
            ];
      case 'wrong_number':
        return [
          ['HUMAN', `नहीं, यहाँ कोई ${v.name} नहीं है। आपने गलत नंबर लगाया है।`],
          ['BOT', 'असुविधा के लिए माफ़ी चाहती हूँ। मैं रिकॉर्ड अपडेट कर दूँगी।'],
        ];
      default:
        return [BARRIER(v), ['BOT', `माफ़ कीजिए, अभी मैं केवल हिंदी और अंग्रेज़ी में बात कर सकती हूँ। मैं ${v.regional} में कॉल की व्यवस्था करवाती हूँ।`]];
    }
  },
  fillers: (v, lead) =>
    lead
      ? [
          [['HUMAN', 'ब्याज दर कितनी है?'], ['BOT', 'ब्याज दर 10.99% सालाना से शुरू होती है और आपकी प्रोफ़ाइल पर निर्भर करती है।']],
          [['HUMAN', 'पैसा कितने दिन में मिलेगा?'], ['BOT', 'दस्तावेज़ सत्यापन के बाद आमतौर पर 48 घंटे में।']],
          [['HUMAN', 'कौन से दस्तावेज़ चाहिए?'], ['BOT', 'पैन, आधार और पिछले तीन महीने का बैंक स्टेटमेंट।']],
          [['HUMAN', 'कोई प्रोसेसिंग फ़ीस है?'], ['BOT', '2% तक प्रोसेसिंग फ़ीस लगती है, जो साइन करने से पहले बताई जाती है।']],
          [['BOT', 'क्या आप अपना शहर बता सकते हैं?'], ['HUMAN', `${v.city}।`]],
        ]
      : [
          [['BOT', 'पुष्टि के लिए, क्या आप अपने रजिस्टर्ड मोबाइल नंबर के आखिरी चार अंक बता सकते हैं?'], ['HUMAN', `${v.last4}।`]],
          [['HUMAN', 'लेट फ़ीस कितनी लगेगी?'], ['BOT', `नियत तारीख के बाद ${v.lateFee} का लेट पेमेंट चार्ज लगता है।`]],
          [['HUMAN', 'माफ़ कीजिए, नेटवर्क ठीक नहीं है। फिर से बताइए?'], ['BOT', `जी ज़रूर। आपकी किस्त की रकम ${v.amount} है।`]],
          [['HUMAN', 'क्या इससे मेरा सिबिल स्कोर खराब होगा?'], ['BOT', '30 दिन से ज़्यादा देरी होने पर क्रेडिट ब्यूरो को रिपोर्ट किया जाता है, इसलिए समय पर भुगतान करना बेहतर है।']],
          [['BOT', 'क्या मैं आपको व्हाट्सऐप पर पेमेंट लिंक भेज दूँ?'], ['HUMAN', 'हाँ, इसी नंबर पर भेज दीजिए।']],
          [['HUMAN', `क्या मैं दो हिस्सों में भुगतान कर ${v.g('सकता', 'सकती')} हूँ?`], ['BOT', 'आंशिक भुगतान स्वीकार है, लेकिन लेट चार्ज से बचने के लिए पूरी किस्त भरनी होगी।']],
        ],
  closing: (v) => [['BOT', `आपका समय देने के लिए धन्यवाद, ${v.name} जी। आपका दिन शुभ हो।`], ['HUMAN', 'ठीक है, धन्यवाद।']],
  voicemail: (v, lead) => [
    ['HUMAN', 'आप जिस व्यक्ति से संपर्क करना चाहते हैं वह अभी उपलब्ध नहीं है। कृपया बीप के बाद अपना संदेश रिकॉर्ड करें।'],
    [
      'BOT',
      lead
        ? `नमस्ते ${v.name} जी, मैं timepay.ai से ${v.bot} बोल रही हूँ। आपके लिए एक ${v.product} ऑफ़र है, कृपया सुविधा अनुसार हमें वापस कॉल करें। धन्यवाद।`
        : `नमस्ते ${v.name} जी, मैं timepay.ai से ${v.bot} बोल रही हूँ। आपकी ${v.amount} की किस्त ${v.due} को ${v.overdue ? 'देय थी' : 'देय है'}। कृपया व्हाट्सऐप पर भेजे गए लिंक से भुगतान करें या हमें वापस कॉल करें। धन्यवाद।`,
    ],
  ],
};

const hinglish: Script = {
  reasons: ['salary late aayi hai', 'ghar mein medical emergency thi', 'business thoda slow chal raha hai', 'main bahar gaya hua tha'],
  disputes: ['Amount do baar debit ho chuka hai', 'Maine pichhle mahine foreclosure request kiya tha', 'Late fee galat lagayi gayi hai', 'Maine ye loan liya hi nahi'],
  products: LEAD_PRODUCTS_EN,
  employment: { salaried: 'salaried', 'self-employed': 'self-employed', 'business owner': 'business owner' },
  modes: { UPI: 'UPI', NetBanking: 'net banking', 'Debit Card': 'debit card', 'Cash at branch': 'branch mein cash' },
  greeting: (v) => ['BOT', `Namaste, main timepay.ai se ${v.bot} bol rahi hoon. Kya meri baat ${v.name} ji se ho rahi hai?`],
  confirm: () => ['HUMAN', 'Haan ji, boliye.'],
  inbound: (v, lead) => [
    ['BOT', `timepay.ai mein call karne ke liye thank you, main ${v.bot} bol rahi hoon. Main aapki kya madad kar sakti hoon?`],
    ['HUMAN', lead ? `Mujhe ${v.product} offer ke baare mein message aaya tha.` : `Mujhe mere loan ${v.loanId} ke baare mein call aaya tha.`],
    ['BOT', `Zaroor, kya meri baat ${v.name} ji se ho rahi hai?`],
    ['HUMAN', 'Ji haan.'],
  ],
  purpose: (v, topic) => {
    const due = `${v.due} ko ${v.overdue ? 'due thi' : 'due hai'}`;
    if (topic === 'emi') return ['BOT', `Aapke loan ${v.loanId} ki ${v.amount} ki EMI ${due}. Aap payment kab tak kar payenge?`];
    if (topic === 'kyc') return ['BOT', `Aapke loan ${v.loanId} ka KYC re-verification pending hai, aur ${v.amount} ki EMI bhi ${due}. Kya hum dono par baat kar sakte hain?`];
    return ['BOT', `Aapko ${v.loanAmount} tak ke ${v.product} ke liye pre-select kiya gaya hai. Kya aap iske baare mein jaanna chahenge?`];
  },
  outcome: (v, d, lead) => {
    switch (d) {
      case 'promise_to_pay':
        return [
          ['HUMAN', `Haan pata hai, ${v.reason}. Main ${v.promise} tak poora payment kar ${v.g('dunga', 'dungi')}.`],
          ['BOT', `Thank you. Main note kar rahi hoon ki aap ${v.promise} tak ${v.amount} pay karenge. Payment kis mode se karenge?`],
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
          ['BOT', 'Details ke liye thank you. Update hone mein 48 ghante tak lag sakte hain, main ise reconciliation ke liye bhej rahi hoon.'],
          ['HUMAN', 'Please dhyan rakhiye ki iske liye dobara call na aaye.'],
        ];
      case 'interested':
        return [
          ['HUMAN', `Haan, mujhe lagbhag ${v.loanAmount} ka loan chahiye tha.`],
          ['BOT', 'Badhiya. Aapki monthly income kitni hai, aur aap salaried hain ya self-employed?'],
          ['HUMAN', `Main ${v.employment} hoon, income lagbhag ${v.income} mahina hai. Main ${v.city} mein ${v.g('rehta', 'rehti')} hoon.`],
          ['BOT', 'Thank you, aap eligible lag rahe hain. Hamare loan officer 24 ghante mein aapko call karenge.'],
        ];
      case 'call_back_later':
        return [
          ['HUMAN', `Abhi main meeting mein hoon. Aap ${v.callback} ko shaam ko call kar sakte hain?`],
          ['BOT', `Zaroor, main ${v.callback} ko shaam 6 baje ke aas-paas call karungi.`],
        ];
      case 'dispute':
        return [
          ['HUMAN', `Ye amount sahi nahi hai. ${v.dispute}.`],
          ['BOT', 'Main samajh sakti hoon. Main dispute raise kar rahi hoon, hamari team 3 working days mein aapse contact karegi.'],
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
              ['BOT', `Main samajhti hoon, lekin delay se ${v.lateFee} late fee lagegi aur aapka CIBIL score bhi kharab ho sakta hai.`],
              ['HUMAN', 'Maine kaha na, baat nahi karni. Dobara call mat karna.'],
            ];
      case 'wrong_number':
        return [
          ['HUMAN', `Nahi, yahan koi ${v.name} nahi hai. Aapne galat number lagaya hai.`],
          ['BOT', 'Takleef ke liye maafi chahti hoon. Main record update kar dungi.'],
        ];
      default:
        return [BARRIER(v), ['BOT', `Maaf kijiye, abhi main sirf Hindi aur English mein baat kar sakti hoon. Main ${v.regional} mein call arrange karwati hoon.`]];
    }
  },
  fillers: (v, lead) =>
    lead
      ? [
          [['HUMAN', 'Interest rate kitna hai?'], ['BOT', 'Rate 10.99% per annum se shuru hota hai aur aapki profile par depend karta hai.']],
          [['HUMAN', 'Paisa kitne din mein milega?'], ['BOT', 'Document verification ke baad usually 48 ghante mein.']],
          [['HUMAN', 'Kaunse documents chahiye?'], ['BOT', 'PAN, Aadhaar aur last teen mahine ka bank statement.']],
          [['HUMAN', 'Koi processing fee hai?'], ['BOT', '2% tak processing fee lagti hai, jo sign karne se pehle batayi jaati hai.']],
          [['BOT', 'Kya aap apna city bata sakte hain?'], ['HUMAN', `${v.city}.`]],
        ]
      : [
          [['BOT', 'Verification ke liye, kya aap apne registered mobile number ke last 4 digits bata sakte hain?'], ['HUMAN', `${v.last4}.`]],
          [['HUMAN', 'Late fee kitni lagegi?'], ['BOT', `Due date ke baad ${v.lateFee} ka late payment charge lagta hai.`]],
          [['HUMAN', 'Sorry, network theek nahi hai. Phir se bataiye?'], ['BOT', `Ji zaroor. Aapki EMI ${v.amount} ki hai.`]],
          [['HUMAN', 'Kya isse mera CIBIL score kharab hoga?'], ['BOT', '30 din se zyada delay hone par credit bureau ko report hota hai, isliye time par payment karna behtar hai.']],
          [['BOT', 'Kya main aapko WhatsApp par payment link bhej doon?'], ['HUMAN', 'Haan, isi number par bhej dijiye.']],
          [['HUMAN', `Kya main do parts mein pay kar ${v.g('sakta', 'sakti')} hoon?`], ['BOT', 'Part payment accept hota hai, lekin late charge se bachne ke liye poori EMI bharni hogi.']],
        ],
  closing: (v) => [['BOT', `Aapka time dene ke liye thank you, ${v.name} ji. Aapka din shubh ho.`], ['HUMAN', 'Theek hai, thank you.']],
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

export const SCRIPTS = { en: english, hi: hindi, hinglish } as const;
