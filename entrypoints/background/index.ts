import { defineBackground } from 'wxt/utils/define-background';
import { createBackgroundHandlers } from '../../lib/extension/background-handlers';
import { watchTabs } from '../../lib/extension/badge-sync';
import { idbCorpusStore } from '../../lib/extension/corpora/idb-corpus-store';
import { createCorpusRegistry } from '../../lib/extension/corpus-registry';
import { listen } from '../../lib/extension/messaging';
import { watchCommands } from '../../lib/extension/sidebar-command';
import { forgetClosedTabs } from '../../lib/extension/tab-articles';

export default defineBackground(() => {
  const store = idbCorpusStore();
  listen('background', createBackgroundHandlers({ registry: createCorpusRegistry(store), store }));
  watchTabs();
  watchCommands();
  forgetClosedTabs();
});
