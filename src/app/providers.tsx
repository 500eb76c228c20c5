import type { ReactNode } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router';

export function AppProviders({ client, children }: { client: QueryClient; children: ReactNode }) {
  return (
    <QueryClientProvider client={client}>
      {/* Filters are URL state: apply a change at once rather than as an interruptible transition. */}
      <BrowserRouter useTransitions={false}>{children}</BrowserRouter>
    </QueryClientProvider>
  );
}
