import type { Analyzed } from '../match/analyze';
import { stemWord } from '../text/tokenize';

/**
 * Verbs and adjectives whose meanings exclude each other in a news report. A first, hand-picked list;
 * the stance issue replaces it with pairs generated from WordNet's antonym relations.
 */
const PAIRS: [string, string][] = [
  ['confirm', 'deny'],
  ['admit', 'deny'],
  ['accept', 'reject'],
  ['agree', 'disagree'],
  ['agree', 'refuse'],
  ['approve', 'reject'],
  ['approve', 'veto'],
  ['win', 'lose'],
  ['rise', 'fall'],
  ['increase', 'decrease'],
  ['allow', 'ban'],
  ['allow', 'forbid'],
  ['support', 'oppose'],
  ['include', 'exclude'],
  ['succeed', 'fail'],
  ['grant', 'refuse'],
  ['grant', 'deny'],
  ['guilty', 'innocent'],
  ['acquit', 'convict'],
  ['arrest', 'release'],
  ['open', 'close'],
  ['start', 'end'],
  ['resign', 'stay'],
  ['praise', 'criticize'],
  ['legal', 'illegal'],
  ['true', 'false'],
  ['alive', 'dead'],
  ['survive', 'die'],
  ['lift', 'impose'],
  ['raise', 'cut'],
];

const OPPOSITE = new Map<string, Set<string>>();
for (const [a, b] of PAIRS) {
  const [sa, sb] = [stemWord(a), stemWord(b)];
  if (!OPPOSITE.has(sa)) OPPOSITE.set(sa, new Set());
  if (!OPPOSITE.has(sb)) OPPOSITE.set(sb, new Set());
  OPPOSITE.get(sa)?.add(sb);
  OPPOSITE.get(sb)?.add(sa);
}

/** A word of the claim whose opposite the statement uses (and not the word itself). */
export function opposedWords(
  claim: Analyzed,
  statement: Analyzed,
): { claim: string; statement: string } | null {
  const theirs = new Map(statement.tokens.map((token) => [token.stem, token.text]));
  for (const token of claim.tokens) {
    const opposites = OPPOSITE.get(token.stem);
    if (!opposites || theirs.has(token.stem)) continue;
    for (const opposite of opposites) {
      const written = theirs.get(opposite);
      if (written) return { claim: token.text, statement: written };
    }
  }
  return null;
}
