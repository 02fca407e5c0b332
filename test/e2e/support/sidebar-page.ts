import type { Locator, Page } from 'playwright-core';

export type SidebarState = 'loading' | 'ready' | 'not-article' | 'error';

export interface SummaryCounts {
  claims: number;
  agree: number;
  conflict: number;
  related: number;
}

/** One `[data-testid="evidence"]` as the reader sees it. */
export interface EvidenceView {
  claimId: string;
  stance: string;
  text: string;
  source: string;
  reasons: string[];
}

/** A rectangle of the viewport, in CSS pixels. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * The in-page sidebar, read through the DOM contract of DESIGN.md. Playwright's CSS locators pierce the
 * open shadow root; the bulk reads run in the page because the content script's DOM is shared with it.
 */
export class SidebarPage {
  readonly host: Locator;
  readonly root: Locator;
  readonly summary: Locator;
  readonly toggle: Locator;
  readonly claims: Locator;

  constructor(readonly page: Page) {
    this.host = page.locator('crosscheck-sidebar');
    this.root = page.locator('crosscheck-sidebar [data-state]').first();
    this.summary = page.locator('crosscheck-sidebar [data-testid="summary"]');
    this.toggle = page.locator('crosscheck-sidebar [data-testid="toggle"]');
    this.claims = page.locator('crosscheck-sidebar [data-testid="claim"]');
  }

  evidence(stance?: 'agree' | 'conflict' | 'related'): Locator {
    const stanceFilter = stance ? `[data-stance="${stance}"]` : '';
    return this.page.locator(`crosscheck-sidebar [data-testid="evidence"]${stanceFilter}`);
  }

  /** Waits until the root's `data-state` is one of `states` and returns it. */
  async waitForState(states: SidebarState[], timeout: number): Promise<SidebarState> {
    try {
      const handle = await this.page.waitForFunction(
        (wanted) => {
          const root = document
            .querySelector('crosscheck-sidebar')
            ?.shadowRoot?.querySelector('[data-state]');
          const state = root?.getAttribute('data-state');
          return state && (wanted as string[]).includes(state) ? state : null;
        },
        states,
        { timeout, polling: 50 },
      );
      return (await handle.jsonValue()) as SidebarState;
    } catch (error) {
      throw new Error(
        `The sidebar on ${this.page.url()} did not reach ${states.join(' | ')} within ${timeout} ms: ${await this.describe()}`,
        { cause: error },
      );
    }
  }

  /** What is there instead, for failure messages. */
  private async describe(): Promise<string> {
    return this.page.evaluate(() => {
      const host = document.querySelector('crosscheck-sidebar');
      if (!host) return 'no <crosscheck-sidebar> in the page';
      if (!host.shadowRoot) return '<crosscheck-sidebar> has no open shadow root';
      const root = host.shadowRoot.querySelector('[data-state]');
      return root
        ? `data-state="${root.getAttribute('data-state')}"`
        : 'no [data-state] element in the shadow root';
    });
  }

  async state(): Promise<string | null> {
    return this.root.getAttribute('data-state');
  }

  async isOpen(): Promise<boolean> {
    return (await this.root.getAttribute('data-open')) === 'true';
  }

  async setOpen(open: boolean): Promise<void> {
    if ((await this.isOpen()) === open) return;
    await this.toggle.first().click();
    await this.page.waitForFunction(
      (wanted) =>
        document
          .querySelector('crosscheck-sidebar')
          ?.shadowRoot?.querySelector('[data-state]')
          ?.getAttribute('data-open') === wanted,
      String(open),
      { timeout: 5_000 },
    );
  }

  async summaryCounts(): Promise<SummaryCounts> {
    const read = async (name: string) => Number(await this.summary.getAttribute(`data-${name}`));
    return {
      claims: await read('claims'),
      agree: await read('agree'),
      conflict: await read('conflict'),
      related: await read('related'),
    };
  }

  /** Every evidence in the sidebar with its claim, text, source and reasons. */
  async readEvidence(): Promise<EvidenceView[]> {
    return this.page.evaluate(() => {
      const shadow = document.querySelector('crosscheck-sidebar')?.shadowRoot;
      const text = (scope: Element, testId: string) =>
        scope.querySelector(`[data-testid="${testId}"]`)?.textContent?.trim() ?? '';
      return [...(shadow?.querySelectorAll('[data-testid="evidence"]') ?? [])].map((evidence) => ({
        claimId: evidence.closest('[data-testid="claim"]')?.getAttribute('data-claim-id') ?? '',
        stance: evidence.getAttribute('data-stance') ?? '',
        text: text(evidence, 'evidence-text'),
        source: text(evidence, 'evidence-source'),
        reasons: [...evidence.querySelectorAll('[data-testid="evidence-reason"]')].map(
          (r) => r.textContent?.trim() ?? '',
        ),
      }));
    });
  }

  /**
   * The parts of the sidebar a reader can see: elements that paint something (text, a background, a
   * border, an image) inside the viewport, not hidden by CSS. A full-page transparent wrapper is not seen.
   */
  async visibleBoxes(): Promise<Box[]> {
    return this.page.evaluate(() => {
      const shadow = document.querySelector('crosscheck-sidebar')?.shadowRoot;
      if (!shadow) return [];
      const transparent = (color: string) => color === 'transparent' || /rgba\(.*,\s*0\)$/.test(color);
      const paints = (element: Element) => {
        const style = getComputedStyle(element);
        const ownText = [...element.childNodes].some(
          (n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim(),
        );
        return (
          ownText ||
          !transparent(style.backgroundColor) ||
          style.backgroundImage !== 'none' ||
          Number.parseFloat(style.borderLeftWidth) + Number.parseFloat(style.borderTopWidth) > 0 ||
          style.boxShadow !== 'none' ||
          ['IMG', 'SVG', 'svg', 'CANVAS'].includes(element.tagName)
        );
      };
      const boxes = [];
      for (const element of shadow.querySelectorAll('*')) {
        if (!element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) || !paints(element))
          continue;
        const rect = element.getBoundingClientRect();
        const box = {
          left: Math.max(rect.left, 0),
          top: Math.max(rect.top, 0),
          right: Math.min(rect.right, innerWidth),
          bottom: Math.min(rect.bottom, innerHeight),
        };
        if (box.right > box.left && box.bottom > box.top) boxes.push(box);
      }
      return boxes;
    });
  }
}

/** The smallest box holding all of `boxes`, or null when there are none. */
export function unionBox(boxes: Box[]): Box | null {
  if (boxes.length === 0) return null;
  return {
    left: Math.min(...boxes.map((b) => b.left)),
    top: Math.min(...boxes.map((b) => b.top)),
    right: Math.max(...boxes.map((b) => b.right)),
    bottom: Math.max(...boxes.map((b) => b.bottom)),
  };
}
