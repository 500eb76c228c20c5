// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { DeliveryErrors } from '../../src/features/log-drawer/delivery-errors.tsx';
import { WhatsappThread } from '../../src/features/log-drawer/whatsapp-thread.tsx';
import type { LogEntry, WhatsappEntry } from '../../src/logs/log-entry.ts';
import type { SourceInfo } from '../../src/logs/source.ts';
import { timepayAdapter } from '../../src/providers/timepay/index.ts';

const source: SourceInfo = {
  id: 'collections',
  provider: 'timepay',
  label: 'Collections',
  timeZone: 'Asia/Kolkata',
  defaultCountry: 'IN',
  sandbox: false,
};

/** The seed's "WhatsApp Logs" example, verbatim, through the real adapter. */
function seedWhatsapp(): WhatsappEntry {
  const body: unknown = JSON.parse(
    readFileSync('test/providers/fixtures/timepay/whatsapp-logs.json', 'utf8'),
  );
  const entry = timepayAdapter.parseList(body, source).entries[0] as LogEntry;
  if (entry.channel !== 'whatsapp') throw new Error('the seed record is a WhatsApp message');
  return entry;
}

afterEach(cleanup);

describe('DeliveryErrors', () => {
  it("explains the seed's Meta error 131042: meaning, action, retry and a link to Meta", () => {
    render(<DeliveryErrors errors={seedWhatsapp().deliveryErrors} failed />);
    const article = screen.getByRole('article');
    expect(within(article).getByText(/131042/)).toBeTruthy();
    expect(within(article).getByText('What to do')).toBeTruthy();
    expect(article.textContent).toMatch(/payment method/);
    const link = within(article).getByRole('link', { name: "Meta's reference" });
    expect(link.getAttribute('href')).toMatch(/^https:\/\/developers\.facebook\.com\//);
  });

  it('never makes a javascript: or foreign link live', () => {
    render(
      <DeliveryErrors
        failed
        errors={[
          {
            code: 131026,
            title: 'Message undeliverable',
            message: null,
            href: 'javascript:alert(1)',
            details: null,
          },
          {
            code: 131047,
            title: 'Re-engagement message',
            message: null,
            href: 'https://evil.example/meta',
            details: null,
          },
        ]}
      />,
    );
    expect(screen.queryAllByRole('link')).toHaveLength(0);
    expect(screen.getAllByText('What to do')).toHaveLength(2);
  });

  it('says so when a message failed without any error from the provider', () => {
    render(<DeliveryErrors errors={[]} failed />);
    expect(screen.getByRole('status').textContent).toMatch(/no error code/);
  });
});

describe('WhatsappThread', () => {
  it('renders the seed conversation in Devanagari with its line breaks, as text', () => {
    const { container } = render(
      <WhatsappThread messages={seedWhatsapp().conversation} zone="Asia/Kolkata" />,
    );
    const bubble = screen.getByRole('listitem');
    expect(bubble.textContent).toContain('आपका timepay.ai लोन किस्त');
    expect(bubble.textContent).toContain('₹7442');
    expect(container.querySelector('time')?.textContent).toBe('22 Jan 19:04');
  });

  it('renders markup from a provider as inert text', () => {
    const { container } = render(
      <WhatsappThread
        zone="UTC"
        messages={[
          { role: 'user', content: '<img src=x onerror=alert(1)><script>alert(2)</script>', at: null },
        ]}
      />,
    );
    expect(container.querySelector('img, script')).toBeNull();
    expect(screen.getByRole('listitem').textContent).toContain('<script>alert(2)</script>');
  });

  it('shows the template, times in the display zone (source zone on hover) and the delivery status', () => {
    const seed = seedWhatsapp();
    render(
      <WhatsappThread
        messages={seed.conversation}
        zone="UTC"
        sourceZone="Asia/Kolkata"
        delivery="read"
        deliveryRaw="read"
        templateName="emi_reminder_hi"
      />,
    );
    expect(screen.getByText('emi_reminder_hi')).toBeTruthy();
    const time = screen.getByRole('listitem').querySelector('time');
    expect(time?.textContent).toBe('22 Jan 13:34');
    expect(time?.getAttribute('title')).toBe('22 Jan 2026 19:04:31 (Asia/Kolkata)');
    expect(screen.getByText('Read')).toBeTruthy();
  });

  it("marks a failed message as not delivered under the business's last bubble only", () => {
    render(
      <WhatsappThread
        zone="UTC"
        delivery="failed"
        messages={[
          { role: 'assistant', content: 'first', at: null },
          { role: 'user', content: 'reply 😀\nsecond line', at: null },
          { role: 'assistant', content: 'last', at: null },
        ]}
      />,
    );
    const bubbles = screen.getAllByRole('listitem');
    expect(bubbles[0]?.textContent).not.toContain('Not delivered');
    expect(bubbles[1]?.textContent).toContain('reply 😀\nsecond line');
    expect(bubbles[2]?.textContent).toContain('Not delivered');
  });
});
