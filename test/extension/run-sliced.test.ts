import { describe, expect, it } from 'vitest';
import { runSliced, type Schedule } from '../../lib/extension/page/run-sliced';

/** A task of `steps` steps, each taking `stepMs` on the fake clock. */
function* work(clock: { now: number }, steps: number, stepMs: number): Generator<void, string> {
  for (let i = 0; i < steps; i++) {
    clock.now += stepMs;
    yield;
  }
  return 'finished';
}

/** Runs scheduled slices one after the other, recording how long each took on the fake clock. */
function slicesOf(clock: { now: number }) {
  const durations: number[] = [];
  const schedule: Schedule = (run) =>
    queueMicrotask(() => {
      const started = clock.now;
      run();
      durations.push(clock.now - started);
    });
  return { durations, schedule };
}

describe('running a task in slices', () => {
  it('finishes the task in slices no longer than the budget plus one step', async () => {
    const clock = { now: 0 };
    const { durations, schedule } = slicesOf(clock);
    const result = await runSliced(work(clock, 100, 3), { schedule, now: () => clock.now, sliceMs: 8 });
    expect(result).toBe('finished');
    expect(durations.length).toBeGreaterThan(10);
    expect(Math.max(...durations)).toBeLessThanOrEqual(8 + 3);
  });

  it('stops at its next step when aborted, and resolves null', async () => {
    const clock = { now: 0 };
    const { durations, schedule } = slicesOf(clock);
    const controller = new AbortController();
    const task = work(clock, 1000, 4);
    const running = runSliced(task, {
      schedule,
      now: () => clock.now,
      sliceMs: 8,
      signal: controller.signal,
    });
    controller.abort();
    expect(await running).toBeNull();
    expect(durations.length).toBeLessThanOrEqual(1);
  });

  it('passes on an error of the task', async () => {
    const failing = (function* (): Generator<void, string> {
      yield;
      throw new Error('broken page');
    })();
    await expect(runSliced(failing, { schedule: (run) => queueMicrotask(run) })).rejects.toThrow(
      'broken page',
    );
  });
});
