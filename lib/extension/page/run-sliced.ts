/**
 * Runs a stepwise task (a generator that yields between small steps) on the page's main thread in short
 * slices at idle moments, so that no slice becomes a long task (over 50 ms, the threshold at which a page
 * feels stuck to its reader) however long the page.
 */

/** Work per slice: well under the 50 ms of a long task, leaving the page room for its own frame work. */
export const SLICE_MS = 8;
/** An idle moment is waited for at most this long; a page that is never idle still gets its slices. */
const IDLE_TIMEOUT_MS = 200;

export type Schedule = (run: () => void) => void;

/** The next idle moment where the browser has one, else the next task. */
export const scheduleIdle: Schedule = (run) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
  else setTimeout(run, 0);
};

export interface SliceOptions {
  signal?: AbortSignal;
  schedule?: Schedule;
  now?: () => number;
  sliceMs?: number;
}

/** Resolves with the task's result, or null when `signal` aborts it first (it then stops at its next step). */
export function runSliced<T>(task: Generator<void, T>, options: SliceOptions = {}): Promise<T | null> {
  const { signal, schedule = scheduleIdle, now = () => performance.now(), sliceMs = SLICE_MS } = options;
  return new Promise((resolve, reject) => {
    const slice = () => {
      if (signal?.aborted) return resolve(null);
      const started = now();
      try {
        for (;;) {
          const step = task.next();
          if (step.done) return resolve(step.value);
          if (now() - started >= sliceMs) break;
        }
      } catch (error) {
        return reject(error);
      }
      schedule(slice);
    };
    schedule(slice);
  });
}
