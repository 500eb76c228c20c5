import type { LogEntry, LogStatus, Outcome } from '../../logs/log-entry.ts';
import type { BadgeTone } from '../../components/badge.tsx';

/** 75 → "1:15"; 3725 → "1:02:05". */
export function formatDuration(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return '—';
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}

export const statusTone: Record<LogStatus, BadgeTone> = {
  completed: 'good',
  no_contact: 'warn',
  failed: 'bad',
  in_progress: 'info',
  pending: 'info',
  unknown: 'neutral',
};

export const outcomeTone: Record<Outcome, BadgeTone> = {
  answered: 'good',
  delivered: 'good',
  read: 'good',
  accepted: 'info',
  no_answer: 'warn',
  voicemail: 'warn',
  busy: 'warn',
  cancelled: 'neutral',
  failed: 'bad',
  unknown: 'neutral',
};

export const channelLabel: Record<LogEntry['channel'], string> = {
  call: 'Call',
  whatsapp: 'WhatsApp',
  sms: 'SMS',
};
