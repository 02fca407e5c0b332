import { useRef } from 'preact/hooks';

export interface ResizeHandleProps {
  width: number;
  min: number;
  max: number;
  /** A new width; `done` once the reader lets go (or on each key press), when it is worth saving. */
  onResize: (width: number, done: boolean) => void;
}

/** Width change per arrow key press; with Shift, a larger step. */
const KEY_STEP_PX = 16;
const LARGE_KEY_STEP_PX = 64;

/**
 * The panel's left edge, which the reader drags to widen or narrow it. For the keyboard it is a focusable
 * separator with its value (arrow keys, Home and End), as ARIA describes a window splitter.
 */
export function ResizeHandle({ width, min, max, onResize }: ResizeHandleProps) {
  const drag = useRef<{ startX: number; startWidth: number } | null>(null);
  const clamp = (value: number) => Math.round(Math.min(max, Math.max(min, value)));
  const widthAt = (clientX: number) =>
    drag.current ? clamp(drag.current.startWidth + drag.current.startX - clientX) : width;
  return (
    // biome-ignore lint/a11y/useSemanticElements: a focusable window splitter is a separator with a value (ARIA), not an <hr>
    <div
      class="cc-resize"
      role="separator"
      aria-orientation="vertical"
      aria-label="Resize the Crosscheck panel"
      aria-valuenow={width}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      data-testid="resize"
      onPointerDown={(event) => {
        if (event.button !== 0) return;
        event.preventDefault();
        (event.currentTarget as HTMLElement).setPointerCapture(event.pointerId);
        drag.current = { startX: event.clientX, startWidth: width };
      }}
      onPointerMove={(event) => {
        if (drag.current) onResize(widthAt(event.clientX), false);
      }}
      onPointerUp={(event) => {
        if (!drag.current) return;
        const next = widthAt(event.clientX);
        drag.current = null;
        onResize(next, true);
      }}
      onPointerCancel={() => {
        if (drag.current) onResize(drag.current.startWidth, true);
        drag.current = null;
      }}
      onKeyDown={(event) => {
        const step = event.shiftKey ? LARGE_KEY_STEP_PX : KEY_STEP_PX;
        // The handle is on the panel's left: moving it left widens the panel.
        const next =
          event.key === 'ArrowLeft'
            ? width + step
            : event.key === 'ArrowRight'
              ? width - step
              : event.key === 'Home'
                ? min
                : event.key === 'End'
                  ? max
                  : null;
        if (next === null) return;
        event.preventDefault();
        onResize(clamp(next), true);
      }}
    />
  );
}
