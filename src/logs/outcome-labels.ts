import type { LogStatus, Outcome } from './log-entry.ts';

/** How a normalized outcome reads on screen, the same for every provider. */
export const outcomeLabel: Readonly<Record<Outcome, string>> = {
  answered: 'Answered',
  no_answer: 'No answer',
  voicemail: 'Voicemail',
  busy: 'Busy',
  failed: 'Failed',
  cancelled: 'Cancelled',
  accepted: 'Accepted',
  delivered: 'Delivered',
  read: 'Read',
  unknown: 'Unknown',
};

export const statusLabel: Readonly<Record<LogStatus, string>> = {
  completed: 'Completed',
  no_contact: 'No contact',
  failed: 'Failed',
  in_progress: 'In progress',
  pending: 'Pending',
  unknown: 'Unknown',
};
