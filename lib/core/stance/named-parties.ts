import type { Analyzed } from '../match/analyze';
import type { Token } from '../text/tokenize';
import { acronymForms, namedOtherwise } from './acronyms';

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const MONTHS = new Set(
  'january february march april may june july august september october november december'.split(' '),
);
const YEAR = /^(1[89]|20)\d\d$/;

function isDateWord(token: Token): boolean {
  return WEEKDAYS.has(token.lower) || MONTHS.has(token.lower) || YEAR.test(token.lower);
}

/** Dates named on each side, by kind: both name a weekday (or year), and none is shared. */
export function differingDates(
  claim: Analyzed,
  statement: Analyzed,
): { claim: string; statement: string } | null {
  for (const kind of [WEEKDAYS, MONTHS] as const) {
    const mine = claim.tokens.filter((t) => kind.has(t.lower));
    const theirs = statement.tokens.filter((t) => kind.has(t.lower));
    if (mine.length && theirs.length && !mine.some((m) => theirs.some((t) => t.lower === m.lower))) {
      return { claim: (mine[0] as Token).text, statement: (theirs[0] as Token).text };
    }
  }
  const mine = claim.tokens.filter((t) => YEAR.test(t.lower));
  const theirs = statement.tokens.filter((t) => YEAR.test(t.lower));
  if (mine.length && theirs.length && !mine.some((m) => theirs.some((t) => t.lower === m.lower))) {
    return { claim: (mine[0] as Token).text, statement: (theirs[0] as Token).text };
  }
  return null;
}

/** The whole name a token belongs to: "Nha" → "Nha Trang". */
function nameAround(sentence: Analyzed, token: Token): string {
  const { tokens, text } = sentence;
  let first = token.index;
  let last = token.index;
  const joined = (a: Token, b: Token) => /^\s?$/.test(text.slice(a.end, b.start));
  while (first > 0 && tokens[first - 1]?.proper && joined(tokens[first - 1] as Token, tokens[first] as Token))
    first--;
  while (tokens[last + 1]?.proper && joined(tokens[last] as Token, tokens[last + 1] as Token)) last++;
  return text.slice(tokens[first]?.start ?? token.start, tokens[last]?.end ?? token.end);
}

/** The nearest content word before a token: what the name is "of" ("final stop: the Philippines" → stop). */
function roleOf(sentence: Analyzed, token: Token): string | null {
  for (let i = token.index - 1; i >= Math.max(0, token.index - 3); i--) {
    const before = sentence.tokens[i];
    if (before && !before.stop && !before.proper) return before.stem;
  }
  return null;
}

/**
 * A different named party in the same role: a name only the claim uses and a name only the statement uses,
 * each right after the same content word ("final stop: Japan" / "final stop: the Philippines").
 * `respelled` maps claim stems to the statement's spelling where fuzzy matching found one.
 */
export function differingParties(
  claim: Analyzed,
  statement: Analyzed,
  respelled: ReadonlyMap<string, string> = new Map(),
): { claim: string; statement: string } | null {
  // A name the matcher already paired with another spelling (Denang / Danang) is the same party.
  const canonical = (stem: string) => respelled.get(stem) ?? stem;
  const claimNames = new Set(claim.tokens.filter((t) => t.proper).map((t) => canonical(t.stem)));
  const statementNames = new Set(statement.tokens.filter((t) => t.proper).map((t) => t.stem));
  // One party written in full on one side and as initials on the other ("APEC") is the same party.
  const claimForms = acronymForms(claim);
  const statementForms = acronymForms(statement);
  const onlyTheirs = statement.tokens.filter(
    (t) =>
      t.proper && !claimNames.has(t.stem) && !isDateWord(t) && !namedOtherwise(t, statementForms, claimForms),
  );
  for (const mine of claim.tokens) {
    if (!mine.proper || statementNames.has(canonical(mine.stem)) || isDateWord(mine)) continue;
    if (namedOtherwise(mine, claimForms, statementForms)) continue;
    const role = roleOf(claim, mine);
    if (!role) continue;
    const rival = onlyTheirs.find((theirs) => roleOf(statement, theirs) === role);
    if (rival) return { claim: nameAround(claim, mine), statement: nameAround(statement, rival) };
  }
  return null;
}
