import { useLocalPreference } from './use-local-preference.ts';

export type Density = 'compact' | 'comfortable';

const isDensity = (value: string): value is Density => value === 'compact' || value === 'comfortable';

/** How tall the table's rows are: a personal preference, kept in localStorage for every source. */
export function useDensity(): [Density, (density: Density) => void] {
  return useLocalPreference<Density>('density', 'comfortable', isDensity);
}
