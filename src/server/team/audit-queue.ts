import type { Database } from '../db/database.ts';
import type { Logger } from '../logger.ts';
import { insertAuditEntries, pruneAudit, type NewAuditEntry } from './audit-store.ts';

export interface AuditQueue {
  /** Queues an entry and returns at once: a proxied response never waits for the database. */
  record(entry: NewAuditEntry): void;
  /** Writes everything queued so far (tests, shutdown). */
  flush(): Promise<void>;
  close(): Promise<void>;
}

const FLUSH_EVERY_MS = 250;
const BATCH = 500;
/** Beyond this many unwritten entries (database down), the oldest are dropped and counted in the log. */
const MAX_QUEUED = 50_000;
const DAY_MS = 86_400_000;

/** Batches audit entries into the database off the request path; prunes entries past the retention. */
export function createAuditQueue(options: {
  db: Database;
  logger: Logger;
  retentionDays: number;
  now?: () => number;
}): AuditQueue {
  const { db, logger } = options;
  const now = options.now ?? Date.now;
  let queue: NewAuditEntry[] = [];
  let writing: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | null = null;
  let dropped = 0;

  const write = (): Promise<void> => {
    timer = null;
    writing = writing.then(async () => {
      while (queue.length > 0) {
        const batch = queue.slice(0, BATCH);
        try {
          await insertAuditEntries(db, batch);
          queue = queue.slice(batch.length);
        } catch (error) {
          logger.warn(`[audit] ${batch.length} entries not written yet: ${String(error)}`);
          schedule();
          return;
        }
      }
    });
    return writing;
  };
  const schedule = () => {
    if (timer === null) {
      timer = setTimeout(() => void write(), FLUSH_EVERY_MS);
      timer.unref();
    }
  };
  const prune = async () => {
    try {
      const removed = await pruneAudit(db, new Date(now() - options.retentionDays * DAY_MS));
      if (removed > 0)
        logger.info(`[audit] ${removed} entries older than ${options.retentionDays} days removed`);
    } catch (error) {
      logger.warn(`[audit] retention pass failed: ${String(error)}`);
    }
  };
  void prune();
  const daily = setInterval(() => void prune(), DAY_MS);
  daily.unref();

  return {
    record(entry) {
      queue.push(entry);
      if (queue.length > MAX_QUEUED) {
        dropped += queue.length - MAX_QUEUED;
        queue = queue.slice(-MAX_QUEUED);
        logger.warn(`[audit] database unavailable: ${dropped} entries dropped so far`);
      }
      schedule();
    },
    flush: write,
    async close() {
      clearInterval(daily);
      if (timer) clearTimeout(timer);
      await write();
    },
  };
}
