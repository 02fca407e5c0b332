import '../../components/styles/theme.css';
import '../../components/styles/common.css';
import '../../components/styles/sidebar.css';
import { render } from 'preact';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractArticle } from '../../lib/core/extract';
import { listen, sendToBackground } from '../../lib/extension/messaging';
import { createPagePush } from '../../lib/extension/page/push-page';
import { createPageSession } from '../../lib/extension/page-session';
import { getSettings } from '../../lib/extension/storage';
import { SidebarApp } from './sidebar-app';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  allFrames: false,
  cssInjectionMode: 'ui',
  async main(ctx) {
    // Only HTML pages have somewhere to put the sidebar (not an SVG or XML document).
    if (!document.body || !(document.documentElement instanceof HTMLElement)) return;
    const push = createPagePush();
    const session = createPageSession({
      settings: await getSettings(),
      hostname: location.hostname,
      extract: () => {
        const started = performance.now();
        const article = extractArticle(document, location.href);
        return article ? { article, extractMs: performance.now() - started } : null;
      },
      analyze: (request) => sendToBackground('analyze', request),
      onOpenChange: (open) => push.set(open),
    });
    const settled = session.start();
    // Answer the popup from now on, even before the sidebar is mounted.
    ctx.onInvalidated(
      listen('content', {
        getPageStatus: () => session.status,
        openSidebar: () => {
          session.setOpen(true);
          return session.status;
        },
      }),
    );

    const ui = await createShadowRootUi(ctx, {
      name: 'crosscheck-sidebar',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount(container) {
        render(<SidebarApp session={session} />, container);
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
