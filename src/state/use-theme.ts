import { useEffect } from 'react';
import { useLocalPreference } from './use-local-preference.ts';

export const themes = ['system', 'light', 'dark'] as const;
export type Theme = (typeof themes)[number];

const isTheme = (value: string): value is Theme => (themes as readonly string[]).includes(value);

/** Puts the theme on <html>: a class for an explicit choice, none for "follow the system" (index.css). */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  root.classList.toggle('dark', theme === 'dark');
  root.classList.toggle('light', theme === 'light');
  root.style.colorScheme = theme === 'system' ? 'light dark' : theme;
}

/** The stored theme, read before React renders so an explicit choice never flashes the other one. */
export function storedTheme(): Theme {
  try {
    const value = window.localStorage.getItem('switchboard:theme');
    return value !== null && isTheme(value) ? value : 'system';
  } catch {
    return 'system';
  }
}

/** Light, dark, or following the system: personal, kept in localStorage. */
export function useTheme(): [Theme, (theme: Theme) => void] {
  const [theme, setTheme] = useLocalPreference<Theme>('theme', 'system', isTheme);
  useEffect(() => applyTheme(theme), [theme]);
  return [theme, setTheme];
}
