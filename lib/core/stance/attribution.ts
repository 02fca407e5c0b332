import type { Analyzed } from '../match/analyze';
import type { Token } from '../text/tokenize';

/** Verbs that attribute a statement to someone: "X said", "X told reporters", "according to X". */
const SPEECH = new Set([
  'said',
  'says',
  'say',
  'told',
  'tell',
  'tells',
  'stated',
  'announced',
  'claimed',
  'claims',
  'insisted',
  'reported',
  'reports',
  'statement',
  'saying',
  'according',
  'added',
  'confirmed',
  'denied',
  'wrote',
  'tweeted',
]);
/** Words allowed between a speaker's name and the verb: "Sanders has told", "the Kremlin also said". */
const BRIDGE = new Set(['has', 'have', 'had', 'also', 'later', 'then', 'quickly', 'released', 'issued', 'a']);

/** Hedges: the source reports rather than asserts. */
const HEDGES =
  /\b(reportedly|allegedly|according to|is said to|are said to|were said to|appeared to|rumou?red|unconfirmed|claimed)\b/i;

function isName(token: Token | undefined): token is Token {
  return !!token && /^\p{Lu}/u.test(token.text) && !token.stop && token.value === null;
}

/** Who the sentence attributes its content to, as written ("the Kremlin", "Sarah Sanders"), or null. */
export function speakerOf(sentence: Analyzed): string | null {
  const { tokens } = sentence;
  for (const verb of tokens) {
    if (!SPEECH.has(verb.lower)) continue;
    // "according to X" and "said X": the name follows.
    let i = verb.lower === 'according' ? verb.index + 2 : verb.index + 1;
    const after: Token[] = [];
    while (isName(tokens[i])) after.push(tokens[i++] as Token);
    // "X said": the name precedes, possibly with a bridge word between.
    let j = verb.index - 1;
    while (tokens[j] && BRIDGE.has((tokens[j] as Token).lower)) j--;
    const before: Token[] = [];
    while (isName(tokens[j])) before.unshift(tokens[j--] as Token);
    const name = before.length ? before : after;
    if (name.length) return name.map((t) => t.text).join(' ');
  }
  return null;
}

export function isHedged(text: string): boolean {
  return HEDGES.test(text);
}
