import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type PopupStatus, PopupView } from '../../components/popup-view';
import type { Result } from '../../lib/extension/messages';
import type { PageStatus } from '../../lib/extension/shapes';
import { askTab, targetTabId } from '../../lib/extension/tabs';
import { useAddPage } from './use-add-page';

/** While the page is being checked, ask again this often (ms): a check takes well under a second. */
const POLL_MS = 300;
/** Stop asking after this many tries (about a minute): something is stuck, and the popup says "Checking…". */
const MAX_POLLS = 200;

const toStatus = (result: Result<PageStatus>): PopupStatus =>
  result.ok ? result.value : { state: 'unavailable' };

/** The popup bound to the content script of the tab it reports on. */
export function PopupApp() {
  const [status, setStatus] = useState<PopupStatus>({
    state: 'loading',
    open: false,
    report: null,
    error: null,
  });
  const [tabId] = useState(() => targetTabId(location.search).catch(() => null));

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async (tries: number) => {
      const next = toStatus(await askTab(await tabId, 'getPageStatus'));
      if (stopped) return;
      setStatus(next);
      if (next.state === 'loading' && tries < MAX_POLLS)
        timer = setTimeout(() => void poll(tries + 1), POLL_MS);
    };
    void poll(0);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [tabId]);

  const add = useAddPage(tabId, status.state === 'ready');

  const openSidebar = async () => {
    const result = await askTab(await tabId, 'openSidebar');
    if (result.ok) window.close();
    else setStatus({ state: 'unavailable' });
  };

  return (
    <PopupView
      status={status}
      onOpenSidebar={() => void openSidebar()}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
      add={add}
    />
  );
}
