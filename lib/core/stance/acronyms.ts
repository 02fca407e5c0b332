import type { Analyzed } from '../match/analyze';
import { perSentence } from '../match/per-sentence';
import type { Token } from '../text/tokenize';

/**
 * A party named in full on one side and by its initials on the other ("Asia-Pacific Economic Cooperation" /
 * "APEC", "Association of Southeast Asian Nations" / "ASEAN") is one party, not two.
 */

/** Small words a name may hold that its initials leave out. */
const CONNECTORS = new Set(['of', 'and', 'for', 'the', 'on', 'in']);
/** Words written in capitals, two letters or more: "APEC", "NATO", "U.N." read without its dots. */
const ACRONYM = /^(?:\p{Lu}{2,}|(?:\p{Lu}\.){2,})$/u;
/** What may stand between two words of one name: a space or a hyphen. */
const NAME_GAP = /^(?:\s|-)$/;

/** Longer runs of capitals are shouting, not a name's initials. */
const MAX_ACRONYM = 8;

export interface AcronymForms {
  /** Each run of two or more capitalised words (connectors left out), by the index of every token in it. */
  runAt: Map<number, string[]>;
  runs: string[][];
  /** The acronyms the sentence writes, in capitals without dots. */
  acronyms: Set<string>;
}

/**
 * The shortest acronym whose words may be the start of its name only ("Islamic State" / ISIL, of "Islamic
 * State of Iraq and the Levant"; ISIS): two-letter ones are too often another name's start.
 */
const MIN_PREFIXED = 4;

/**
 * Whether `acronym` abbreviates the words: each word gives its initial, in order, and may give a few more of
 * its letters after it ("Southeast" → SE in ASEAN). Nothing else, but that two words or more may name the
 * first part of a longer acronym's name ("Islamic State" / "ISIL").
 */
export function abbreviates(acronym: string, words: readonly string[]): boolean {
  const upper = words.map((word) => word.toUpperCase());
  const from = (a: number, w: number): boolean => {
    const word = upper[w];
    if (word === undefined)
      return a === acronym.length || (w >= 2 && acronym.length >= MIN_PREFIXED && a >= 2);
    if (acronym[a] !== word[0]) return false;
    if (from(a + 1, w + 1)) return true;
    let at = 1;
    for (let k = a + 1; k < acronym.length; k++) {
      at = word.indexOf(acronym[k] as string, at) + 1;
      if (at === 0) return false;
      if (from(k + 1, w + 1)) return true;
    }
    return false;
  };
  return acronym.length >= 2 && acronym.length <= MAX_ACRONYM && from(0, 0);
}

/** Read once per sentence (see perSentence). */
export const acronymForms = perSentence(readAcronymForms);

function readAcronymForms(sentence: Analyzed): AcronymForms {
  const { tokens, text } = sentence;
  const runAt = new Map<number, string[]>();
  const runs: string[][] = [];
  const acronyms = new Set<string>();
  let run: Token[] = [];
  const close = () => {
    const words = run.filter((token) => token.capital);
    if (words.length >= 2) {
      const texts = words.map((token) => token.text);
      runs.push(texts);
      for (const token of words) runAt.set(token.index, texts);
    }
    run = [];
  };
  for (const token of tokens) {
    const acronym = ACRONYM.test(token.text);
    if (acronym) acronyms.add(token.text.replaceAll('.', ''));
    const previous = run[run.length - 1];
    const joined = previous !== undefined && NAME_GAP.test(text.slice(previous.end, token.start) || ' ');
    if (token.capital && !acronym) {
      if (!joined) close();
      run.push(token);
    } else if (joined && CONNECTORS.has(token.lower) && run.length > 0) {
      run.push(token);
    } else {
      close();
    }
  }
  close();
  return { runAt, runs, acronyms };
}

/**
 * Whether some stretch of consecutive words of the run (holding the word at `at`, when given) is what the
 * acronym abbreviates.
 */
function abbreviatesPart(acronym: string, run: readonly string[], at?: number): boolean {
  for (let first = 0; first < run.length; first++) {
    // Two words at least: one word "abbreviated" is just a word that happens to hold the letters.
    for (let last = first + 2; last <= run.length; last++) {
      if (at !== undefined && (at < first || at >= last)) continue;
      if (abbreviates(acronym, run.slice(first, last))) return true;
    }
  }
  return false;
}

/** Whether a name token of one sentence is the other sentence's party written in full or as initials. */
export function namedOtherwise(token: Token, own: AcronymForms, other: AcronymForms): boolean {
  const run = own.runAt.get(token.index);
  if (run) {
    const at = run.indexOf(token.text);
    if ([...other.acronyms].some((acronym) => abbreviatesPart(acronym, run, at))) return true;
  }
  if (!ACRONYM.test(token.text)) return false;
  const acronym = token.text.replaceAll('.', '');
  return other.runs.some((words) => abbreviatesPart(acronym, words));
}

/** Whether either sentence writes an acronym of a run of the other's capitalised words ("UN" / "United Nations"). */
export function abbreviatedEitherWay(a: AcronymForms, b: AcronymForms): boolean {
  const found = (acronyms: Set<string>, runs: string[][]) =>
    [...acronyms].some((acronym) => runs.some((run) => abbreviatesPart(acronym, run)));
  return found(a.acronyms, b.runs) || found(b.acronyms, a.runs);
}
