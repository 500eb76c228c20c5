function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The export was cancelled.', 'AbortError');
}

/** Resolves after `ms`, or rejects as soon as `signal` aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.reject(abortError(signal));
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError(signal));
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** What the pacer reads time from and waits on: the real clock, or a test's fake one. */
export interface PacerClock {
  now: () => number;
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
}

export const realClock: PacerClock = { now: () => Date.now(), sleep };

/** At most `requests` starts in any `perMs` window (a sliding window over the last starts). */
export class Pacer {
  private readonly starts: number[] = [];
  constructor(
    private readonly limit: { requests: number; perMs: number },
    private readonly clock: PacerClock = realClock,
  ) {}

  async turn(signal: AbortSignal): Promise<void> {
    const { requests, perMs } = this.limit;
    if (this.starts.length >= requests) {
      const due = (this.starts[this.starts.length - requests] ?? 0) + perMs;
      // A timer may fire a millisecond early by the wall clock: wait again until the window has really passed.
      for (let now = this.clock.now(); now < due; now = this.clock.now()) await this.clock.sleep(due - now, signal);
    }
    this.starts.push(this.clock.now());
    if (this.starts.length > requests) this.starts.splice(0, this.starts.length - requests);
  }
}
