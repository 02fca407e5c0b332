import type { CDPSession, Page } from 'playwright-core';

/**
 * The tasks the page's main thread ran, from a Chromium trace. Unlike a timer in the page, which also
 * counts the time the machine gave to other processes, a trace gives each task's thread time (CPU time),
 * so a busy test machine does not make the extension look slow. Marks the page sets with
 * `performance.mark` come with the trace and say where in it something happened.
 */

export interface TracedTask {
  /** Start, in trace microseconds. */
  ts: number;
  /** Wall time and thread (CPU) time, in milliseconds. */
  wallMs: number;
  cpuMs: number;
}

export interface MainThreadTrace {
  tasks: TracedTask[];
  /** Trace time of each of the page's marks, by name (the first of each name). */
  marks: Map<string, number>;
}

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
}

export interface Tracing {
  stop(): Promise<MainThreadTrace>;
}

/** What a task of the main thread is called in the trace, in this Chromium and in older ones. */
const TASK_NAMES = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);

/**
 * Starts tracing the browser. The page's main thread is the one its marks named `markPrefix…` are made
 * on; only that thread's tasks are returned.
 */
export async function traceMainThread(page: Page, markPrefix: string): Promise<Tracing> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['toplevel', 'blink.user_timing'] },
  });
  return {
    async stop() {
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await complete;
      await cdp.detach();
      // The page's own marks are made on its main thread, whichever renderer process it ended up in.
      const own = events.filter(
        (event) => event.cat.includes('blink.user_timing') && event.name.startsWith(markPrefix),
      );
      const thread = own[0] ? { pid: own[0].pid, tid: own[0].tid } : null;
      const marks = new Map<string, number>();
      for (const event of own) if (!marks.has(event.name)) marks.set(event.name, event.ts);
      const tasks = events
        .filter(
          (event) =>
            TASK_NAMES.has(event.name) &&
            event.ph === 'X' &&
            event.pid === thread?.pid &&
            event.tid === thread?.tid,
        )
        .map((event) => ({
          ts: event.ts,
          wallMs: (event.dur ?? 0) / 1000,
          cpuMs: (event.tdur ?? event.dur ?? 0) / 1000,
        }));
      return { tasks, marks };
    },
  };
}
