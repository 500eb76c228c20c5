import { browserTimeZone, isValidTimeZone } from '../logs/time.ts';
import { useLocalPreference } from './use-local-preference.ts';

const isZone = (value: string): value is string => isValidTimeZone(value);

/** The zone times are shown in: the user's choice, by default the browser's. */
export function useDisplayZone(): [string, (zone: string) => void] {
  return useLocalPreference('display-zone', browserTimeZone(), isZone);
}
