import type { Page } from 'playwright-core';

/**
 * Instruments a page before any of its scripts (and before the content script) run, in the page's own
 * JavaScript world: stalls of its main thread, layout shifts as the browser reports them, every state the
 * sidebar root takes, how many sidebar hosts ever appeared, and the article as it was when it loaded.
 *
 * Stalls are measured with a heartbeat, a timer the page sets every few milliseconds: any task on the main
 * thread, whoever runs it, delays the next beat, so a gap between beats is a task that long. The Long Tasks
 * API is not used: Chromium does not report tasks of extensions' content scripts to the page.
 */

export interface Stall {
  start: number;
  duration: number;
}

export interface LayoutShift {
  at: number;
  value: number;
  hadRecentInput: boolean;
  /** What moved: the element's tag and class, and its box before and after. */
  sources: { node: string; from: string; to: string }[];
}

export interface SidebarMoment {
  at: number;
  state: string | null;
  placement: string | null;
  open: string | null;
}

export interface Probes {
  /** Gaps between heartbeats longer than `STALL_MS`. */
  stalls: Stall[];
  shifts: LayoutShift[];
  moments: SidebarMoment[];
  hosts: number;
  /** `<article>`'s markup and its paragraphs' boxes at DOMContentLoaded. */
  articleAtLoad: { html: string; boxes: { x: number; y: number; width: number; height: number }[] } | null;
  styleElementsAtLoad: number;
}

declare global {
  interface Window {
    __probes: Probes;
  }
}

function install() {
  // A beat every 5 ms; a gap over 50 ms (the definition of a long task) is a stall.
  const BEAT_MS = 5;
  const STALL_MS = 50;
  const probes: Probes = {
    stalls: [],
    shifts: [],
    moments: [],
    hosts: 0,
    articleAtLoad: null,
    styleElementsAtLoad: 0,
  };
  window.__probes = probes;
  let beat = performance.now();
  setInterval(() => {
    const now = performance.now();
    if (now - beat > STALL_MS) probes.stalls.push({ start: beat, duration: now - beat });
    beat = now;
  }, BEAT_MS);
  new PerformanceObserver((list) => {
    type Source = { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly };
    const box = (rect: DOMRectReadOnly) => `${rect.x},${rect.y} ${rect.width}x${rect.height}`;
    for (const entry of list.getEntries() as (PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
      sources: Source[];
    })[]) {
      probes.shifts.push({
        at: entry.startTime,
        value: entry.value,
        hadRecentInput: entry.hadRecentInput,
        sources: entry.sources.map((source) => ({
          node:
            source.node instanceof Element
              ? `${source.node.tagName}.${source.node.className}`
              : String(source.node?.nodeName),
          from: box(source.previousRect),
          to: box(source.currentRect),
        })),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });

  const seen = new WeakSet<Element>();
  const record = (root: Element | null | undefined) => {
    const moment = {
      at: performance.now(),
      state: root?.getAttribute('data-state') ?? null,
      placement: root?.getAttribute('data-placement') ?? null,
      open: root?.getAttribute('data-open') ?? null,
    };
    const last = probes.moments.at(-1);
    if (
      !last ||
      last.state !== moment.state ||
      last.placement !== moment.placement ||
      last.open !== moment.open
    ) {
      probes.moments.push(moment);
      // Also in the browser's trace (main-thread-trace.ts), where it dates the tasks around it.
      performance.mark(`crosscheck-probe:${moment.state}:${moment.placement}`);
    }
  };
  new MutationObserver(() => {
    for (const host of document.querySelectorAll('crosscheck-sidebar')) {
      if (seen.has(host) || !host.shadowRoot) continue;
      seen.add(host);
      probes.hosts++;
      const shadow = host.shadowRoot;
      new MutationObserver(() => record(shadow.querySelector('[data-state]'))).observe(shadow, {
        subtree: true,
        childList: true,
        attributes: true,
      });
      record(shadow.querySelector('[data-state]'));
    }
  }).observe(document, { childList: true, subtree: true });

  document.addEventListener('DOMContentLoaded', () => {
    const article = document.querySelector('article');
    probes.styleElementsAtLoad = document.querySelectorAll('style, link[rel="stylesheet"]').length;
    if (!article) return;
    probes.articleAtLoad = {
      html: article.outerHTML,
      boxes: [...article.querySelectorAll('p, h1')].map((element) => {
        const box = element.getBoundingClientRect();
        return { x: box.x + scrollX, y: box.y + scrollY, width: box.width, height: box.height };
      }),
    };
  });
}

export async function installProbes(page: Page): Promise<void> {
  await page.addInitScript(install);
}

export function readProbes(page: Page): Promise<Probes> {
  return page.evaluate(() => window.__probes);
}
