import { ownLookup } from './own-value';

/** Number words a news sentence spells out, to compare "two indictments" with "2 indictments". */
const SMALL: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  dozen: 12,
  single: 1,
  both: 2,
  couple: 2,
  pair: 2,
  half: 0.5,
};

/** Words that scale the number before them: "3.5 million", "two hundred". */
const SCALE: Record<string, number> = {
  hundred: 1e2,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};
const smallValue = ownLookup(SMALL);
const scaleValue = ownLookup(SCALE);

/** Value of a number word ("thirteen"), or null. */
export function numberWordValue(word: string): number | null {
  // Own keys only: "constructor" is not a number word.
  return smallValue(word) ?? null;
}

export function scaleWordValue(word: string): number | null {
  return scaleValue(word) ?? null;
}

/** Value of a digit token: "1,200" → 1200, "3.5" → 3.5. */
export function digitValue(token: string): number | null {
  const value = Number(token.replace(/,(?=\d{3}\b)/g, ''));
  return Number.isFinite(value) ? value : null;
}

/** Ordinal words, as a day of the month is spoken ("November ninth", "the twenty-first"). */
const ORDINAL: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
};
const ordinalValue = ownLookup(ORDINAL);

/**
 * The number an ordinal spells, from one word ("ninth") or a tens word and the ordinal after it ("twenty",
 * "first"), both lower case; null for any other words.
 */
export function ordinalWordValue(first: string, second?: string): number | null {
  const own = ordinalValue(first);
  if (own !== undefined) return own;
  const tens = smallValue(first);
  const unit = second === undefined ? undefined : ordinalValue(second);
  return (tens === 20 || tens === 30) && unit !== undefined && unit < 10 ? tens + unit : null;
}
