import type { ChatMessage } from '../../logs/log-entry.ts';
import { formatInZone } from '../../logs/time.ts';

/** The WhatsApp conversation as chat bubbles: the business on the right, the customer on the left. */
export function WhatsappThread({ messages, zone }: { messages: readonly ChatMessage[]; zone: string }) {
  return (
    <section aria-labelledby="thread-h" className="flex flex-col gap-2">
      <h3 id="thread-h" className="text-sm font-semibold">
        Conversation
      </h3>
      {messages.length === 0 ? (
        <p className="text-sm text-slate-500">No messages in this conversation.</p>
      ) : null}
      <ol className="flex flex-col gap-2">
        {messages.map((m, i) => (
          <li key={i} className={`flex ${m.role === 'assistant' ? 'justify-end' : 'justify-start'}`}>
            <div
              className={`max-w-[80%] rounded-lg px-3 py-2 text-sm whitespace-pre-wrap break-words ${m.role === 'assistant' ? 'bg-emerald-100 dark:bg-emerald-900' : 'bg-slate-100 dark:bg-slate-800'}`}
            >
              <span className="sr-only">{m.role === 'assistant' ? 'Business' : 'Customer'}: </span>
              {m.content}
              {m.at !== null ? (
                <time
                  className="mt-1 block text-right text-xs text-slate-500"
                  dateTime={new Date(m.at).toISOString()}
                >
                  {formatInZone(m.at, zone, 'dd MMM HH:mm')}
                </time>
              ) : null}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
