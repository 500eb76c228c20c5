import { useEffect, useState } from 'react';

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName));

/** A focused control that has its own use for Enter, Space and arrows (a button, a resize handle …). */
const control = (target: EventTarget | null) =>
  target instanceof Element &&
  target.closest('button, a[href], summary, [role="separator"], [role="menuitem"], [role="slider"]') !== null;

/** Keys that move the selection, by how far: a number of rows, or to either end. */
function moveOf(key: string, pageRows: number): number | 'first' | 'last' | null {
  switch (key) {
    case 'j':
    case 'ArrowDown':
      return 1;
    case 'k':
    case 'ArrowUp':
      return -1;
    case 'PageDown':
      return pageRows;
    case 'PageUp':
      return -pageRows;
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return null;
  }
}

/**
 * j/k and arrows move through rows, PageUp/PageDown by a screenful, Home/End to either end of the whole
 * result (random access: only the pages there load), Enter opens, `/` focuses search.
 */
export function useRowKeyboard(options: {
  enabled: boolean;
  total: number;
  /** Rows in a screenful, for PageUp/PageDown. */
  pageRows: () => number;
  /** A new value (a new query) clears the selection. */
  resetKey: string;
  onMove: (index: number) => void;
  onOpen: (index: number) => void;
}) {
  const { enabled, total, pageRows, resetKey, onMove, onOpen } = options;
  const [index, setIndex] = useState<number | null>(null);
  const [selectedIn, setSelectedIn] = useState(resetKey);
  if (selectedIn !== resetKey) {
    setSelectedIn(resetKey);
    setIndex(null);
  }

  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) return;
      // A modal (the shortcuts list) keeps the keys while it is open.
      if (document.querySelector('dialog[open]')) return;
      const move = moveOf(event.key, Math.max(1, pageRows()));
      const letter = event.key === 'j' || event.key === 'k';
      if (move !== null && (letter || !control(event.target))) {
        if (total < 1) return;
        event.preventDefault();
        const next =
          move === 'first'
            ? 0
            : move === 'last'
              ? total - 1
              : Math.min(Math.max((index ?? -1) + move, 0), total - 1);
        setIndex(next);
        onMove(next);
      } else if (event.key === 'Enter' && index !== null && !control(event.target)) {
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
  }, [enabled, index, total, pageRows, onMove, onOpen]);

  return { index, setIndex };
}
