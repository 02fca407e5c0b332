import type { Page } from 'playwright-core';

/**
 * Instruments a page before any of its scripts (and before the content script) run, in the page's own
 * JavaScript world: layout shifts as the browser reports them, every state the sidebar root takes (also
 * as `performance.mark`s, which date them in a trace), how many sidebar hosts ever appeared, and the
 * article as it was when the document loaded.
 */

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
  const probes: Probes = {
    shifts: [],
    moments: [],
    hosts: 0,
    articleAtLoad: null,
    styleElementsAtLoad: 0,
  };
  window.__probes = probes;
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
