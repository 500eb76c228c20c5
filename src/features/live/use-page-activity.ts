import { useEffect, useState } from 'react';

/** Scrolling pauses live mode until this long after the last scroll. */
const SCROLL_REST_MS = 2_000;

/** Whether the person is scrolling (any scroll outside a dialog, seen in the capture phase), until it rests. */
export function useScrolling(enabled: boolean): boolean {
  const [scrolling, setScrolling] = useState(false);
  useEffect(() => {
    if (!enabled) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onScroll = (event: Event) => {
      if (event.target instanceof Element && event.target.closest('dialog')) return;
      setScrolling(true);
      clearTimeout(timer);
      timer = setTimeout(() => setScrolling(false), SCROLL_REST_MS);
    };
    document.addEventListener('scroll', onScroll, { capture: true, passive: true });
    return () => {
      document.removeEventListener('scroll', onScroll, { capture: true });
      clearTimeout(timer);
      setScrolling(false);
    };
  }, [enabled]);
  return enabled && scrolling;
}

/** Whether the tab is hidden (live mode does not poll for nobody). */
export function useHidden(): boolean {
  const [hidden, setHidden] = useState(() => document.visibilityState === 'hidden');
  useEffect(() => {
    const on = () => setHidden(document.visibilityState === 'hidden');
    document.addEventListener('visibilitychange', on);
    return () => document.removeEventListener('visibilitychange', on);
  }, []);
  return hidden;
}
