/**
 * Every message that crosses a context boundary, declared once and grouped by direction. Each message has
 * one `data` argument, checked against its schema on arrival, and is answered with a serializable
 * `Result`. The sending and listening plumbing is in `messaging.ts`.
 */
import * as v from 'valibot';
import type { ArticleInput, CorpusFile, Report } from '../core/types';
import type { AddedPage, CorpusInfo, PageStatus } from './shapes';

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export const fail = <T = never>(error: string): Result<T> => ({ ok: false, error });

/** An article as the content script extracted it, with the time extraction took. */
export interface AnalyzeRequest {
  article: ArticleInput;
  extractMs: number;
}

/**
 * The page as the content script hands it over for reading: its markup as the browser holds it now
 * (scripts' changes included) and its address. Readability runs on it in the background, not on the
 * page's main thread, where it took hundreds of milliseconds on a long page.
 */
export interface PageSnapshot {
  html: string;
  url: string;
}

/** Messages the background answers (sent with `runtime.sendMessage`). */
export interface ToBackground {
  /**
   * Content script → background: read the article out of this page (Readability on a parsed copy);
   * null when the page is not an article.
   */
  readPage: { data: PageSnapshot; reply: AnalyzeRequest | null };
  /**
   * Content script → background: check this article against the enabled corpora; sets the tab's badge.
   * The report lists only the claims with evidence (`summary.claimsWithoutEvidence` counts the others).
   */
  analyze: { data: AnalyzeRequest; reply: Report };
  /** Options page → background: the corpora the background holds, with counts and whether each is used. */
  listCorpora: { data: null; reply: CorpusInfo[] };
  /** Options page → background: the bundled corpus as a corpus file, to export it (it ships only as an index). */
  bundledCorpusFile: { data: null; reply: CorpusFile };
  /**
   * Popup → background: add the article last checked in that tab to a stored corpus (`corpusId`), or to a
   * new corpus called `newName`.
   */
  addPageToCorpus: { data: AddPageRequest; reply: AddedPage };
}

export interface AddPageRequest {
  tabId: number;
  /** An existing corpus of the reader's; null to make a new one. */
  corpusId: string | null;
  /** The new corpus's name when `corpusId` is null. */
  newName: string | null;
}

/** Messages a tab's content script answers (sent with `tabs.sendMessage`). */
export interface ToContent {
  /** Popup → content script: the page's state and report. */
  getPageStatus: { data: null; reply: PageStatus };
  /** Popup → content script: show the sidebar panel (and, in "only on click" mode, check the page first). */
  openSidebar: { data: null; reply: PageStatus };
  /** Background → content script: the keyboard shortcut was pressed in this tab; show or hide the panel. */
  toggleSidebar: { data: null; reply: PageStatus };
}

/**
 * The only background messages a content script sends. A content script shares its process with the page,
 * which (through a renderer bug) could speak in its name; so whatever reads or changes the reader's corpora
 * is answered for the extension's own pages only.
 */
export const CONTENT_SCRIPT_MESSAGES: ReadonlySet<string> = new Set<keyof ToBackground>([
  'readPage',
  'analyze',
]);

export type Message<P, K extends keyof P> = { type: K; data: P[K] extends { data: infer D } ? D : never };
export type Reply<P, K extends keyof P> = P[K] extends { reply: infer R } ? R : never;

/**
 * Pages are large but bounded; a message above this is not an article we should spend the worker on.
 * 5 MB of text is about twenty novels.
 */
const MAX_ARTICLE_CHARS = 5_000_000;
const shortText = v.pipe(v.string(), v.maxLength(10_000));
/**
 * The most markup a page snapshot may hold. A page within the content script's limits (5 MB of text,
 * 50,000 elements) has far less unless its inline scripts run to megabytes; Chrome refuses messages over
 * 64 MB.
 */
export const MAX_PAGE_HTML_CHARS = 30_000_000;

const analyzeSchema = v.object({
  article: v.object({
    title: shortText,
    url: shortText,
    site: shortText,
    text: v.pipe(v.string(), v.maxLength(MAX_ARTICLE_CHARS)),
    lang: v.optional(v.pipe(v.string(), v.maxLength(64))),
  }),
  extractMs: v.pipe(v.number(), v.finite(), v.minValue(0)),
});

const noData = v.null();

const schemas = {
  background: v.variant('type', [
    v.object({
      type: v.literal('readPage'),
      data: v.object({ html: v.pipe(v.string(), v.maxLength(MAX_PAGE_HTML_CHARS)), url: shortText }),
    }),
    v.object({ type: v.literal('analyze'), data: analyzeSchema }),
    v.object({ type: v.literal('listCorpora'), data: noData }),
    v.object({ type: v.literal('bundledCorpusFile'), data: noData }),
    v.object({
      type: v.literal('addPageToCorpus'),
      data: v.object({
        tabId: v.pipe(v.number(), v.integer(), v.minValue(0)),
        corpusId: v.nullable(shortText),
        newName: v.nullable(v.pipe(shortText, v.maxLength(200))),
      }),
    }),
  ]),
  content: v.variant('type', [
    v.object({ type: v.literal('getPageStatus'), data: noData }),
    v.object({ type: v.literal('openSidebar'), data: noData }),
    v.object({ type: v.literal('toggleSidebar'), data: noData }),
  ]),
};

export type Direction = keyof typeof schemas;
export type ProtocolOf<D extends Direction> = D extends 'background' ? ToBackground : ToContent;

/** The message if it is well-formed for that direction, otherwise null (so it is ignored). */
export function parseMessage<D extends Direction>(
  direction: D,
  raw: unknown,
): Message<ProtocolOf<D>, keyof ProtocolOf<D>> | null {
  const parsed = v.safeParse(schemas[direction], raw);
  return parsed.success ? (parsed.output as Message<ProtocolOf<D>, keyof ProtocolOf<D>>) : null;
}

/** Whether a reply has the `Result` shape (a missing listener answers `undefined`). */
export function isResult(reply: unknown): reply is Result<unknown> {
  if (typeof reply !== 'object' || reply === null || !('ok' in reply)) return false;
  return reply.ok === true
    ? 'value' in reply
    : reply.ok === false && typeof (reply as { error?: unknown }).error === 'string';
}
