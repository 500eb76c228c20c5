import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { applyTheme, storedTheme } from '../state/use-theme.ts';
import { createQueryClient } from '../api/query-client.ts';
import { inlinedSources, sourcesQueryOptions } from '../api/sources.ts';
import { parseSearchParams } from '../logs/url-codec.ts';
import { loadAdapter } from '../providers/registry.ts';
import { pickSource } from './pick-source.ts';
import { AppProviders } from './providers.tsx';
import { AppRoutes } from './routes.tsx';
import './index.css';

applyTheme(storedTheme());

// Before React's first render: the source list (inlined by the server into a dashboard page, else
// preloaded by index.html), then the adapter chunk of every source the URL shows, so the first page can be
// asked for as soon as the page renders.
const client = createQueryClient();
const inlined = inlinedSources(document);
if (inlined) client.setQueryData(sourcesQueryOptions().queryKey, inlined);
void client.fetchQuery(sourcesQueryOptions()).then(
  (sources) => {
    const wanted = parseSearchParams(new URLSearchParams(window.location.search)).query.sources;
    for (const member of pickSource(sources, wanted).members)
      void loadAdapter(member.provider).catch(() => {});
  },
  () => {}, // the page shows why the list failed
);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <AppProviders client={client}>
      <AppRoutes />
    </AppProviders>
  </StrictMode>,
);
