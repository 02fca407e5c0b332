import { normalizeText, splitParagraphs } from '../text/normalize';
import { isAllQuotation } from '../text/quotation';
import { splitSentences } from '../text/split-sentences';
import { tokenCounts } from '../text/tokenize';
import type { Claim } from '../types';

/** A claim needs enough words to state something checkable... */
const MIN_WORDS = 5;
/** ...and enough content words (names, verbs, numbers) that a match can rest on them. */
const MIN_CONTENT_WORDS = 3;
/** Longer "sentences" are run-on lists, tables or a failed split: not one claim. */
const MAX_WORDS = 90;

/** Page furniture that survives extraction: bylines, credits, update notes, calls to action. */
const BOILERPLATE = [
  /^(story highlights|related|read more|more from|advertisement|subscribe|sign up|follow us|share this)\b/i,
  /^[Bb]y [\p{Lu}][\p{L}.'-]+(?: [\p{Lu}][\p{L}.'-]+){0,3}(?:,| and |$)/u,
  /^this (story|article|report) (has been|was) (updated|corrected)/i,
  /^this (version|story|article) (corrects|updates)\b/i,
  /\bcontributed (reporting|to this (report|story|article))\b/i,
  /^(continue reading|skip to|advertisement\b)/i,
  /\b(all rights reserved|copyright ©|click here|cookie|newsletter)\b/i,
  /\((photo|image|credit)\b|\b(getty images|afp|reuters|ap photo)\s*\/?\s*$/i,
  // "Photo: …", "Video — …", "Photo—Getty"; not a word joined by a hyphen ("Photo-op watch: …").
  /^(photo|image|caption|credit|video|watch|listen|editor's note)(?:\s*[:—–]|\s+-)/i,
  /^(posted|published|updated|last (updated|modified))( on| at| by|:)/i,
  // "Tuesday 15 October 2019 by Bradley M. Kuhn", "March 13, 2015 9:00PM by Laurie Oakes": a dated byline.
  /^((mon|tues|wednes|thurs|fri|satur|sun)day,? )?(\d{1,2} \p{L}+,? \d{4}|\p{L}+ \d{1,2},? \d{4})\b.{0,40}\bby \p{Lu}[\p{L}.'-]*( \p{Lu}[\p{L}.'-]*){0,3}\.?$/iu,
  /^((top|lead|main|header) )?(photo|image|illustration|picture)s? (by|courtesy of)\b/i,
];

/**
 * A dateline before the first sentence: capitalised place words, perhaps the day, then a dash ("DA NANG, Vietnam (CNN) -",
 * "Da Nang, Vietnam CNN -", "WASHINGTON -"). It needs an all-capital word, a comma or an agency in
 * brackets, so that a sentence opening on an aside ("Though he eats little halibut - he has a freezer
 * full - Bassi…") keeps its start.
 */
const PLACE_WORD = "\\p{Lu}[\\p{L}.'-]*";
/** The day it was filed, after the place: "DA NANG, Nov. 11 --", "MOSCOW, November 12, 2017 -". */
const FILED = ',\\s+\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2}(?:,\\s+\\d{4})?';
const DATELINE = new RegExp(
  `^(?=[^-]*(?:\\p{Lu}{2,}|,|\\())${PLACE_WORD}(?:,?\\s+${PLACE_WORD})*(?:${FILED})?(?:\\s*\\(\\p{Lu}[\\p{L} .]*\\))?\\s+--?\\s+(?=\\S)`,
  'u',
);

/**
 * A speaker's label in capitals that opens a line of a transcript or a flash ("TOM REILLY, ANCHOR: …",
 * "BLITZER: …", "FLASH: …"): who speaks, not what is said. Each word all capitals, two letters or more.
 */
const CAPS_WORD = "\\p{Lu}[\\p{Lu}.'-]+";
const SPEAKER_LABEL = new RegExp(
  `^${CAPS_WORD}(?:\\s+${CAPS_WORD})*(?:,\\s*${CAPS_WORD}(?:\\s+${CAPS_WORD})*)?:\\s+(?=\\S)`,
  'u',
);

/**
 * The time a live blog stamps on an entry ("08:20 —", "10.40am:", "12:36 GMT -"): when it was posted, not
 * part of what it says. Hours and minutes, an optional am/pm and time zone, then a dash or a colon.
 */
const ENTRY_TIME =
  /^(?:updated\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+\p{Lu}{2,4})?\s*(?:-|:)\s+(?=\S)/iu;

/** A thread's post number ("1/", "11/"): where the post stands, not what it says. */
const THREAD_NUMBER = /^\d{1,3}\/\s+(?=\S)/;

/**
 * A question quoted at the end of a sentence after a colon or a comma: someone is reported asking it
 * ("McMaster replied: 'When the two leaders meet, is there something sufficiently substantive?'").
 */
const REPORTED_QUESTION = /\p{L}[^"“”]*[:,]\s*["“‘'][^"“”‘’]*\?["”’']\s*$/u;

/**
 * …or unquoted after a colon, the clause before it naming who asked it ("Here's how national security
 * adviser H.R. McMaster put it: when the two leaders meet, is there something sufficiently substantive?"): a
 * name past the clause's first word.
 */
const ASKED_AFTER_COLON = /^\S+[^:?]*\s\p{Lu}[^:?]*:\s+[^:]+\?\s*$/u;

function isClaimLike(sentence: string): boolean {
  if (/\?["')\]]*$/.test(sentence) && !REPORTED_QUESTION.test(sentence) && !ASKED_AFTER_COLON.test(sentence))
    return false;
  // All in capitals: a tagline or a label ("LAURIE OAKES IS THE NINE NETWORK POLITICAL EDITOR").
  if (!/\p{Ll}/u.test(sentence)) return false;
  if (BOILERPLATE.some((pattern) => pattern.test(sentence))) return false;
  const counts = tokenCounts(sentence, MIN_CONTENT_WORDS);
  if (counts.tokens < MIN_WORDS || counts.tokens > MAX_WORDS) return false;
  return counts.content >= MIN_CONTENT_WORDS;
}

/** Every sentence of a text in order, datelines stripped, with the paragraph it came from. */
export function textSentences(text: string): { text: string; paragraph: number }[] {
  const out: { text: string; paragraph: number }[] = [];
  splitParagraphs(text).forEach((paragraph, index) => {
    for (const sentence of splitSentences(paragraph)) {
      const clean = normalizeText(sentence)
        .replace(ENTRY_TIME, '')
        .replace(THREAD_NUMBER, '')
        .replace(DATELINE, '')
        .replace(SPEAKER_LABEL, '');
      if (clean) out.push({ text: clean, paragraph: index });
    }
  });
  return out;
}

/** A sentence all in quotation up to this many words goes on the statement before it (see corpusStatements). */
const FOLLOW_ON_WORDS = 12;

/**
 * Splits an article into claims: sentences that state something checkable. Questions, bylines, credits,
 * boilerplate and fragments are dropped; a headline-like line without a full stop is kept as one sentence.
 * Claim ids (`c1`, `c2`, …) follow the order of the text.
 */
export function splitClaims(text: string): Claim[] {
  return claimsOf(text, false);
}

/**
 * An article's statements for a corpus: its claims, each with the short sentences all in quotation that
 * follow it in its paragraph and are too short to be claims of their own. "“When the two leaders meet, is
 * there something sufficiently substantive?” Tillerson said. “No conclusion has been made on that.”" is one
 * statement: the second sentence alone says nothing a claim could be matched with.
 */
export function corpusStatements(text: string): Claim[] {
  return claimsOf(text, true);
}

function claimsOf(text: string, joinFollowOns: boolean): Claim[] {
  const claims: Claim[] = [];
  const seen = new Set<string>();
  let citedWork = -1;
  // The claim last kept, and where: a sentence right after it in its paragraph may go on it.
  let last: { claim: Claim; paragraph: number; at: number } | null = null;
  textSentences(text).forEach(({ text: sentence, paragraph }, at) => {
    // "^ Festa, Paul (2003). "Title". Site." is an entry of a list of cited works, every sentence of it.
    if (sentence.startsWith('^')) citedWork = paragraph;
    if (paragraph === citedWork) return;
    const key = sentence.toLowerCase();
    if (!seen.has(key) && isClaimLike(sentence)) {
      seen.add(key);
      const claim = { id: `c${claims.length + 1}`, text: sentence };
      claims.push(claim);
      last = { claim, paragraph, at };
      return;
    }
    if (
      joinFollowOns &&
      last !== null &&
      last.paragraph === paragraph &&
      last.at === at - 1 &&
      isAllQuotation(sentence) &&
      // Only its length is wanted: no content word need be told apart.
      tokenCounts(sentence, 0).tokens <= FOLLOW_ON_WORDS
    ) {
      last.claim.text = `${last.claim.text} ${sentence}`;
      last.at = at;
    }
  });
  return claims;
}
