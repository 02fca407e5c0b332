import { type PreparedCorpus, prepareCorpus } from '../corpus';
import { articleFromText, buildCorpusFile } from '../import/index';

/** Fixed so that the one-article corpora, and so the predictions, do not depend on the clock. */
const CORPUS_DATE = '2017-06-01T00:00:00.000Z';

/** An FNC-1 article body as a one-article corpus, made the way `corpus build` makes one from a text file. */
export function bodyCorpus(bodyId: string, text: string): PreparedCorpus {
  const article = articleFromText(`fnc1-body-${bodyId}`, text);
  const corpus = buildCorpusFile([{ ...article, id: `body-${bodyId}`, source: 'FNC-1 body' }], {
    id: `fnc1-body-${bodyId}`,
    name: `FNC-1 body ${bodyId}`,
    createdAt: CORPUS_DATE,
  });
  return prepareCorpus(corpus);
}
