import { useEffect, useRef, type RefObject } from 'react';
import type { Neighbours } from './use-neighbours.ts';

/** Elements whose own keys win over the drawer's shortcuts. */
const INTERACTIVE =
  'input, select, textarea, button, a[href], summary, [role="tab"], [contenteditable="true"]';

/**
 * While the drawer is open: `j`/`k` step to the next/previous log of the result, and Space plays or
 * pauses the recording last played (else the first) when focus is on no control of its own.
 */
export function useDrawerKeys(
  dialog: RefObject<HTMLDialogElement | null>,
  neighbours: Neighbours,
  onStep: (key: string) => void,
) {
  // The listener reads the latest neighbours without being re-attached on every cache event.
  const latest = useRef({ neighbours, onStep });
  useEffect(() => {
    latest.current = { neighbours, onStep };
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest(INTERACTIVE) && !target.closest('button, a[href], [role="tab"]')) return;
      const { neighbours: n, onStep: step } = latest.current;
      if (event.key === 'j' || event.key === 'k') {
        const key = event.key === 'j' ? n.next : n.prev;
        event.preventDefault();
        if (key) step(key);
      } else if (event.key === ' ' && !target?.closest(INTERACTIVE)) {
        const root = dialog.current;
        const audio =
          root?.querySelector<HTMLAudioElement>('audio[data-active]') ??
          root?.querySelector<HTMLAudioElement>('audio[data-recording]');
        if (!audio) return;
        event.preventDefault();
        if (audio.paused) audio.play().catch(() => undefined);
        else audio.pause();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dialog]);
}
