import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { seedCorpusPlugin } from './lib/build/seed-corpus-plugin';

const EXTENSION_CSP =
  "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; connect-src 'none'";

export default defineConfig({
  manifest: ({ browser }) => ({
    name: 'Crosscheck',
    description: 'Shows, claim by claim, what other sources say about the news article you are reading.',
    // storage: settings; unlimitedStorage: the reader's corpora and their indexes in IndexedDB, which a
    // newsroom archive can take tens of megabytes of and must not be evicted. Nothing else: the content
    // script's match pattern is the only host access, and the popup talks to the active tab by id.
    permissions: ['storage', 'unlimitedStorage'],
    action: { default_title: 'Crosscheck' },
    // Stricter than the browsers' default: only the extension's own scripts, no plugins, no <base>, no form
    // posts, and no connections at all (fetch, XHR, WebSocket), so a request can never be added by mistake.
    content_security_policy: browser === 'firefox' ? EXTENSION_CSP : { extension_pages: EXTENSION_CSP },
    // The reader can change the keys at chrome://extensions/shortcuts (about:addons in Firefox).
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Show or hide the Crosscheck sidebar',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'crosscheck@crosscheck.invalid',
              // 142: the first Firefox (Android; 140 on desktop) that knows data_collection_permissions.
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  vite: () => ({
    plugins: [preact(), seedCorpusPlugin()],
    resolve: {
      alias: {
        // See lib/build/no-style-sheets.ts: linkedom's CSS parser is never used by the background.
        '@acemir/cssom': fileURLToPath(new URL('./lib/build/no-style-sheets.ts', import.meta.url)),
      },
    },
  }),
});
