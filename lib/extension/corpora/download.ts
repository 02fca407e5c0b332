/**
 * Saves a corpus file to the reader's downloads the way any web page does, with a link to an object URL:
 * no `downloads` permission, and nothing leaves the computer.
 */
import type { CorpusFile } from '../../core/types';

/** Object URLs are released after this long (ms): the browser has long since started the download. */
const REVOKE_AFTER_MS = 60_000;

/** A file name for a corpus: its id, reduced to characters every file system takes. */
export function exportFileName(corpus: Pick<CorpusFile, 'id'>): string {
  const safe = corpus.id.replace(/[^\w.-]+/g, '-').replace(/^[-.]+|[-.]+$/g, '');
  return `${safe || 'corpus'}.crosscheck.json`;
}

export function downloadCorpusFile(corpus: CorpusFile, doc: Document = document): void {
  const blob = new Blob([`${JSON.stringify(corpus, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = exportFileName(corpus);
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
