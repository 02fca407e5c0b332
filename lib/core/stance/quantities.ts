import type { Analyzed } from '../match/analyze';
import { scaleWordValue } from '../text/numbers';
import type { Token } from '../text/tokenize';
import { YEAR } from './named-parties';
import { isDemonym } from './places';

/** A number and what it counts: "13-day" → 13 day, "two indictments" → 2 indict, "3.5 percent" → 3.5 percent. */
export interface Quantity {
  value: number;
  unit: string;
  text: string;
  /** A span counted back or forward from the time of writing ("for the last two days"), not a length. */
  relative: boolean;
}

/** Words that make a count a span from now: "the last two days", "the next five years". */
const RELATIVE = new Set(['last', 'past', 'previous', 'next', 'coming', 'following']);

/** How many tokens may stand between a number and its unit ("two formal indictments"). */
const UNIT_REACH = 2;

export function quantities(sentence: Analyzed): Quantity[] {
  const { tokens } = sentence;
  const out: Quantity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    // "the only American journalist allowed": one journalist.
    const only = token.lower === 'only' && tokens[i - 1]?.lower === 'the';
    // Years read as numbers would make "the 2016 election" a quantity of elections.
    if (!only && (token.value === null || YEAR.test(token.lower))) continue;
    let value = only ? 1 : (token.value as number);
    let j = i + 1;
    const scale = tokens[j] ? scaleWordValue(tokens[j]?.lower ?? '') : null;
    if (scale !== null) {
      value *= scale;
      j += 1;
    }
    for (let k = j; k < Math.min(tokens.length, j + UNIT_REACH + 1); k++) {
      const unit = tokens[k];
      if (!unit || unit.value !== null) break;
      // A nationality says what kind, not what is counted: "three American journalists".
      if (unit.stop || isDemonym(unit.stem)) continue;
      if (k === j + UNIT_REACH) break;
      const before = tokens[i - 1]?.lower === 'the' ? tokens[i - 2] : tokens[i - 1];
      const relative = RELATIVE.has(before?.lower ?? '');
      out.push({ value, unit: unit.stem, text: sentence.text.slice(token.start, unit.end), relative });
      break;
    }
  }
  return out;
}

/** Counts of the same thing that differ: the claim's and the statement's, for the reason shown to the reader. */
export function differingQuantities(
  claim: Analyzed,
  statement: Analyzed,
): { claim: Quantity; statement: Quantity } | null {
  const theirs = quantities(statement);
  for (const mine of quantities(claim)) {
    const sameUnit = theirs.filter((q) => q.unit === mine.unit && q.relative === mine.relative);
    if (sameUnit.length > 0 && !sameUnit.some((q) => q.value === mine.value)) {
      return { claim: mine, statement: sameUnit[0] as Quantity };
    }
  }
  return null;
}
