import type { LogStatus, Outcome } from '../../logs/log-entry.ts';

/**
 * The one mapping from Salesfinity's labels to normalized status and outcome. A call's outcome comes
 * from its disposition (id, category or name) when that says something, else from `outcome` and
 * `answered_by`. Anything not here maps to 'unknown'; the raw labels are kept beside.
 */

export type DispositionCategory = 'positive' | 'negative' | 'neutral' | 'not_answered' | 'cancelled';

interface DispositionRow {
  id: number;
  name: string;
  category: DispositionCategory;
  outcome: Outcome;
}

/** The 14 default dispositions every account has (PROVIDERS.md), by their numeric `id`. */
export const DEFAULT_DISPOSITIONS: readonly DispositionRow[] = [
  { id: 1, name: 'Answered – Meeting Set', category: 'positive', outcome: 'answered' },
  { id: 2, name: 'Answered – No Longer with Company', category: 'neutral', outcome: 'answered' },
  { id: 3, name: 'Answered – Not Interested', category: 'negative', outcome: 'answered' },
  { id: 4, name: 'Answered – Referral', category: 'positive', outcome: 'answered' },
  { id: 5, name: 'Answered – Wrong Contact', category: 'neutral', outcome: 'answered' },
  { id: 6, name: 'Answered – Call back later', category: 'positive', outcome: 'answered' },
  { id: 7, name: 'Answered – Reach out in 6 months', category: 'positive', outcome: 'answered' },
  { id: 8, name: 'Answered – Send an email', category: 'positive', outcome: 'answered' },
  { id: 9, name: 'Answered – Do not call again', category: 'negative', outcome: 'answered' },
  { id: 10, name: 'No Answer', category: 'not_answered', outcome: 'no_answer' },
  { id: 11, name: 'Left Voicemail', category: 'not_answered', outcome: 'voicemail' },
  // Someone picked up, just not the prospect.
  { id: 12, name: 'Gatekeeper', category: 'not_answered', outcome: 'answered' },
  { id: 13, name: 'Bad Number', category: 'not_answered', outcome: 'failed' },
  { id: 14, name: 'Cancelled', category: 'cancelled', outcome: 'cancelled' },
];

const byId = new Map(DEFAULT_DISPOSITIONS.map((d) => [d.id, d]));

/** What a category alone says (custom dispositions): the answered ones, cancelled; not_answered is vague. */
const BY_CATEGORY: Readonly<Record<string, Outcome>> = {
  positive: 'answered',
  negative: 'answered',
  neutral: 'answered',
  not_answered: 'no_answer',
  cancelled: 'cancelled',
};

/** `Answered – Meeting Set`, `answered-meeting_set`, ` ANSWERED - MEETING SET ` → `answered meeting set`. */
export function labelKey(label: string): string {
  return label
    .toLowerCase()
    .replace(/[\s_\-–—:]+/g, ' ')
    .trim();
}

const BY_NAME: ReadonlyMap<string, Outcome> = new Map([
  ...DEFAULT_DISPOSITIONS.map((d): [string, Outcome] => [labelKey(d.name), d.outcome]),
  ['voicemail', 'voicemail'],
  ['left vm', 'voicemail'],
  ['busy', 'busy'],
  ['canceled', 'cancelled'],
  ['wrong number', 'failed'],
]);

/** Custom names ("Voicemail 2", "Busy signal"): the word that gives the outcome away. */
function outcomeOfWords(key: string): Outcome {
  if (key.startsWith('answered ')) return 'answered';
  if (key.includes('voicemail')) return 'voicemail';
  if (key.includes('no answer')) return 'no_answer';
  if (key.includes('busy')) return 'busy';
  if (key.includes('cancel')) return 'cancelled';
  if (key.includes('bad number') || key.includes('wrong number')) return 'failed';
  return 'unknown';
}

// Labels repeat across thousands of records: remember their outcome (bounded, labels are few).
const nameCache = new Map<string, Outcome>();
function outcomeOfName(name: string): Outcome {
  let o = nameCache.get(name);
  if (o === undefined) {
    const key = labelKey(name);
    o = BY_NAME.get(key) ?? outcomeOfWords(key);
    if (nameCache.size > 5_000) nameCache.clear();
    nameCache.set(name, o);
  }
  return o;
}

/** The documented default name of a disposition id, or null for custom ones. */
export function defaultDispositionName(id: number | null): string | null {
  return id === null ? null : (byId.get(id)?.name ?? null);
}

/** What a disposition says of the outcome: by default id, then category, then name; else 'unknown'. */
export function dispositionOutcome(id: number | null, category: string | null, name: string | null): Outcome {
  const row = id === null ? undefined : byId.get(id);
  if (row) return row.outcome;
  if (category !== null) {
    const fromName = name === null ? 'unknown' : outcomeOfName(name);
    // A custom not_answered disposition may still name its outcome ("Voicemail 2", "Busy").
    if (category === 'not_answered' && fromName !== 'unknown') return fromName;
    const c = BY_CATEGORY[category.toLowerCase()];
    if (c !== undefined) return c;
  }
  return name === null ? 'unknown' : outcomeOfName(name);
}

interface OutcomeRow {
  status: LogStatus;
  outcome: Outcome;
}

/** `outcome` of a call (documented: answered, no-answer, cancelled). */
const CALL_OUTCOMES: ReadonlyMap<string, OutcomeRow> = new Map([
  ['answered', { status: 'completed', outcome: 'answered' }],
  ['no-answer', { status: 'no_contact', outcome: 'no_answer' }],
  ['no_answer', { status: 'no_contact', outcome: 'no_answer' }],
  ['cancelled', { status: 'no_contact', outcome: 'cancelled' }],
  ['canceled', { status: 'no_contact', outcome: 'cancelled' }],
  ['busy', { status: 'no_contact', outcome: 'busy' }],
  ['failed', { status: 'failed', outcome: 'failed' }],
]);

const UNKNOWN: OutcomeRow = { status: 'unknown', outcome: 'unknown' };

/** Status and outcome of `outcome`/`answered_by`/`is_completed` alone (no disposition). */
export function mapCallOutcome(
  raw: string | null,
  answeredBy: string | null,
  isCompleted: boolean | null,
): OutcomeRow {
  const row = raw === null ? UNKNOWN : (CALL_OUTCOMES.get(raw.toLowerCase()) ?? UNKNOWN);
  const machine = answeredBy !== null && answeredBy.toLowerCase().startsWith('machine');
  const outcome = row.outcome === 'answered' && machine ? 'voicemail' : row.outcome;
  const status = isCompleted === false ? 'in_progress' : row.status;
  return status === row.status && outcome === row.outcome ? row : { status, outcome };
}

/** The documented values of `filters[outcome]`, for the status picker. */
export const KNOWN_OUTCOMES: ReadonlyArray<{ value: string; label: string }> = [
  { value: 'answered', label: 'Answered' },
  { value: 'no-answer', label: 'No answer' },
  { value: 'cancelled', label: 'Cancelled' },
];
