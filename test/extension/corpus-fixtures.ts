import { readFileSync } from 'node:fs';
import type { CorpusFile } from '../../lib/core/types';
import type { ImportFile } from '../../lib/extension/corpora/import-protocol';

export const inputText = (name: string) =>
  readFileSync(new URL(`../fixtures/inputs/${name}`, import.meta.url), 'utf8');

/** The fixture corpus file of test/fixtures/inputs, parsed afresh for each test. */
export const fixtureCorpus = (): CorpusFile => JSON.parse(inputText('corpus.json'));

/** A file as the options page hands it to the worker, unread. */
export function fileOf(name: string, content: string | Uint8Array<ArrayBuffer>): ImportFile {
  const blob = new Blob([content]);
  return { name, size: blob.size, source: { kind: 'file', blob } };
}
