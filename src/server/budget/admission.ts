import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { sendError } from '../json-response.ts';
import type { Priority, SourceBudget } from './source-budget.ts';

/** Set by the browser's background fetchers (exports, charts' counts, live checks); never sent upstream. */
export const PRIORITY_HEADER = 'x-switchboard-priority';
/** A 429 without Retry-After still pauses the source this long. */
const DEFAULT_PAUSE_MS = 2_000;

export function priorityOf(headers: IncomingHttpHeaders): Priority {
  return headers[PRIORITY_HEADER] === 'background' ? 'background' : 'interactive';
}

/** Runs `send` once the source's budget grants a token; answers 429 with Retry-After instead of waiting too long. */
export function admit(
  budget: SourceBudget | undefined,
  req: IncomingMessage,
  res: ServerResponse,
  named: string,
  sourceId: string,
  send: () => void,
): void {
  if (!budget) return send();
  const gone = new AbortController();
  const onClose = () => gone.abort();
  res.once('close', onClose);
  void budget.acquire(priorityOf(req.headers), gone.signal).then((admission) => {
    res.off('close', onClose);
    if (admission.ok) return send();
    if (res.destroyed || res.headersSent) return;
    const seconds = admission.retryAfterSec;
    sendError(
      res,
      429,
      {
        error: 'rate_limited',
        source: sourceId,
        message: `${named}: ${admission.reason}; Switchboard asks again in ${seconds} s.`,
      },
      { 'retry-after': String(seconds) },
    );
  });
}

/** A provider's 429 pauses its source for every user, for as long as its Retry-After says. */
export function pauseOn429(budget: SourceBudget | undefined, retryAfter: string | undefined): void {
  if (!budget) return;
  const raw = retryAfter?.trim() ?? '';
  const seconds = Number(raw);
  const date = Date.parse(raw);
  const ms =
    raw !== '' && Number.isFinite(seconds)
      ? seconds * 1000
      : Number.isFinite(date)
        ? date - Date.now()
        : DEFAULT_PAUSE_MS;
  budget.pause(Math.min(Math.max(ms, 0), 10 * 60_000));
}
