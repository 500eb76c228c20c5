import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { COLUMN_WIDTH_LIMITS } from '../../state/use-column-layout.ts';

export interface ResizeHandleProps {
  id: string;
  label: string;
  /** Where the column ends, from its header's left edge, in px. */
  at: number;
  width: number;
  defaultWidth: number;
  /** While dragging: the width to draw (nothing is kept yet). */
  onLive: (px: number | null) => void;
  /** The width to keep. */
  onCommit: (px: number) => void;
}

const clamp = (px: number) =>
  Math.round(Math.min(COLUMN_WIDTH_LIMITS.max, Math.max(COLUMN_WIDTH_LIMITS.min, px)));
const STEP = 16;

/**
 * The right edge of a header: drag it, or focus it and use ←/→ (Shift: ×4), Home for the default width.
 * Inside its header (which is labelled by its text, so its name stays the column's name); named "Resize
 * column" with the column in its value, so it never shadows a filter's label. Pressing on it never starts
 * the header's drag to reorder.
 */
export function ResizeHandle({ id, label, at, width, defaultWidth, onLive, onCommit }: ResizeHandleProps) {
  const drag = useRef<{ x: number; width: number; last: number } | null>(null);
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { x: event.clientX, width, last: width };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (!d) return;
    d.last = clamp(d.width + event.clientX - d.x);
    onLive(d.last);
  };
  const onPointerEnd = () => {
    const d = drag.current;
    drag.current = null;
    onLive(null);
    if (d && d.last !== d.width) onCommit(d.last);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? STEP * 4 : STEP;
    let next: number | null = null;
    if (event.key === 'ArrowLeft') next = width - step;
    else if (event.key === 'ArrowRight') next = width + step;
    else if (event.key === 'Home') next = defaultWidth;
    if (next === null) return;
    event.preventDefault();
    event.stopPropagation();
    onCommit(clamp(next));
  };
  return (
    <div
      id={id}
      role="separator"
      aria-orientation="vertical"
      aria-label="Resize column"
      aria-valuetext={`${label}: ${width} px`}
      aria-valuenow={width}
      aria-valuemin={COLUMN_WIDTH_LIMITS.min}
      aria-valuemax={COLUMN_WIDTH_LIMITS.max}
      tabIndex={0}
      title={`Drag or use ← → to resize ${label}; double-click for the default width`}
      className="group absolute top-0 z-10 flex h-full w-2 cursor-col-resize touch-none justify-center focus:outline-none"
      style={{ left: at - 4 }}
      draggable
      onDragStart={(event) => {
        event.preventDefault();
        event.stopPropagation();
      }}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerEnd}
      onPointerCancel={onPointerEnd}
      onDoubleClick={() => onCommit(defaultWidth)}
      onKeyDown={onKeyDown}
    >
      <span className="h-full w-0.5 bg-slate-300 group-hover:bg-teal-600 group-focus-visible:w-1 group-focus-visible:bg-teal-600 dark:bg-slate-600" />
    </div>
  );
}
