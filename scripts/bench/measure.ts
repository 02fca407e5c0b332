/** Timing and memory helpers of the bench. */

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const at = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[at] ?? Number.NaN;
}

export function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

const collect = (globalThis as { gc?: () => void }).gc;

export function canMeasureHeap(): boolean {
  return typeof collect === 'function';
}

/**
 * Live memory after a full collection: the JS heap plus the array buffers outside it (typed arrays live
 * there). A difference of two readings is what an engine keeps alive.
 */
export function liveBytes(): number {
  collect?.();
  collect?.();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

export const round = (value: number, digits = 2) =>
  Number.isFinite(value) ? Number(value.toFixed(digits)) : null;

export const mb = (bytes: number) => round(bytes / 1024 / 1024, 1);
