import type { LogStatus, Outcome } from '../../logs/log-entry.ts';
import type { BadgeTone } from '../../components/badge.tsx';

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
