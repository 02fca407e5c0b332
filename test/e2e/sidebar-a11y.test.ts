import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { DEMO_PATHS, routeDemoPages } from './support/demo-pages';
import { useExtensionSuite } from './support/extension-suite';
import { waitForPlacement } from './support/highlights';
import { VIEWPORT } from './support/launch-extension';
import { PopupPage } from './support/popup-page';
import { saveScreenshot } from './support/screenshots';
import { SidebarPage } from './support/sidebar-page';

/** Checking a seed article takes well under a second; the rest is headroom for a slow CI machine. */
const SETTLE_TIMEOUT_MS = 15_000;
/** What the tests press: the shortcut the manifest suggests. */
const SHORTCUT = 'Alt+Shift+K';

/** The extension API inside the service worker, where `worker.evaluate` callbacks run. */
declare const chrome: {
  commands: {
    getAll(): Promise<{ name?: string; shortcut?: string }[]>;
    onCommand: { hasListeners(): boolean };
  };
  tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
};

const suite = useExtensionSuite(async (s) => {
  await routeDemoPages(s.session.context, s.server.origin);
});

async function openChecked(path: string, setup?: (page: Page) => Promise<void>) {
  const page = await suite.session.context.newPage();
  await setup?.(page);
  await page.goto(suite.server.url(path));
  const sidebar = new SidebarPage(page);
  expect(await sidebar.waitForState(['ready', 'not-article', 'error'], SETTLE_TIMEOUT_MS)).toBe('ready');
  await waitForPlacement(page);
  return { page, sidebar };
}

/** What has the keyboard focus: inside the sidebar's shadow root when it is there. */
function focused(page: Page) {
  return page.evaluate(() => {
    const host = document.querySelector('crosscheck-sidebar');
    const inside = document.activeElement === host ? host?.shadowRoot?.activeElement : null;
    const element = inside ?? document.activeElement;
    if (!element) return null;
    // A visually hidden radio button shows its focus on its label.
    const shown = element.matches('input[type="radio"]') ? (element.closest('label') ?? element) : element;
    const style = getComputedStyle(shown);
    return {
      inSidebar: Boolean(inside),
      testId: element.getAttribute('data-testid'),
      role: element.getAttribute('role'),
      tag: element.tagName,
      outline: style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0,
    };
  });
}

describe('axe-core finds no violation', () => {
  it('in the sidebar, collapsed and open, with each filter', async () => {
    const { page, sidebar } = await openChecked('/news/cnn-seed.html');
    expect(await axeViolations(page, 'crosscheck-sidebar')).toEqual([]);
    await sidebar.setOpen(true);
    expect(await axeViolations(page, 'crosscheck-sidebar')).toEqual([]);
    for (const filter of ['conflict', 'agree'] as const) {
      await page.locator(`crosscheck-sidebar [data-testid="filter-${filter}"]`).check();
      expect(await axeViolations(page, 'crosscheck-sidebar')).toEqual([]);
    }
    await page.close();
  });

  it('in the dark sidebar of a dark page', async () => {
    const { page, sidebar } = await openChecked(DEMO_PATHS.dark, (p) =>
      p.emulateMedia({ colorScheme: 'dark' }),
    );
    await sidebar.setOpen(true);
    expect(await sidebar.root.getAttribute('data-theme')).toBe('dark');
    expect(await axeViolations(page, 'crosscheck-sidebar')).toEqual([]);
    await page.close();
  });

  it('in the popup and in the options page', async () => {
    const { page: article } = await openChecked('/news/cnn-seed.html');
    const tabId = await suite.session.tabId(article);
    const popupPage = await suite.session.context.newPage();
    const popup = new PopupPage(popupPage);
    await popup.open(suite.session.extensionUrl(`popup.html?tabId=${tabId}`));
    expect(await popup.settledState()).toBe('ready');
    expect(await axeViolations(popupPage)).toEqual([]);
    const options = await suite.session.context.newPage();
    await options.goto(suite.session.extensionUrl('options.html'));
    await options.locator('[data-testid="corpus"]').first().waitFor({ timeout: 10_000 });
    expect(await axeViolations(options)).toEqual([]);
    for (const page of [popupPage, options, article]) await page.close();
  });
});

describe('the keyboard', () => {
  it('reaches and works every part of the sidebar, with a visible focus', async () => {
    const { page, sidebar } = await openChecked('/news/cnn-seed.html');
    // The sidebar comes after the page in the tab order: start from the page's last link.
    await page.locator('a').last().focus();
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ inSidebar: true, testId: 'toggle', outline: true });
    await page.keyboard.press('Enter');
    await expect.poll(() => sidebar.isOpen()).toBe(true);
    expect(await focused(page)).toMatchObject({ inSidebar: true, testId: 'toggle', outline: true });

    // Shift+Tab goes to the resize separator; the arrow keys widen the panel.
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toMatchObject({ role: 'separator', outline: true });
    const width = async () =>
      (await sidebar.page.locator('crosscheck-sidebar .cc-panel').boundingBox())?.width ?? 0;
    const before = await width();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(width).toBeGreaterThan(before);
    await page.keyboard.press('ArrowRight');
    await expect.poll(width).toBe(before);

    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ testId: 'filter-all', outline: true });
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => page.locator('crosscheck-sidebar [data-testid="filter"]').getAttribute('data-filter'))
      .toBe('conflict');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ testId: 'claim-text', outline: true });
    const scrolled = page.evaluate(
      () => new Promise((resolve) => addEventListener('scroll', resolve, { once: true })),
    );
    await page.keyboard.press('Enter');
    await scrolled;

    await page.keyboard.press('Escape');
    await expect.poll(() => sidebar.isOpen()).toBe(false);
    // The focus moves once the panel has rendered closed.
    await expect.poll(() => focused(page)).toMatchObject({ inSidebar: true, testId: 'toggle' });
    await page.close();
  });

  it(`toggles the sidebar with the shortcut (${SHORTCUT}) through the commands API`, async () => {
    const { page, sidebar } = await openChecked('/news/cnn-seed.html');
    const worker = await suite.session.serviceWorker();
    const commands = await worker.evaluate(() => chrome.commands.getAll());
    expect(commands).toContainEqual(expect.objectContaining({ name: 'toggle-sidebar' }));
    expect(await worker.evaluate(() => chrome.commands.onCommand.hasListeners())).toBe(true);

    // A key press reaches an extension's commands through the browser window, which the DevTools
    // protocol does not drive: the test sends the tab what the command listener sends it.
    const tabId = await suite.session.tabId(page);
    const press = () =>
      worker.evaluate((tab) => chrome.tabs.sendMessage(tab, { type: 'toggleSidebar', data: null }), tabId);
    await page
      .locator('article p')
      .first()
      .evaluate((p) => {
        p.tabIndex = -1;
        p.focus();
      });
    await press();
    await expect.poll(() => sidebar.isOpen()).toBe(true);
    await expect.poll(() => focused(page)).toMatchObject({ inSidebar: true, testId: 'toggle' });
    await press();
    await expect.poll(() => sidebar.isOpen()).toBe(false);
    await expect.poll(() => focused(page)).toMatchObject({ inSidebar: false, tag: 'P' });
    await page.close();
  });
});

/**
 * Tabs through a page until the focus comes round again, and lists each focused control that shows no
 * focus indicator (an outline or a ring, on itself or, for a visually hidden input, on its label).
 */
async function controlsWithoutVisibleFocus(page: Page): Promise<{ reached: number; unseen: string[] }> {
  const seen: string[] = [];
  const unseen: string[] = [];
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const state = await page.evaluate(() => {
      const element = document.activeElement;
      if (!element || element === document.body) return null;
      const label = element.closest('label');
      const candidates = [element, label, ...(label ? [...label.querySelectorAll('*')] : [])].filter(
        (candidate): candidate is Element => candidate !== null,
      );
      const visible = candidates.some((candidate) => {
        const style = getComputedStyle(candidate);
        return (
          (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0) ||
          style.boxShadow !== 'none'
        );
      });
      const index = [...document.querySelectorAll('*')].indexOf(element);
      const name = `${index}: ${element.tagName.toLowerCase()}[${element.getAttribute('data-testid') ?? element.getAttribute('type') ?? ''}] ${(element.textContent ?? '').trim().slice(0, 30)}`;
      return { name, visible };
    });
    if (!state) continue;
    if (seen.includes(state.name)) break;
    seen.push(state.name);
    if (!state.visible) unseen.push(state.name);
  }
  return { reached: seen.length, unseen };
}

describe('the popup and the options page from the keyboard', () => {
  it('show where the focus is on every control', async () => {
    const { page: article } = await openChecked('/news/cnn-seed.html');
    const tabId = await suite.session.tabId(article);
    const popupPage = await suite.session.context.newPage();
    const popup = new PopupPage(popupPage);
    await popup.open(suite.session.extensionUrl(`popup.html?tabId=${tabId}`));
    expect(await popup.settledState()).toBe('ready');
    const inPopup = await controlsWithoutVisibleFocus(popupPage);
    expect(inPopup.reached).toBeGreaterThanOrEqual(3);
    expect(inPopup.unseen).toEqual([]);

    const options = await suite.session.context.newPage();
    await options.goto(suite.session.extensionUrl('options.html'));
    await options.locator('[data-testid="corpus"]').first().waitFor({ timeout: 10_000 });
    const inOptions = await controlsWithoutVisibleFocus(options);
    expect(inOptions.reached).toBeGreaterThanOrEqual(6);
    expect(inOptions.unseen).toEqual([]);
    for (const page of [popupPage, options, article]) await page.close();
  });
});

describe('looks', () => {
  it('follows the page into dark mode and back, and is pictured dark for the README', async () => {
    const { page, sidebar } = await openChecked(DEMO_PATHS.dark);
    expect(await sidebar.root.getAttribute('data-theme')).toBe('light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => sidebar.root.getAttribute('data-theme')).toBe('dark');
    await sidebar.setOpen(true);
    const background = await page
      .locator('crosscheck-sidebar .cc-panel')
      .evaluate((panel) => getComputedStyle(panel).backgroundColor);
    expect(background).toBe('rgb(28, 31, 36)');
    await page.evaluate(() => window.scrollTo(0, 0));
    await saveScreenshot(page, 'sidebar-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => sidebar.root.getAttribute('data-theme')).toBe('light');
    await page.close();
  });

  it('stays readable at 200% zoom: the panel fits, nothing overflows, and axe finds no violation', async () => {
    const { page, sidebar } = await openChecked('/news/cnn-seed.html', (p) =>
      p.setViewportSize({ width: VIEWPORT.width / 2, height: VIEWPORT.height / 2 }),
    );
    await sidebar.setOpen(true);
    const layout = await page.locator('crosscheck-sidebar .cc-panel').evaluate((panel) => {
      const body = panel.querySelector('.cc-panel-body') as HTMLElement;
      const box = panel.getBoundingClientRect();
      return {
        width: box.width,
        left: box.left,
        overflow: body.scrollWidth - body.clientWidth,
        margin: Number.parseFloat(getComputedStyle(document.documentElement).marginRight),
      };
    });
    expect(layout.left).toBeGreaterThanOrEqual(0);
    expect(layout.width).toBeLessThanOrEqual(VIEWPORT.width / 4);
    expect(layout.overflow).toBeLessThanOrEqual(0);
    expect(layout.margin).toBe(layout.width);
    expect(await axeViolations(page, 'crosscheck-sidebar')).toEqual([]);
    await page.close();
  });

  it('resizes from its left edge, pushes the page by its new width, and remembers it', async () => {
    const { page, sidebar } = await openChecked('/news/cnn-seed.html');
    await sidebar.setOpen(true);
    const handle = page.locator('crosscheck-sidebar [data-testid="resize"]');
    const box = await handle.boundingBox();
    if (!box) throw new Error('no resize handle');
    const panelWidth = async () =>
      (await page.locator('crosscheck-sidebar .cc-panel').boundingBox())?.width ?? 0;
    const before = await panelWidth();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 60, box.y + box.height / 2, { steps: 4 });
    await page.mouse.move(box.x + box.width / 2 - 120, box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    await expect.poll(panelWidth).toBe(before + 120);
    const margin = () => page.evaluate(() => getComputedStyle(document.documentElement).marginRight);
    await expect.poll(margin).toBe(`${before + 120}px`);

    const again = await openChecked('/news/cnn-seed.html');
    await again.sidebar.setOpen(true);
    expect((await again.page.locator('crosscheck-sidebar .cc-panel').boundingBox())?.width).toBe(
      before + 120,
    );
    for (const p of [page, again.page]) await p.close();
  });
});
