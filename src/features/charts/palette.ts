/**
 * Segment colors, legible on the light and the dark background (600 shades on white, 400 on slate-950),
 * and told apart by hue and lightness. Channels keep fixed colors; statuses take them in rank order.
 */
export const SEGMENT_FILLS = [
  'fill-sky-600 dark:fill-sky-400',
  'fill-emerald-600 dark:fill-emerald-400',
  'fill-amber-500 dark:fill-amber-300',
  'fill-violet-600 dark:fill-violet-400',
  'fill-rose-600 dark:fill-rose-400',
] as const;
export const SEGMENT_SWATCHES = [
  'bg-sky-600 dark:bg-sky-400',
  'bg-emerald-600 dark:bg-emerald-400',
  'bg-amber-500 dark:bg-amber-300',
  'bg-violet-600 dark:bg-violet-400',
  'bg-rose-600 dark:bg-rose-400',
] as const;
export const OTHER_FILL = 'fill-slate-400 dark:fill-slate-500';
export const OTHER_SWATCH = 'bg-slate-400 dark:bg-slate-500';
export const UNSPLIT_FILL = 'fill-slate-300 dark:fill-slate-600';
export const UNSPLIT_SWATCH = 'bg-slate-300 dark:bg-slate-600';

export const fillOf = (i: number) => SEGMENT_FILLS[i % SEGMENT_FILLS.length] ?? OTHER_FILL;
export const swatchOf = (i: number) => SEGMENT_SWATCHES[i % SEGMENT_SWATCHES.length] ?? OTHER_SWATCH;
