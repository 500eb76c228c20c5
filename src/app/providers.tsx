import { useState, type ReactNode } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router';
import { createQueryClient } from '../api/query-client.ts';

export function AppProviders({ children }: { children: ReactNode }) {
  const [client] = useState(createQueryClient);
  return (
    <QueryClientProvider client={client}>
      {/* Filters are URL state: apply a change at once rather than as an interruptible transition. */}
      <BrowserRouter useTransitions={false}>{children}</BrowserRouter>
    </QueryClientProvider>
  );
}
