/** Codes shared by the data set and the API: record types, status labels, business numbers. */

/** Record types in the order of their numeric codes in the data set. */
export const TYPES = ['call', 'whatsapp', 'sms'] as const;
export type LogType = (typeof TYPES)[number];
export const CALL = 0;
export const WHATSAPP = 1;
export const SMS = 2;

/** `status` labels; calls use the first three, messages the others (and Failed). */
export const STATUSES = ['Completed', 'No Contact', 'Failed', 'Accepted', 'Delivered', 'Read'] as const;
export const COMPLETED = 0;
export const NO_CONTACT = 1;
export const FAILED = 2;
export const ACCEPTED = 3;
export const DELIVERED = 4;
export const READ = 5;

/** timepay's business numbers (E.164); index 1 is also the WhatsApp sender. */
export const BUSINESS_NUMBERS = [
  '+918035450808',
  '+918035450812',
  '+918069178420',
  '+912262345678',
  '+911141172390',
  '+918047361155',
] as const;
export const WHATSAPP_NUMBER = 1;
