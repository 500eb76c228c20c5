import { useEffect, useState } from 'react';

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName));

/** j/k and arrows move through rows, Enter opens, `/` focuses search. */
export function useRowKeyboard(options: {
  enabled: boolean;
  total: number;
  onMove: (index: number) => void;
  onOpen: (index: number) => void;
}) {
  const [index, setIndex] = useState<number | null>(null);
  const { enabled, total, onMove, onOpen } = options;

  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) return;
      const move = (delta: number) => {
        event.preventDefault();
        const next = Math.min(Math.max((index ?? -1) + delta, 0), total - 1);
        if (next < 0) return;
        setIndex(next);
        onMove(next);
      };
      if (event.key === 'j' || event.key === 'ArrowDown') move(1);
      else if (event.key === 'k' || event.key === 'ArrowUp') move(-1);
      else if (event.key === 'Enter' && index !== null) {
        event.preventDefault();
        onOpen(index);
      } else if (event.key === '/') {
        const search = document.querySelector<HTMLInputElement>('[data-search-target]');
        if (search) {
          event.preventDefault();
          search.focus();
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled, index, total, onMove, onOpen]);

  return { index, setIndex };
}
