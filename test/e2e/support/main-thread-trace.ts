import type { CDPSession, Page } from 'playwright-core';

/**
 * The tasks the page's main thread ran, from a Chromium trace. Two simpler measures fall short: the Long
 * Tasks API does not report the tasks of extensions' content scripts to the page (a 280 ms extraction went
 * unreported here), and a timer in the page also counts the time a busy machine gives to other processes.
 * A trace has every task of the thread with its thread (CPU) time. Marks the page sets with
 * `performance.mark` come with the trace and say where in it something happened.
 */

export interface TracedTask {
  /** A top-level event of the thread (a task, or a step of one: nested events are listed too). */
  name: string;
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
  /** Every event of the page's main thread, for what the tasks alone do not say (which script ran). */
  events: TraceEvent[];
}

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  /** For script events (`devtools.timeline`): the URL of the script run. */
  args?: { data?: { url?: string } };
}

export interface Tracing {
  stop(): Promise<MainThreadTrace>;
}

/**
 * Starts tracing the browser. The page's main thread is the one its marks named `markPrefix…` are made
 * on; only that thread's tasks and events are returned. `categories` adds trace categories to the tasks
 * and marks always traced.
 */
export async function traceMainThread(
  page: Page,
  markPrefix: string,
  categories: readonly string[] = [],
): Promise<Tracing> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['toplevel', 'blink.user_timing', ...categories] },
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
      const onThread = events.filter((event) => event.pid === thread?.pid && event.tid === thread?.tid);
      const tasks = onThread
        .filter((event) => event.cat.split(',').includes('toplevel') && event.ph === 'X')
        .map((event) => ({
          name: event.name,
          ts: event.ts,
          wallMs: (event.dur ?? 0) / 1000,
          cpuMs: (event.tdur ?? event.dur ?? 0) / 1000,
        }));
      return { tasks, marks, events: onThread };
    },
  };
}
