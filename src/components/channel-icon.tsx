import type { Channel } from '../logs/log-entry.ts';

const paths: Record<Channel, string> = {
  // phone handset
  call: 'M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1z',
  // speech bubble
  whatsapp: 'M4 4h16a1 1 0 0 1 1 1v11a1 1 0 0 1-1 1H9l-5 4V5a1 1 0 0 1 1-1z',
  // envelope
  sms: 'M3 5h18a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1zm0 2v.4l9 5.6 9-5.6V7l-9 5.6z',
};

const colors: Record<Channel, string> = {
  call: 'text-sky-600',
  whatsapp: 'text-emerald-600',
  sms: 'text-violet-600',
};

/** A channel's icon; decorative, the label beside it carries the meaning. */
export function ChannelIcon({ channel }: { channel: Channel }) {
  return (
    <svg
      viewBox="0 0 24 24"
      aria-hidden="true"
      className={`inline-block h-3.5 w-3.5 fill-current align-[-2px] ${colors[channel]}`}
    >
      <path d={paths[channel]} />
    </svg>
  );
}
