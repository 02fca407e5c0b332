/** Written out here so Vite finds the worker and bundles it as a chunk of its own (for every browser target). */
export const createImportWorker = () =>
  new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module', name: 'crosscheck-import' });

/** The browser's own HTML parser: inert (no scripts run, nothing is fetched), as Readability needs. */
export const parseHtml = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
