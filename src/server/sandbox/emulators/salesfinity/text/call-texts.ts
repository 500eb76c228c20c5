import { at, hash32, mulberry32, pick, type Rng } from '../../../prng.ts';
import { BY_MACHINE, NONE, type SalesfinityDataset } from '../data/dataset.ts';

const OPENERS = [
  'Hi {first}, this is {rep} from Northpeak. Did I catch you at a bad time?',
  "Hey {first}, {rep} with Northpeak here. I'll be quick, promise.",
  "Good morning {first}, it's {rep} calling from Northpeak.",
];
const PROSPECT_REPLIES = [
  "Uh, I've got a couple of minutes. What's this about?",
  "I'm between meetings, go ahead.",
  'Who did you say you were with?',
  'Sure, make it quick though.',
];
const PITCHES = [
  'We help teams like {company} cut the time reps spend dialing by about sixty percent.',
  'We work with operations leaders to get their outbound teams three times more live conversations.',
  'I noticed {company} is hiring SDRs, and we usually help with ramp time.',
];
const OBJECTIONS = [
  'We already use a dialer, honestly.',
  "Budget's locked until next quarter.",
  "I'm not the right person for this, you'd want our sales ops lead.",
  "Send me something by email and I'll take a look.",
  'That actually sounds relevant. How does pricing work?',
];
const CLOSES: Readonly<Record<string, string[]>> = {
  positive: [
    "Great, I'll send a calendar invite for Tuesday at two Eastern.",
    'Perfect, I will follow up with an email and a couple of times that work.',
  ],
  negative: ["Understood, I'll take you off my list. Thanks for your time.", 'No problem, have a good one.'],
  neutral: ['Thanks, who would be the best person to talk to instead?', 'Got it, sorry to bother you.'],
  not_answered: ["Could you let {first} know I called? It's {rep} from Northpeak."],
};

function fill(template: string, vars: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');
}

function vars(ds: SalesfinityDataset, i: number): Record<string, string> {
  const c = ds.contact[i] ?? 0;
  const rep = at(ds.catalog.users, ds.user[i] ?? 0);
  return { first: at(ds.contacts.first, c), company: at(ds.contacts.company, c), rep: rep.first_name };
}

const rngOf = (ds: SalesfinityDataset, i: number, salt: number): Rng =>
  mulberry32(hash32(ds.recSeed[i] ?? 0, salt));

/** Plain-text transcription of a connected call; 1 in 7 carries control characters, as exports do. */
export function transcription(ds: SalesfinityDataset, i: number): string {
  const rng = rngOf(ds, i, 0x7e47);
  const v = vars(ds, i);
  const prospect = v.first ?? 'Prospect';
  const rep = v.rep ?? 'Rep';
  const lines: string[] = [];
  if (ds.answeredBy[i] === BY_MACHINE) {
    lines.push(`Voicemail: Hi, you've reached ${prospect}. Please leave a message after the tone.`);
    lines.push(
      `${rep}: ${fill(pick(rng, CLOSES.not_answered ?? []), v)} I'll try you again later this week.`,
    );
  } else {
    const d = ds.disposition[i] ?? NONE;
    const category = d === NONE ? 'neutral' : at(ds.catalog.dispositions, d).category;
    lines.push(`${rep}: ${fill(pick(rng, OPENERS), v)}`);
    lines.push(`${prospect}: ${pick(rng, PROSPECT_REPLIES)}`);
    const turns = 1 + Math.floor(((ds.duration[i] ?? 0) / 60) * rng());
    for (let t = 0; t < Math.min(turns, 8); t++) {
      lines.push(`${rep}: ${fill(pick(rng, PITCHES), v)}`);
      lines.push(`${prospect}: ${pick(rng, OBJECTIONS)}`);
    }
    lines.push(`${rep}: ${fill(pick(rng, CLOSES[category] ?? CLOSES.neutral ?? []), v)}`);
  }
  const text = lines.join('\n');
  if ((ds.recSeed[i] ?? 0) % 7 !== 0) return text;
  // Carriage returns, a bell, a NUL and a terminal escape, as raw speech-to-text exports sometimes have.
  return `\u001b[0m${text.replace(/\n/g, '\r\n')}\u0007\u0000`;
}

const NOTES: Readonly<Record<string, string[]>> = {
  positive: [
    'Booked follow-up, sent invite.',
    'Interested — wants a deck first.',
    'Call back next week per request.',
  ],
  negative: ['Not interested, uses a competitor.', 'Asked to be removed.', ''],
  neutral: ['Left company; ask for replacement.', 'Wrong person, got referral to ops.', ''],
  not_answered: ['', 'LVM', 'Gatekeeper — try after 4pm.'],
  cancelled: [''],
};

/** The rep's note: text, "" or null, by disposition. */
export function notes(ds: SalesfinityDataset, i: number): string | null {
  const d = ds.disposition[i] ?? NONE;
  if (d === NONE) return null;
  const rng = rngOf(ds, i, 0x4073);
  return pick(rng, NOTES[at(ds.catalog.dispositions, d).category] ?? ['']);
}

/** An AI summary of connected human calls of half a minute or more; null otherwise. */
export function summary(ds: SalesfinityDataset, i: number): string | null {
  if (ds.answeredBy[i] !== 1 || (ds.duration[i] ?? 0) < 30) return null;
  const v = vars(ds, i);
  const d = ds.disposition[i] ?? NONE;
  const name = d === NONE ? 'no disposition' : at(ds.catalog.dispositions, d).name;
  const rng = rngOf(ds, i, 0x5a77);
  const topic = pick(rng, ['dialer consolidation', 'SDR ramp time', 'connect rates', 'pricing', 'CRM sync']);
  return `${v.rep} spoke with ${v.first} (${v.company}) about ${topic}. Outcome: ${name}.`;
}
