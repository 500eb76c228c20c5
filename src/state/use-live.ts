import { useSyncExternalStore } from 'react';

/** Seconds between checks; 0 is off. */
export const LIVE_INTERVALS = [0, 10, 30, 60] as const;
export type LiveInterval = (typeof LIVE_INTERVALS)[number];

export interface LiveState {
  seconds: LiveInterval;
  /** Why checking is paused right now (drawer open, scrolling, tab hidden), or null. */
  paused: string | null;
}

// In memory on purpose: a reload (or a pasted link) never starts polling a provider by itself.
let state: LiveState = { seconds: 0, paused: null };
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
function set(change: Partial<LiveState>) {
  if (Object.entries(change).every(([k, v]) => state[k as keyof LiveState] === v)) return;
  state = { ...state, ...change };
  listeners.forEach((listener) => listener());
}

const read = () => state;
const setSeconds = (seconds: LiveInterval) => set({ seconds });
const setPaused = (paused: string | null) => set({ paused });

/** Live mode's interval and pause reason, shared by the header control and the banner above the table. */
export function useLive(): [LiveState, (seconds: LiveInterval) => void, (paused: string | null) => void] {
  return [useSyncExternalStore(subscribe, read, read), setSeconds, setPaused];
}
