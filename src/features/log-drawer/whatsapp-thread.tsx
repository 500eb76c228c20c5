import type { ChatMessage, Outcome } from '../../logs/log-entry.ts';
import { formatInZone } from '../../logs/time.ts';

export interface WhatsappThreadProps {
  messages: readonly ChatMessage[];
  /** The display zone. */
  zone: string;
  /** The source's zone, shown on hover. */
  sourceZone?: string;
  /** Where the business's message stands: accepted, delivered, read or failed (else not shown). */
  delivery?: Outcome;
  /** The provider's own label of that status. */
  deliveryRaw?: string | null;
  templateName?: string | null;
}

const deliveryLook: Partial<Record<Outcome, { label: string; ticks: string; className: string }>> = {
  accepted: {
    label: 'Sent (accepted by WhatsApp)',
    ticks: '✓',
    className: 'text-slate-600 dark:text-slate-300',
  },
  delivered: { label: 'Delivered', ticks: '✓✓', className: 'text-slate-600 dark:text-slate-300' },
  read: { label: 'Read', ticks: '✓✓', className: 'text-sky-700 dark:text-sky-300' },
  failed: { label: 'Not delivered', ticks: '!', className: 'font-semibold text-red-700 dark:text-red-300' },
};

function Stamp({ at, zone, sourceZone }: { at: number; zone: string; sourceZone: string | undefined }) {
  return (
    <time
      className="text-[11px] text-slate-600 dark:text-slate-300"
      dateTime={new Date(at).toISOString()}
      title={
        sourceZone ? `${formatInZone(at, sourceZone, 'dd MMM yyyy HH:mm:ss')} (${sourceZone})` : undefined
      }
    >
      {formatInZone(at, zone, 'dd MMM HH:mm')}
    </time>
  );
}

/**
 * The WhatsApp conversation as chat bubbles: the business on the right, the customer on the left, times in
 * the display zone, the template it was sent from, and the delivery status under the business's last message.
 */
export function WhatsappThread({
  messages,
  zone,
  sourceZone,
  delivery,
  deliveryRaw,
  templateName,
}: WhatsappThreadProps) {
  const look = delivery ? deliveryLook[delivery] : undefined;
  let lastBusiness = -1;
  messages.forEach((m, i) => {
    if (m.role === 'assistant') lastBusiness = i;
  });
  return (
    <section aria-labelledby="thread-h" className="flex flex-col gap-2">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id="thread-h" className="text-sm font-semibold">
          Conversation
        </h3>
        {templateName ? (
          <p className="text-xs text-slate-600 dark:text-slate-300">
            Template <code className="rounded bg-slate-100 px-1 dark:bg-slate-800">{templateName}</code>
          </p>
        ) : null}
      </div>
      {messages.length === 0 ? (
        <p className="text-sm text-slate-500 dark:text-slate-400">No messages in this conversation.</p>
      ) : null}
      <ol className="flex flex-col gap-2 rounded-lg bg-[#efeae2] p-3 dark:bg-slate-950">
        {messages.map((m, i) => {
          const business = m.role === 'assistant';
          return (
            <li key={i} className={`flex ${business ? 'justify-end' : 'justify-start'}`}>
              <div
                className={`max-w-[80%] rounded-lg px-3 py-1.5 text-sm shadow-sm ${business ? 'rounded-tr-none bg-[#d9fdd3] dark:bg-emerald-900' : 'rounded-tl-none bg-white dark:bg-slate-800'}`}
              >
                <span className="sr-only">{business ? 'Business' : 'Customer'}: </span>
                <p dir="auto" className="break-words whitespace-pre-wrap">
                  {m.content}
                </p>
                <p className="mt-0.5 flex items-center justify-end gap-1.5">
                  {m.at !== null ? <Stamp at={m.at} zone={zone} sourceZone={sourceZone} /> : null}
                  {i === lastBusiness && look ? (
                    <span
                      className={`text-[11px] ${look.className}`}
                      title={deliveryRaw ? `Provider status: ${deliveryRaw}` : undefined}
                    >
                      <span aria-hidden="true">{look.ticks} </span>
                      {look.label}
                    </span>
                  ) : null}
                </p>
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
