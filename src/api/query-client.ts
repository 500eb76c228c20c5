import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './http.ts';

const MAX_RETRIES = 4;

/** Retries 5xx and network faults with backoff, waits out `Retry-After` on 429, never retries other 4xx. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failureCount, error) =>
          error instanceof ApiError && error.retryable && failureCount < MAX_RETRIES,
        retryDelay: (attempt, error) =>
          error instanceof ApiError && error.retryAfterSec !== null
            ? error.retryAfterSec * 1000
            : Math.min(500 * 2 ** attempt, 8_000),
        refetchOnWindowFocus: false,
      },
    },
  });
}
