// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { SourceStatus } from '../../src/features/timeline/source-status.tsx';
import type { SourceTimeline } from '../../src/features/timeline/use-timeline.ts';
import { sandboxSource } from './log-drawer-payloads.ts';

afterEach(cleanup);

function part(
  provider: SourceTimeline['source']['provider'],
  change: Partial<SourceTimeline>,
): SourceTimeline {
  return {
    source: sandboxSource(provider, 'UTC', 'US'),
    state: 'ready',
    reason: null,
    error: null,
    total: 0,
    pagesRead: 1,
    pagesWanted: 1,
    entries: [],
    dropped: 0,
    invalid: 0,
    capped: false,
    logsHref: `/logs?source=sandbox-${provider}&phone=%2B13054493453`,
    retry: () => {},
    ...change,
  };
}

describe('SourceStatus', () => {
  it('names every source with what it gave, what was left out and why, and a failure with Try again', () => {
    let retried = 0;
    render(
      <MemoryRouter>
        <SourceStatus
          parts={[
            part('timepay', {
              total: 1234,
              pagesRead: 10,
              pagesWanted: 10,
              capped: true,
              dropped: 2,
              invalid: 1,
            }),
            part('unpod', {
              state: 'unsupported',
              reason: 'unpod call logs cannot be filtered by phone number',
            }),
            part('salesfinity', {
              state: 'error',
              error: new Error('Salesfinity answered 500'),
              retry: () => (retried += 1),
            }),
            part('convoso', { state: 'loading', pagesRead: 1, pagesWanted: 3 }),
          ]}
        />
      </MemoryRouter>,
    );
    const lines = within(screen.getByRole('list', { name: 'Sources' })).getAllByRole('listitem');
    expect(lines.map((l) => l.getAttribute('data-source'))).toEqual([
      'sandbox-timepay',
      'sandbox-unpod',
      'sandbox-salesfinity',
      'sandbox-convoso',
    ]);
    const [timepay, unpod, salesfinity, convoso] = lines as [
      HTMLElement,
      HTMLElement,
      HTMLElement,
      HTMLElement,
    ];
    expect(timepay.textContent).toContain('Showing the latest 3 of 1,234 from Sandbox timepay');
    expect(within(timepay).getByRole('link', { name: 'all of them in Logs' }).getAttribute('href')).toBe(
      '/logs?source=sandbox-timepay&phone=%2B13054493453',
    );
    expect(timepay.textContent).toContain(
      '2 logs Sandbox timepay matched loosely are about another number and left out',
    );
    expect(timepay.textContent).toContain('1 record failed validation');
    expect(unpod.textContent).toContain('not searched: unpod call logs cannot be filtered by phone number');
    expect(within(salesfinity).getByRole('alert').textContent).toContain('Salesfinity answered 500');
    fireEvent.click(within(salesfinity).getByRole('button', { name: 'Try again' }));
    expect(retried).toBe(1);
    expect(convoso.textContent).toContain('reading page 2 of 3');
  });
});
