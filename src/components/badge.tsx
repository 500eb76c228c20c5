import type { ReactNode } from 'react';

const tones = {
  neutral: 'bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-200',
  good: 'bg-emerald-100 text-emerald-800 dark:bg-emerald-900 dark:text-emerald-100',
  warn: 'bg-amber-100 text-amber-800 dark:bg-amber-900 dark:text-amber-100',
  bad: 'bg-red-100 text-red-800 dark:bg-red-900 dark:text-red-100',
  info: 'bg-sky-100 text-sky-800 dark:bg-sky-900 dark:text-sky-100',
} as const;

export type BadgeTone = keyof typeof tones;

export function Badge({
  tone = 'neutral',
  title,
  children,
}: {
  tone?: BadgeTone;
  title?: string;
  children: ReactNode;
}) {
  return (
    <span
      title={title}
      className={`inline-flex max-w-full items-center truncate rounded px-1.5 py-0.5 text-xs font-medium ${tones[tone]}`}
    >
      {children}
    </span>
  );
}
