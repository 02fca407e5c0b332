/**
 * Plain data the extension's parts exchange besides the core's Report. Types only: components import them
 * without pulling in any `browser.*` code.
 */

import type { PageTooLarge } from '../core/page-limits';
import type { Report } from '../core/types';

/**
 * Where the content script is with the page. The first four are the sidebar DOM contract of DESIGN.md;
 * the last two extend it for settings that stop the automatic check:
 * - `idle`: an article, waiting for the reader to ask (setting "only on click"); the handle shows "Check".
 * - `off`: the site is on the reader's "never check" list; nothing is extracted and nothing is shown.
 */
export type PageState = 'loading' | 'ready' | 'not-article' | 'error' | 'idle' | 'off';

/** Why a page is `not-article` although it may hold one: it was past the size limits and not read. */
export type { PageTooLarge };

/** What the content script knows about its page: the sidebar renders it, the popup asks for it. */
export interface PageStatus {
  state: PageState;
  /** Set only with `not-article`, when the page was too large to read (absent or null otherwise). */
  notArticle?: PageTooLarge | null;
  /** Whether the sidebar panel is shown. */
  open: boolean;
  /** Present once `ready`. */
  report: Report | null;
  /** A short reader-facing sentence when `error`. */
  error: string | null;
}

/** A corpus as the options page lists it. */
export interface CorpusInfo {
  id: string;
  name: string;
  description: string;
  articleCount: number;
  statementCount: number;
  /** Whether its statements are used as evidence. */
  enabled: boolean;
  /** Shipped with the extension (cannot be removed, only switched off). */
  bundled: boolean;
  /** Where it came from: "Built into Crosscheck", the imported files, the pages it was added from. */
  origin: string;
  /** The outlets most of its articles come from, most frequent first. */
  outlets: string[];
  /** The corpus file's own date (ISO). */
  createdAt: string;
  /** When the reader added it (ISO); null for the bundled corpus. */
  addedAt: string | null;
  /** About how much storage it takes: the corpus file and its index. */
  bytes: number;
}

/** What "Add this page to a corpus" did. */
export interface AddedPage {
  corpusId: string;
  corpusName: string;
  articleCount: number;
  /** The corpus was made for this page. */
  created: boolean;
}
