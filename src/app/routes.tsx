import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { CustomerPage } from './customer-page.tsx';
import { LogsPage } from './logs-page.tsx';
import { SourcesPage } from './sources-page.tsx';

// Admins only, and rarely: its chunk loads when the page is opened.
const AuditPage = lazy(() => import('../features/audit/index.ts').then((m) => ({ default: m.AuditPage })));

function NotFound() {
  const location = useLocation();
  return (
    <main className="p-8">
      <h1 className="text-lg font-semibold">Nothing at {location.pathname}</h1>
      <a className="text-teal-700 underline" href="/logs">
        Go to the logs
      </a>
    </main>
  );
}

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<Navigate to="/logs" replace />} />
      <Route path="/logs" element={<LogsPage />} />
      <Route path="/customer" element={<CustomerPage />} />
      <Route
        path="/audit"
        element={
          <Suspense fallback={<p className="p-8">Loading the audit trail…</p>}>
            <AuditPage />
          </Suspense>
        }
      />
      <Route path="/sources" element={<SourcesPage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
