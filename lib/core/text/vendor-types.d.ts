declare module 'wink-lexicon/src/wn-verb-exceptions.js' {
  /** WordNet's irregular verb forms: inflected form → base form ("met" → "meet"). */
  const exceptions: Record<string, string>;
  export default exceptions;
}

declare module 'wink-porter2-stemmer' {
  const stem: (word: string) => string;
  export default stem;
}

declare module 'stopword' {
  /** English stopwords, lower case. */
  export const eng: string[];
}
