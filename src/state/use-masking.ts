import { useLocalPreference } from './use-local-preference.ts';

type Masking = 'on' | 'off';
const isMasking = (value: string): value is Masking => value === 'on' || value === 'off';

/**
 * Whether phone numbers, names and digits of free text are masked everywhere (table, drawer, timeline,
 * export): a personal preference for screen sharing and training, kept in localStorage.
 */
export function useMasking(): [boolean, (on: boolean) => void] {
  const [value, set] = useLocalPreference<Masking>('masking', 'off', isMasking);
  return [value === 'on', (on: boolean) => set(on ? 'on' : 'off')];
}
