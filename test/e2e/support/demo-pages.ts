import { readFileSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import { FIXTURES_DIR } from './paths';

/**
 * Pages made for the sidebar's end-to-end checks, served at the fixture server's address through
 * Playwright routes (so the content script treats them as any page): a single-page site that changes
 * article without a reload, an article that loads more of itself later, a dark article, and a very long one.
 * Their text is the seed articles' own, so the bundled corpus has evidence for them.
 */

const fixture = (name: string) => readFileSync(`${FIXTURES_DIR}/news/${name}`, 'utf8');

/** The article paragraphs of a seed fixture page, as HTML (they hold no markup but text and entities). */
function paragraphs(html: string): string[] {
  const body = html.slice(html.indexOf('<article'), html.indexOf('</article>'));
  return [...body.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((match) => match[1] as string);
}

export const CNN_PARAGRAPHS = paragraphs(fixture('cnn-seed.html'));
export const WIRE_PARAGRAPHS = paragraphs(fixture('wire-seed.html'));

export const CNN_TITLE = 'Trump and Putin will not formally meet in Vietnam, the White House said';
export const WIRE_TITLE = 'Kremlin says Trump and Putin agreed on Syria in Vietnam';

const STYLE = `body { margin: 0; font: 17px/1.6 'DejaVu Serif', Georgia, serif; color: #1a1a1a; background: #fff; }
main { max-width: 760px; margin: 0 auto; padding: 24px; }
@media (prefers-color-scheme: dark) { .follows-scheme body { color: #e3e3e3; background: #15171a; } .follows-scheme a { color: #9cc3ff; } }`;

function page(title: string, body: string, options: { script?: string; htmlClass?: string } = {}): string {
  return `<!doctype html><html lang="en"${options.htmlClass ? ` class="${options.htmlClass}"` : ''}><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light dark">
<title>${title}</title><style>${STYLE}</style></head>
<body><main>${body}</main>${options.script ? `<script>${options.script}</script>` : ''}</body></html>`;
}

const article = (title: string, paras: string[]) =>
  `<article><h1>${title}</h1>${paras.map((p) => `<p>${p}</p>`).join('\n')}</article>`;

/**
 * A single-page site: /spa/cnn and /spa/wire are one page whose script renders the article for the
 * address; `window.spaGo(path)` moves with history.pushState and renders the new article after a short
 * wait, as a site fetching it would; back and forward render from popstate.
 */
function spaPage(): string {
  const stories = {
    '/spa/cnn': { title: CNN_TITLE, html: article(CNN_TITLE, CNN_PARAGRAPHS) },
    '/spa/wire': { title: WIRE_TITLE, html: article(WIRE_TITLE, WIRE_PARAGRAPHS) },
  };
  const script = `const stories = ${JSON.stringify(stories)};
const render = () => { const story = stories[location.pathname]; document.title = story.title;
  document.querySelector('main').innerHTML = story.html + '<nav><a href="/spa/cnn" data-spa>CNN story</a> · <a href="/spa/wire" data-spa>Wire story</a></nav>'; };
window.spaGo = (path) => { history.pushState({}, '', path); setTimeout(render, 150); };
addEventListener('popstate', () => setTimeout(render, 150));
document.addEventListener('click', (event) => { const link = event.target.closest('a[data-spa]');
  if (link) { event.preventDefault(); window.spaGo(link.getAttribute('href')); } });
render();`;
  return page('Loading…', '', { script });
}

/** The CNN article with its first paragraphs only; `window.loadMore()` appends the rest, as "read more" does. */
function growingPage(): string {
  const shown = 8;
  const rest = CNN_PARAGRAPHS.slice(shown)
    .map((p) => `<p>${p}</p>`)
    .join('');
  const script = `window.loadMore = () => document.querySelector('article').insertAdjacentHTML('beforeend', ${JSON.stringify(rest)});`;
  return page(CNN_TITLE, article(CNN_TITLE, CNN_PARAGRAPHS.slice(0, shown)), { script });
}

/** The CNN article in a page that turns dark with the system's scheme. */
function darkPage(): string {
  return page(CNN_TITLE, article(CNN_TITLE, CNN_PARAGRAPHS), { htmlClass: 'follows-scheme' });
}

/** The sentence the edited page rewrites, and what it becomes. */
export const EDITED_SENTENCE =
  'The chat, while brief, looked friendly, with both leaders speaking with their hands.';
const EDITED_TO = 'The chat was brief.';

/**
 * The CNN article, whose script rewrites one short paragraph the moment the sidebar shows its report: after
 * the text was read, before its claims are placed, and too small a change to check the page again.
 */
function editedPage(): string {
  const script = `const rewrite = () => {
  for (const p of document.querySelectorAll('article p')) if (p.textContent === ${JSON.stringify(EDITED_SENTENCE)}) p.textContent = ${JSON.stringify(EDITED_TO)};
};
const ready = (shadow) => shadow.querySelector('[data-state]')?.getAttribute('data-state') === 'ready';
new MutationObserver((changes, observer) => {
  const shadow = document.querySelector('crosscheck-sidebar')?.shadowRoot;
  if (!shadow) return;
  observer.disconnect();
  // The sidebar may mount with its report already in.
  if (ready(shadow)) return rewrite();
  new MutationObserver((shadowChanges, shadowObserver) => {
    if (!ready(shadow)) return;
    shadowObserver.disconnect();
    rewrite();
  }).observe(shadow, { subtree: true, childList: true, attributes: true });
}).observe(document.documentElement, { childList: true, subtree: true });`;
  return page(CNN_TITLE, article(CNN_TITLE, CNN_PARAGRAPHS), { script });
}

/** Filler sentences with no word of the seeds' story, varied so that no two paragraphs are the same. */
function filler(n: number): string {
  const subjects = ['The council', 'A local bakery', 'The river authority', 'Volunteers', 'The orchestra'];
  const verbs = ['reviewed', 'announced', 'postponed', 'celebrated', 'measured'];
  const objects = ['the spring schedule', 'a new recycling plan', 'the harvest festival', 'water levels'];
  const pick = <T>(list: T[], k: number) => list[k % list.length] as T;
  return `${pick(subjects, n)} ${pick(verbs, n >> 2)} ${pick(objects, n >> 4)} on day ${n} of the season, and residents of district ${n % 97} were told more would follow next week.`;
}

export const LONG_PAGE_PARAGRAPHS = 10_000;

/**
 * An article of 10,000 paragraphs: filler with the CNN article's paragraphs spread through it (the last
 * near the end), so placing its claims has to read the whole page.
 */
function longPage(): string {
  const paras: string[] = [];
  const every = Math.floor(LONG_PAGE_PARAGRAPHS / CNN_PARAGRAPHS.length);
  for (let i = 0; i < LONG_PAGE_PARAGRAPHS; i++) {
    const seed = i % every === every - 1 ? CNN_PARAGRAPHS[Math.floor(i / every)] : undefined;
    paras.push(seed ?? filler(i));
  }
  return page(CNN_TITLE, article(CNN_TITLE, paras));
}

export const DEMO_PATHS = {
  spaCnn: '/spa/cnn',
  spaWire: '/spa/wire',
  growing: '/demo/growing.html',
  dark: '/demo/dark.html',
  long: '/demo/long.html',
  edited: '/demo/edited.html',
} as const;

/** Serves the demo pages at `origin` in `context`. */
export async function routeDemoPages(context: BrowserContext, origin: string): Promise<void> {
  const html = (body: string) => ({ status: 200, contentType: 'text/html; charset=utf-8', body });
  await context.route(`${origin}/spa/**`, (route) => route.fulfill(html(spaPage())));
  await context.route(`${origin}${DEMO_PATHS.growing}`, (route) => route.fulfill(html(growingPage())));
  await context.route(`${origin}${DEMO_PATHS.dark}`, (route) => route.fulfill(html(darkPage())));
  await context.route(`${origin}${DEMO_PATHS.edited}`, (route) => route.fulfill(html(editedPage())));
  const long = longPage();
  await context.route(`${origin}${DEMO_PATHS.long}`, (route) => route.fulfill(html(long)));
}
