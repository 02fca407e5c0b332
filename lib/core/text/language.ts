import type { ArticleInput } from '../types';

/** Share of letters that must be Latin for the text to be read as English when the page declares no language. */
const MIN_LATIN_SHARE = 0.8;
/** Share of tokens that must be common English function words, judged only on texts of this many words. */
const MIN_WORDS_TO_JUDGE = 60;
const MIN_ENGLISH_FUNCTION_SHARE = 0.1;
const ENGLISH_FUNCTION_WORDS = new Set(
  'the a an of to in and is was that for on with as by at from it are were has have'.split(' '),
);

/**
 * The engine reads English. A page that declares another language, or whose text is not mostly English,
 * gets a clear "not supported" instead of claims made of garbage.
 */
export function unsupportedLanguage(article: ArticleInput): { reason: string } | null {
  const lang = article.lang?.trim().toLowerCase();
  if (lang && !lang.startsWith('en'))
    return { reason: `The page is in a language Crosscheck does not read yet (${lang}).` };
  const sample = article.text.slice(0, 20_000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return { reason: 'The page has no text to check.' };
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  const functionShare = words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length / Math.max(1, words.length);
  const notEnglish = words.length >= MIN_WORDS_TO_JUDGE && functionShare < MIN_ENGLISH_FUNCTION_SHARE;
  if (latin / letters < MIN_LATIN_SHARE || notEnglish) {
    return { reason: 'The text does not look like English, the only language Crosscheck reads yet.' };
  }
  return null;
}
