declare module 'virtual:crosscheck/seed-corpus' {
  import type { SerializedCorpus } from '@/lib/core/corpus';

  const corpus: SerializedCorpus;
  export default corpus;
}
