import type { CliIo } from './cli-io';

/** Work shorter than this finishes before a progress line would help. */
const SHOW_AFTER_MS = 1000;
/** Redrawing more often only costs time. */
const REDRAW_EVERY_MS = 100;

export interface Progress {
  update(done: number): void;
  finish(): void;
}

/**
 * A one-line counter on stderr, redrawn in place. Shown only when stderr is a terminal and the work has
 * run for more than a second, so pipes, logs and quick runs stay clean.
 */
export function startProgress(
  io: CliIo,
  label: string,
  total: number,
  now: () => number = Date.now,
): Progress {
  const started = now();
  let lastDraw = 0;
  let shown = false;
  return {
    update(done) {
      if (!io.isTTY) return;
      const time = now();
      if (time - started < SHOW_AFTER_MS || time - lastDraw < REDRAW_EVERY_MS) return;
      lastDraw = time;
      shown = true;
      io.stderr.write(`\r${label} ${done}/${total}`);
    },
    finish() {
      if (shown) io.stderr.write('\r\u001b[K');
    },
  };
}
