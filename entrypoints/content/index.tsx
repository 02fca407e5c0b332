import '../../components/styles/theme.css';
import '../../components/styles/common.css';
import '../../components/styles/sidebar.css';
import { render } from 'preact';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { pageTooLarge } from '../../lib/core/page-limits';
import { PANEL_WIDTH_PX } from '../../lib/extension/layout';
import { listen, sendToBackground } from '../../lib/extension/messaging';
import { createClaimMarks } from '../../lib/extension/page/claim-marks';
import { paceRefreshes } from '../../lib/extension/page/pace-refreshes';
import { pageTheme, watchPageTheme } from '../../lib/extension/page/page-theme';
import { createPagePush } from '../../lib/extension/page/push-page';
import { snapshotPage } from '../../lib/extension/page/snapshot-page';
import { watchPage } from '../../lib/extension/page/watch-page';
import { createPageSession } from '../../lib/extension/page-session';
import { loadPanelWidth, savePanelWidth } from '../../lib/extension/sidebar-width';
import { getSettings } from '../../lib/extension/storage';
import { markReports } from './mark-report';
import { SidebarApp } from './sidebar-app';
import { createSidebarEvents } from './sidebar-events';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  allFrames: false,
  cssInjectionMode: 'ui',
  async main(ctx) {
    // Only HTML pages have somewhere to put the sidebar (not an SVG or XML document).
    if (!document.body || !(document.documentElement instanceof HTMLElement)) return;
    const push = createPagePush();
    const events = createSidebarEvents();
    const [settings, initialWidth] = await Promise.all([
      getSettings(),
      loadPanelWidth().catch(() => PANEL_WIDTH_PX),
    ]);
    const session = createPageSession({
      settings,
      hostname: location.hostname,
      measure: () => pageTooLarge(document.body),
      // The background reads the article out of a copy of the page, off the page's main thread.
      extract: async () => {
        const snapshot = snapshotPage(document, location.href);
        if (!snapshot) return null;
        const read = await sendToBackground('readPage', snapshot);
        if (!read.ok) throw new Error(read.error);
        return read.value;
      },
      analyze: (request) => sendToBackground('analyze', request),
    });
    const settled = session.start();
    // Answer the popup and the shortcut from now on, even before the sidebar is mounted.
    ctx.onInvalidated(
      listen('content', {
        getPageStatus: () => session.status,
        openSidebar: () => {
          session.setOpen(true);
          return session.status;
        },
        toggleSidebar: () => {
          events.emit({ type: 'shortcut' });
          return session.status;
        },
      }),
    );
    const theme = pageTheme();
    const marks = createClaimMarks({
      theme,
      onClaimClick: (claimId) => events.emit({ type: 'claim-clicked', claimId }),
    });
    ctx.onInvalidated(() => marks.destroy());
    ctx.onInvalidated(markReports(session, marks));
    ctx.onInvalidated(
      watchPageTheme((next) => {
        marks.setTheme(next);
        events.emit({ type: 'theme', theme: next });
      }),
    );
    // A site the reader excluded is not read at all, not even when it changes.
    if (session.status.state !== 'off') {
      const reread = paceRefreshes((change) => session.refresh(change));
      ctx.onInvalidated(
        watchPage((change) => {
          // Text a framework rendered again (same words, new nodes) leaves the marks' ranges empty.
          if (change !== 'url') marks.repairIfStale();
          if (change !== 'minor') reread(change);
        }),
      );
    }

    const ui = await createShadowRootUi(ctx, {
      name: 'crosscheck-sidebar',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount(container) {
        render(
          <SidebarApp
            session={session}
            marks={marks}
            events={events}
            push={push}
            initialWidth={initialWidth}
            saveWidth={(width) => void savePanelWidth(width).catch(() => {})}
            initialTheme={theme}
          />,
          container,
        );
        return container;
      },
      onRemove(container) {
        if (container) render(null, container);
        push.set(false);
      },
    });
    if (ctx.isInvalid) return;
    ui.mount();

    await settled;
  },
});
