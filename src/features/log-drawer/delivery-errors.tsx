import type { DeliveryError } from '../../logs/log-entry.ts';
import { explainMetaError, safeMetaHref, type RetryAdvice } from '../../logs/meta-errors.ts';

const retryWords: Record<RetryAdvice, string> = {
  yes: 'Yes: resending should work.',
  later: 'Later: resend after a wait.',
  no: 'No: the same message will fail again.',
  sometimes: 'Only after fixing the cause above.',
};

/** Meta's delivery errors with what they mean, what to do, and whether a retry helps. */
export function DeliveryErrors({ errors, failed }: { errors: readonly DeliveryError[]; failed: boolean }) {
  if (errors.length === 0) {
    return failed ? (
      <p role="status" className="text-sm text-red-800 dark:text-red-300">
        The message failed, and the provider gave no error code or reason for it.
      </p>
    ) : null;
  }
  return (
    <section aria-labelledby="errors-h" className="flex flex-col gap-2">
      <h3 id="errors-h" className="text-sm font-semibold text-red-800 dark:text-red-300">
        Delivery failed
      </h3>
      {errors.map((error, i) => {
        const explained = error.code !== null ? explainMetaError(error.code) : null;
        const href = safeMetaHref(error.href);
        return (
          <article
            key={i}
            className="rounded border border-red-200 bg-red-50 p-3 text-sm dark:border-red-900 dark:bg-red-950"
          >
            <p className="font-medium">
              {error.code ?? 'No code'} · {error.title ?? explained?.title ?? 'Unknown error'}
            </p>
            {error.message && error.message !== error.title ? <p>{error.message}</p> : null}
            {error.details ? <p className="text-slate-700 dark:text-slate-300">{error.details}</p> : null}
            {explained ? (
              <dl className="mt-2 grid grid-cols-[7rem_1fr] gap-x-2 gap-y-1">
                <dt className="text-slate-600 dark:text-slate-300">What it means</dt>
                <dd>{explained.meaning}</dd>
                <dt className="text-slate-600 dark:text-slate-300">What to do</dt>
                <dd>{explained.action}</dd>
                <dt className="text-slate-600 dark:text-slate-300">Retry?</dt>
                <dd>{retryWords[explained.retry]}</dd>
              </dl>
            ) : null}
            {href ? (
              <a
                className="mt-1 inline-block text-teal-700 underline dark:text-teal-300"
                href={href}
                target="_blank"
                rel="noreferrer noopener"
              >
                Meta's reference
              </a>
            ) : null}
          </article>
        );
      })}
    </section>
  );
}
