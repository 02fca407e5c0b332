declare module 'virtual:crosscheck/seed-corpus' {
  import type { SerializedCorpus } from '../core/corpus';
  const corpus: SerializedCorpus;
  export default corpus;
}
