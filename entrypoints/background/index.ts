import { defineBackground } from 'wxt/utils/define-background';
import { backgroundHandlers } from '../../lib/extension/background-handlers';
import { watchTabs } from '../../lib/extension/badge-sync';
import { listen } from '../../lib/extension/messaging';

export default defineBackground(() => {
  listen('background', backgroundHandlers);
  watchTabs();
});
