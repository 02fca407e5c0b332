import { type Analyzed, isJoinablePart, joinable } from '../match/analyze';
import { perSentence, perToken } from '../match/per-sentence';
import { canBeRespelled, closestSpelling } from '../match/spelling';
import { derivedFormsOf } from '../match/synonyms';
import { MONTH_NAMES, MONTHS, WEEKDAY_NAMES, WEEKDAYS } from '../text/calendar';
import { ordinalWordValue } from '../text/numbers';
import { isAdverb, isVerbForm, type Token } from '../text/tokenize';
import { acronymForms, namedOtherwise } from './acronyms';
import { inFrame, sameParty, speakerOf } from './attribution';
import { differentKinds, isPlaceName, isRegion, namesSamePlace, samePlace } from './places';
import { ROLES, SPEECH } from './speech';

/** A year written out: 1800–2099. */
export const YEAR = /^(1[89]|20)\d\d$/;

/** Months as news agencies shorten them before a day: "Nov. 9". */
const MONTH_ABBREVIATIONS = new Map(
  MONTH_NAMES.flatMap((month) => [
    [month.slice(0, 3), month] as const,
    ...(month === 'september' ? [['sept', month] as const] : []),
  ]),
);

/** The month a token names, in full ("November") or shortened and capitalised before a day ("Nov. 9"). */
function monthOf(tokens: readonly Token[], token: Token): string | null {
  if (MONTHS.has(token.lower)) return token.lower;
  const full = MONTH_ABBREVIATIONS.get(token.lower);
  const day = tokens[token.index + 1];
  return full && token.capital && day?.value !== null && day !== undefined && /^\d{1,2}$/.test(day.text)
    ? full
    : null;
}

/** Weekdays as notices and alerts shorten them: "Sun.", "Tues.", "Thurs.". */
const WEEKDAY_ABBREVIATIONS = new Map([
  ...WEEKDAY_NAMES.map((day) => [day.slice(0, 3), day] as const),
  ['tues', 'tuesday'],
  ['thur', 'thursday'],
  ['thurs', 'thursday'],
]);

/**
 * The weekday a token names, in full ("Sunday") or shortened, capitalised and with a full stop ("Sun.:
 * Trump meets …"; not "The Sun.").
 */
function weekdayOf(sentence: Analyzed, token: Token): string | null {
  if (WEEKDAYS.has(token.lower)) return token.lower;
  const full = WEEKDAY_ABBREVIATIONS.get(token.lower);
  const named = sentence.tokens[token.index - 1]?.lower === 'the';
  return full && token.capital && !named && sentence.text[token.end] === '.' ? full : null;
}

function isDateWord(token: Token): boolean {
  return (
    WEEKDAYS.has(token.lower) ||
    (token.capital && WEEKDAY_ABBREVIATIONS.has(token.lower)) ||
    MONTHS.has(token.lower) ||
    YEAR.test(token.lower)
  );
}

/** The highest day of a month. */
const LAST_DAY = 31;

/** A month named with its day, as "november 10", and the tokens it is written from, first to last. */
interface DayOfMonth {
  date: string;
  month: Token;
  day: number;
  first: Token;
  last: Token;
}

/** "November 10" and "10 November", or spoken, "November ninth": each month named with a day. */
/** Endings that make a number an ordinal: "9th", "21st". */
const ORDINAL_ENDINGS = new Set(['st', 'nd', 'rd', 'th']);

/**
 * A day written as an ordinal right before token `at` ("the ninth | of November", "the 9th | of November",
 * "9th | November"), with its first token; null otherwise.
 */
function dayBefore(tokens: readonly Token[], at: number): { day: number; first: Token } | null {
  const last = tokens[at - 1];
  if (!last) return null;
  const digits = tokens[at - 2];
  if (ORDINAL_ENDINGS.has(last.lower) && digits && /^\d+$/.test(digits.text) && digits.end === last.start)
    return { day: Number(digits.text), first: digits };
  const tens = tokens[at - 2];
  const compound = tens ? ordinalWordValue(tens.lower, last.lower) : null;
  if (compound && tens) return { day: compound, first: tens };
  const word = ordinalWordValue(last.lower);
  return word ? { day: word, first: last } : null;
}

function daysOfMonth(sentence: Analyzed): DayOfMonth[] {
  const { tokens } = sentence;
  const out: DayOfMonth[] = [];
  tokens.forEach((token, i) => {
    const month = monthOf(tokens, token);
    if (!month) return;
    for (const next of [tokens[i + 1], tokens[i - 1]]) {
      const day = next?.value;
      if (next && day !== null && day !== undefined && Number.isInteger(day) && day >= 1 && day <= LAST_DAY) {
        if (!/^\d+$/.test(next.text)) continue;
        const [first, last] = next.index < i ? [next, token] : [token, next];
        out.push({ date: `${month} ${day}`, month: token, day, first, last });
        return;
      }
    }
    // As a day is spoken: "November ninth", "November twenty-first".
    const spoken = tokens[i + 1] && ordinalWordValue(tokens[i + 1]?.lower ?? '', tokens[i + 2]?.lower);
    if (spoken && spoken <= LAST_DAY) {
      out.push({
        date: `${month} ${spoken}`,
        month: token,
        day: spoken,
        first: token,
        last: tokens[i + 1] as Token,
      });
      return;
    }
    // Before it: "the ninth of November", "the 9th of November", "9th November".
    const before = dayBefore(tokens, tokens[i - 1]?.lower === 'of' ? i - 1 : i);
    if (before && before.day <= LAST_DAY)
      out.push({
        date: `${month} ${before.day}`,
        month: token,
        day: before.day,
        first: before.first,
        last: token,
      });
  });
  return out;
}

/** How many tokens after a month's day its year may come: "November 10, 2017". */
const YEAR_AFTER_DAY = 2;

/** How many days from a report's publication a date it gives without a year may lie and take its year. */
const NEAR_PUBLICATION_DAYS = 10;
const DAY_MS = 86_400_000;

/**
 * Dates with their weekday: written in full, month, day and year ("November 10, 2017", "Nov. 9, 2017"), or
 * without a year where `published` (a report's date, ISO) gives one that puts the day within ten days of it
 * ("on 8 November" in a report of November 11, 2017: a Wednesday). Further from it, the day may be of
 * another year.
 */
function fullDates(sentence: Analyzed, published?: string | null): (DayOfMonth & { weekday: string })[] {
  const { tokens } = sentence;
  const publishedAt = published ? Date.parse(published.slice(0, 10)) : Number.NaN;
  return daysOfMonth(sentence).flatMap((found) => {
    const monthIndex = MONTH_NAMES.indexOf(found.date.split(' ')[0] as string);
    const from = found.last.index + 1;
    const year = tokens.slice(from, from + YEAR_AFTER_DAY).find((t) => YEAR.test(t.lower));
    let date: Date;
    if (year) date = new Date(Date.UTC(Number(year.text), monthIndex, found.day));
    else {
      if (Number.isNaN(publishedAt)) return [];
      date = new Date(Date.UTC(new Date(publishedAt).getUTCFullYear(), monthIndex, found.day));
      if (Math.abs(date.getTime() - publishedAt) > NEAR_PUBLICATION_DAYS * DAY_MS) return [];
    }
    return [{ ...found, weekday: WEEKDAY_NAMES[date.getUTCDay()] as string }];
  });
}

/**
 * A weekday on one side and a date of the same thing on the other that falls on another weekday: "on
 * Thursday" / "on November 10, 2017" (a Friday), or "on 8 November" against a report of that week. The same
 * thing: a word near both, as for two weekdays; of several pairs, one of the same thing is shown ("on the
 * night of 9 November" / "a class photo on Friday night", not the Saturday of the plenary).
 */
function weekdayAgainstDate(
  claim: Analyzed,
  statement: Analyzed,
  published?: string | null,
): { claim: string; statement: string; ofSameThing: boolean } | null {
  const pairs = [
    [claim, statement, false],
    [statement, claim, true],
  ] as const;
  let found: { claim: string; statement: string; ofSameThing: boolean } | null = null;
  for (const [named, dated, swapped] of pairs) {
    const dates = fullDates(dated, published);
    if (dates.length === 0) continue;
    for (const day of named.tokens.filter((t) => weekdayOf(named, t) !== null)) {
      // The day something was told dates the telling, not what is told: "The Kremlin announced on Saturday
      // that the two had met" / a photo of them dated November 10.
      if (inFrame(named, day)) continue;
      const name = weekdayOf(named, day);
      // A day that is named on the other side too is dated there.
      if (dated.tokens.some((t) => weekdayOf(dated, t) === name)) continue;
      const near = yearNeighbours(named, day);
      for (const date of dates) {
        // A date whose weekday the other side names too is that day ("before a plenary session on Saturday
        // and … a class photo on Friday night" / "on Saturday, November 11, 2017").
        if (named.tokens.some((t) => weekdayOf(named, t) === date.weekday)) continue;
        // The words before the date's first token and after its last ("the night of 9 November, when …").
        const ofSameThing = [date.first, date.last].some((end) =>
          yearNeighbours(dated, end).some((word) => near.includes(word)),
        );
        const written = dated.text.slice(date.first.start, date.last.end);
        const weekday = date.weekday.replace(/^\w/, (c) => c.toUpperCase());
        const [mine, theirs] = swapped
          ? [`${written} (a ${weekday})`, day.text]
          : [day.text, `${written} (a ${weekday})`];
        if (ofSameThing) return { claim: mine, statement: theirs, ofSameThing };
        found ??= { claim: mine, statement: theirs, ofSameThing };
      }
    }
  }
  return found;
}

/**
 * A month both sides name with a day, the days differing: "November 12" vs "November 10". Of the same thing
 * where a word next to both is the same, as for weekdays: "shook hands before an APEC plenary session … on
 * November 11" and "pose for a group photo … on November 10" date two things.
 */
function differingDays(
  claim: Analyzed,
  statement: Analyzed,
): { claim: string; statement: string; ofSameThing: boolean } | null {
  const theirs = daysOfMonth(statement);
  const mine = daysOfMonth(claim);
  const dates = (list: { date: string }[]) => list.map((d) => d.date);
  for (const { date, month } of mine) {
    const name = date.split(' ')[0];
    const sameMonth = theirs.filter((other) => other.date.split(' ')[0] === name);
    if (
      sameMonth.length &&
      !dates(sameMonth).includes(date) &&
      !dates(mine).some((d) => dates(sameMonth).includes(d))
    ) {
      const show = (d: string) => d.replace(/^\w/, (c) => c.toUpperCase());
      const near = yearNeighbours(claim, month);
      const same = sameMonth.find((other) =>
        yearNeighbours(statement, other.month).some((word) => near.includes(word)),
      );
      const other = same ?? (sameMonth[0] as { date: string });
      return { claim: show(date), statement: show(other.date), ofSameThing: same !== undefined };
    }
  }
  return null;
}

/** How far from a date the word it dates is looked for. */
const YEAR_REACH = 2;

/**
 * The content words next to a date, dates aside, articles not counted in the reach: what it is the date of
 * ("the class photo on Friday night", "released a statement Saturday").
 */
function yearNeighbours(sentence: Analyzed, year: Token): string[] {
  const near = sentence.tokens.filter((t) => t === year || !ARTICLES.has(t.lower));
  const at = near.indexOf(year);
  return [
    ...near
      .filter((t, i) => Math.abs(i - at) <= YEAR_REACH && t !== year)
      .filter((t) => !t.stop && t.value === null && !isDateWord(t))
      // The noun a name opens is a named occasion that runs over days, no one thing on one of them: "a photo-op
      // at the APEC summit on Saturday" / "a group photo ahead of the APEC Summit … on November 10".
      .filter((t) => {
        const before = sentence.tokens[t.index - 1];
        const after = sentence.tokens[t.index + 1];
        const head = !t.proper && !isVerbForm(t) && (!after || after.stop || after.value !== null);
        return !head || !before?.proper || isDateWord(before);
      })
      // A name is near many things it does: it ties two dates with the word before it ("on Wednesday, before
      // Sanders spoke" / "on Thursday - before Sanders' statement"), not alone ("Sanders said Friday").
      .map((t) => (t.proper ? `${sentence.tokens[t.index - 1]?.lower ?? ''} ${t.stem}` : t.stem)),
    ...whenClause(sentence, year).map((stem) => `when ${stem}`),
  ];
}

/** How far past a date the "when" of a clause telling what happened then is looked for, asides included. */
const WHEN_REACH = 8;
/** How many words of that clause are read. */
const WHEN_WORDS = 8;

/**
 * The content words of the clause that tells what happened on a date: "on Wednesday, when the two sides gave
 * different accounts", also past an aside ("on Thursday – before Sanders' statement – when the two sides
 * …"). Up to the clause's end (a stop, a comma or a dash), no further than the next date.
 */
function whenClause(sentence: Analyzed, date: Token): string[] {
  const { tokens, text } = sentence;
  const after = tokens.slice(date.index + 1, date.index + 1 + WHEN_REACH);
  const end = after.findIndex((t) => isDateWord(t));
  const when = after.slice(0, end < 0 ? after.length : end).find((t) => t.lower === 'when');
  if (!when) return [];
  const words: string[] = [];
  for (const t of tokens.slice(when.index + 1, when.index + 1 + WHEN_WORDS)) {
    if (isDateWord(t)) break;
    if (!t.stop && t.value === null) words.push(t.stem);
    if (/[.,;:!?–—]/.test(text.slice(t.end, tokens[t.index + 1]?.start ?? t.end))) break;
  }
  return words;
}

/** Whether both sentences name who says them, and it is one party. */
function saidBySameParty(a: Analyzed, b: Analyzed): boolean {
  const [mine, theirs] = [speakerOf(a), speakerOf(b)];
  return mine !== null && theirs !== null && sameParty(mine, theirs);
}

/**
 * Dates named on each side, by kind: both name a weekday (a month, a day of the same month), and none is
 * shared; or two years of the same thing. `ofSameThing`: a word next to the two dates is the same ("the
 * class photo on Thursday night" / "… on Friday night"), which makes the difference plainer.
 */
export function differingDates(
  claim: Analyzed,
  statement: Analyzed,
  published?: string | null,
): { claim: string; statement: string; ofSameThing: boolean; telling?: boolean } | null {
  for (const kind of ['weekday', 'month'] as const) {
    const nameOf = (sentence: Analyzed, t: Token) =>
      kind === 'weekday' ? weekdayOf(sentence, t) : MONTHS.has(t.lower) ? t.lower : null;
    const all = claim.tokens.filter((t) => nameOf(claim, t) !== null);
    const allTheirs = statement.tokens.filter((t) => nameOf(statement, t) !== null);
    const mine = all.filter((m) => !allTheirs.some((t) => nameOf(statement, t) === nameOf(claim, m)));
    const theirs = allTheirs.filter((t) => !all.some((m) => nameOf(claim, m) === nameOf(statement, t)));
    // None shared, or one swapped for another among days both name ("a banquet Saturday night and, on
    // Sunday, a meeting" / "… Saturday night … on Monday").
    const swapped = mine.length === 1 && theirs.length === 1 && all.length === allTheirs.length;
    if (mine.length && theirs.length && (mine.length === all.length || swapped)) {
      // The pair that dates the same thing, if any, is the one shown.
      for (const m of mine) {
        const near = yearNeighbours(claim, m);
        const rival = theirs.find((t) => yearNeighbours(statement, t).some((word) => near.includes(word)));
        if (rival) return { claim: m.text, statement: rival.text, ofSameThing: true };
      }
      // A day of the telling is no rival of a day in what was told: "On Thursday, Ushakov told Itar Tass
      // that …" / "Ushakov told Itar Tass that they would meet … on Friday".
      // Months lie further apart than the days of one week's story: two months date two things unless a
      // word says otherwise ("since … in January" / "a group photo … on November 11").
      if (kind === 'month') continue;
      const pair = mine
        .flatMap((m) => theirs.map((t) => [m, t] as const))
        .find(([m, t]) => inFrame(claim, m) === inFrame(statement, t));
      // Two days of the telling by one party date one announcement: "The Kremlin announced on Sunday that
      // …" / "The Kremlin released a statement Saturday, saying …".
      if (pair)
        return {
          claim: pair[0].text,
          statement: pair[1].text,
          ofSameThing: inFrame(claim, pair[0]) && saidBySameParty(claim, statement),
          telling: inFrame(claim, pair[0]),
        };
    }
  }
  const days = differingDays(claim, statement);
  if (days) return days;
  const weekday = weekdayAgainstDate(claim, statement, published);
  if (weekday) return weekday;
  const mine = claim.tokens.filter((t) => YEAR.test(t.lower));
  const theirs = statement.tokens.filter((t) => YEAR.test(t.lower));
  if (mine.length && theirs.length && !mine.some((m) => theirs.some((t) => t.lower === m.lower))) {
    // Years date the same thing when a word next to them is the same: "the 2016 election" / "the 2012
    // election", not "founded in 1989" / "on November 10, 2017".
    for (const m of mine) {
      const near = yearNeighbours(claim, m);
      const rival = theirs.find((t) => yearNeighbours(statement, t).some((word) => near.includes(word)));
      if (rival) return { claim: m.text, statement: rival.text, ofSameThing: true };
    }
  }
  return null;
}

/**
 * The first and last token of the whole name a token belongs to: capitalised words written together
 * ("Nha Trang", "South Korea").
 */
const nameSpan = perToken((sentence, token): [first: number, last: number] => {
  const { tokens, text } = sentence;
  let first = token.index;
  let last = token.index;
  const joined = (a: Token, b: Token) => /^\s?$/.test(text.slice(a.end, b.start));
  while (first > 0 && tokens[first - 1]?.proper && joined(tokens[first - 1] as Token, tokens[first] as Token))
    first--;
  while (tokens[last + 1]?.proper && joined(tokens[last] as Token, tokens[last + 1] as Token)) last++;
  return [first, last];
});

/** The whole name a token belongs to, as written: "Nha" → "Nha Trang". */
function nameAround(sentence: Analyzed, token: Token): string {
  const [first, last] = nameSpan(sentence, token);
  return sentence.text.slice(
    sentence.tokens[first]?.start ?? token.start,
    sentence.tokens[last]?.end ?? token.end,
  );
}

/** Nouns that say what kind of place a name after "of" is: "the city of Hanoi". */
const PLACE_KINDS = new Set([
  'city',
  'town',
  'village',
  'capital',
  'port',
  'province',
  'region',
  'state',
  'island',
  'country',
  'county',
  'district',
]);

/** Words that open a clause of its own: a name after one is its subject, no party to what comes before. */
const SUBORDINATORS = new Set([
  'because',
  'although',
  'though',
  'while',
  'whereas',
  'unless',
  'whether',
  'that',
]);

/** Articles: what may stand between a role word, a pause and the name ("final stop: the Philippines"). */
const ARTICLES = new Set(['the', 'a', 'an']);

/** Prepositions that say how a name stands to its role word: "reporters on …", "reporters in …". */
const ROLE_PREPOSITIONS = new Set(['in', 'on', 'at', 'aboard']);

/** How far before a name its role word is looked for, past function words only beyond the third. */
const ROLE_REACH = 5;

/** Forms of "be" that make a name what the phrase before them is: "the final stop was Japan". */
const COPULAS = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'will']);
/** Prepositions between a head and the rest of its phrase: "the stop on the Asia trip". */
const HEAD_PREPOSITIONS = new Set(['of', 'on', 'in', 'for', 'to']);

/** The nearest content word before a token: what the name is "of" ("final stop: the Philippines" → stop). */
/** Words that join names in a list. */
const LIST_JOINS = new Set(['and', 'or']);

function roleBefore(sentence: Analyzed, token: Token): string[] {
  const { tokens } = sentence;
  // A name listed after another is in the list's role: "discussed North Korea and Iran" / "North Korea and
  // Ukraine had been discussed" name one topic each beside the one both name.
  const join = tokens[token.index - 1];
  const listed = tokens[token.index - 2];
  if (
    join &&
    listed?.proper &&
    LIST_JOINS.has(join.lower) &&
    !/[,;:]/.test(sentence.text.slice(listed.end, join.start))
  )
    return [`${join.lower} ${listed.stem}`];
  for (let i = token.index - 1; i >= Math.max(0, token.index - ROLE_REACH); i--) {
    const before = tokens[i] as Token;
    // Past three words only function words ("… trip was to be | Indonesia").
    if (i < token.index - 3 && !tokens.slice(i + 1, token.index).every((t) => t.stop)) return [];
    // "officials told CNN": who is told is no role of theirs.
    if (SPEECH.has(before.lower)) return [];
    // "the presidents of the United States": what comes before "of" belongs to the name, it is not its
    // role, unless it says what kind of place the name is ("the coastal city of Nha Trang").
    if (before.lower === 'of' && !PLACE_KINDS.has(tokens[i - 1]?.lower ?? '')) return [];
    // "the summit there, Tillerson said": a word skipped before a pause ends the search; "final stop: the
    // Philippines" or "his trip, Indonesia" (the role word itself before the pause) does not.
    if (before.stop && /[,;:]/.test(sentence.text.slice(before.end, tokens[i + 1]?.start))) return [];
    // "during the trip, because Washington wants": past a pause, only an article may stand between the role
    // word and the name.
    const pausedBefore = /[,;:]/.test(sentence.text.slice(tokens[i - 1]?.end, before.start));
    if (before.stop && pausedBefore && !ARTICLES.has(before.lower)) return [];
    // "on the trip because Washington hopes": a clause of its own begins at the conjunction, and the name is
    // its subject ("because Washington hopes" / "because the United Kingdom hopes" are rivals).
    if (SUBORDINATORS.has(before.lower)) return [before.lower];
    // "the G20 summit in Germany, Tillerson said": another name before a pause holds the role.
    if (before.proper && /[,;:]/.test(sentence.text.slice(before.end, tokens[i + 1]?.start))) return [];
    if (before.stop || before.proper) continue;
    // "Addressing Kim directly, Secretary …": an adverb says how, not what the name is.
    if (isAdverb(before)) return [];
    // "accused by US agencies" is who accuses, "accused Russia" who is accused: two roles.
    // So are "reporters on Air Force One" and "reporters in China": the preposition is part of the role.
    const relation = tokens
      .slice(i + 1, token.index)
      .filter((t) => t.lower === 'by' || ROLE_PREPOSITIONS.has(t.lower))
      .map((t) => ` ${t.lower}`)
      .join('');
    // "the final stop of his trip, Indonesia": the head before "of" is the role too; so is the head before
    // any preposition where a copula joins the phrase to the name ("the final stop on the Asia trip was to
    // be Indonesia").
    const copula = tokens.slice(i + 1, token.index).some((t) => COPULAS.has(t.lower));
    const of = tokens
      .slice(Math.max(0, i - 3), i)
      .findLast((t) => t.lower === 'of' || (copula && HEAD_PREPOSITIONS.has(t.lower)));
    const head = of ? tokens[of.index - 1] : undefined;
    return head && !head.stop && !head.proper
      ? [before.stem + relation, head.stem + relation]
      : [before.stem + relation];
  }
  return [];
}

/** The head of an apposition after the whole name: "Indonesia, the final stop of his trip" → stop. */
function roleAfter(sentence: Analyzed, token: Token): string | null {
  const { tokens, text } = sentence;
  const [, last] = nameSpan(sentence, token);
  const article = tokens[last + 1];
  if (!article || !/^\s*,\s*$/.test(text.slice(tokens[last]?.end, article.start))) return null;
  if (!ARTICLES.has(article.lower)) return null;
  let head: Token | null = null;
  for (let i = last + 2; i < tokens.length; i++) {
    const word = tokens[i] as Token;
    if (word.stop || word.proper || /[,;:.]/.test(text.slice(tokens[i - 1]?.end, word.start))) break;
    head = word;
  }
  return head?.stem ?? null;
}

/** What a name is said to be: the word before it, or the apposition after it. */
const rolesOf = perToken((sentence, token): string[] =>
  [...roleBefore(sentence, token), roleAfter(sentence, token)].filter((role) => role !== null),
);

/** A possessive: "Moscow's help". */
const possessive = (token: Token) => /'s$/.test(token.lower);

/** Words that say whose a thing is without naming anyone. */
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its']);

/** A possessive name whose noun the other sentence has after a possessive pronoun ("Putin's denial" / "his denial"). */
function ownedByPronounThere(sentence: Analyzed, name: Token, other: Analyzed): boolean {
  const noun = possessive(name) ? nounRightAfter(sentence, name) : null;
  return (
    noun !== null &&
    other.tokens.some(
      (t) => t.stem === noun && POSSESSIVE_PRONOUNS.has(other.tokens[t.index - 1]?.lower ?? ''),
    )
  );
}

/**
 * A place and a name that is none, both as possessives: a capital or a country stands for its government
 * and its leader ("Moscow's help" / "Putin's help"), so neither is a rival of the other.
 */
function standsFor(a: Token, b: Token): boolean {
  return possessive(a) && possessive(b) && isPlaceName(a.stem) !== isPlaceName(b.stem);
}

/**
 * A different named party in the same role: a name only the claim uses and a name only the statement uses,
 * each right after the same content word ("final stop: Japan" / "final stop: the Philippines").
 * `respelled` maps claim stems to the statement's spelling where fuzzy matching found one. The place rules
 * below it need the sentences to share more: `related` (enough to conflict at all) for two places followed
 * by the same word, `similar` (similarity ≥ 0.5) or `nearlySame` for one place for another after the same
 * preposition.
 */
export function differingParties(
  claim: Analyzed,
  statement: Analyzed,
  respelled: ReadonlyMap<string, string> = new Map(),
  {
    nearlySame = false,
    similar = false,
    related = false,
  }: { nearlySame?: boolean; similar?: boolean; related?: boolean } = {},
): { claim: string; statement: string } | null {
  // A name the matcher already paired with another spelling (Denang / Danang) is the same party.
  const canonical = (stem: string) => respelled.get(stem) ?? stem;
  const claimNames = new Set([...namesIn(claim)].map(canonical));
  const statementNames = namesIn(statement);
  // A word the claim capitalises and the statement writes in lower case is the same word ("a senior
  // Administration official" / "a senior Trump administration official"), and the other way round ("the
  // president pressed Mr Putin" / "The President pressed President Putin").
  const statementWords = new Set(statement.tokens.map((t) => t.stem));
  const claimWords = new Set(claim.tokens.map((t) => t.stem));
  const inStatement = (mine: Token) =>
    statementNames.has(canonical(mine.stem)) ||
    joinedToo(claim, mine, statementNames) ||
    (!isPlaceName(mine.stem) && statementWords.has(mine.stem));
  // One party written in full on one side and as initials on the other ("APEC") is the same party.
  const claimForms = acronymForms(claim);
  const statementForms = acronymForms(statement);
  const onlyTheirs = statement.tokens.filter(
    (t) =>
      partyName(statement, t) &&
      !claimNames.has(t.stem) &&
      !(!isPlaceName(t.stem) && claimWords.has(t.stem)) &&
      !joinedToo(statement, t, claimNames) &&
      !isDateWord(t) &&
      !namedOtherwise(t, statementForms, claimForms) &&
      // A place the claim names too, or its people ("Syrian de-escalation zones" / "zones in Syria").
      !namesItToo(claim, t),
  );
  for (const mine of claim.tokens) {
    if (!partyName(claim, mine) || inStatement(mine) || isDateWord(mine)) continue;
    if (namedOtherwise(mine, claimForms, statementForms)) continue;
    const roles = rolesOf(claim, mine);
    if (roles.length === 0) continue;
    // "US" and "American" are one party; "American" and "Trump", or Moscow and Russia, are not rivals.
    if (namesItToo(statement, mine)) continue;
    // Whose a thing is, where the other side says "his" of it: "Putin's denial" / "accepted his denial".
    if (ownedByPronounThere(claim, mine, statement)) continue;
    const rival = onlyTheirs.find(
      (theirs) =>
        rolesOf(statement, theirs).some((role) => roles.includes(role)) &&
        !differentKinds(mine.stem, theirs.stem) &&
        !placeAndPerson(claim, mine, statement, theirs) &&
        !standsFor(mine, theirs) &&
        !mayBeSamePlace(claim, mine, statement, theirs) &&
        !mayLieIn(claim, mine, statement, theirs) &&
        !twoNamedThings(claim, mine, statement, theirs),
    );
    if (rival) return { claim: nameAround(claim, mine), statement: nameAround(statement, rival) };
  }
  // One place of the claim against one of the statement, where `accepts(mine)` says which of theirs may be
  // its rival (null: none).
  const placeAgainstPlace = (accepts: (mine: Token) => ((theirs: Token) => boolean) | null) => {
    for (const mine of claim.tokens) {
      if (
        !partyName(claim, mine) ||
        inStatement(mine) ||
        !isPlace(claim, mine) ||
        namesItToo(statement, mine)
      )
        continue;
      const rivalOf = accepts(mine);
      if (!rivalOf) continue;
      const rival = onlyTheirs.find(
        (theirs) => rivalOf(theirs) && !mayBeSamePlace(claim, mine, statement, theirs),
      );
      if (rival) return { claim: nameAround(claim, mine), statement: nameAround(statement, rival) };
    }
    return null;
  };
  if (related) {
    const found =
      // Two places each followed by the same words: "leaving for Ho Chi Minh City for a state visit" /
      // "heading to the capital city of Hanoi for a state visit".
      placeAgainstPlace((mine) => {
        const next = followedBy(claim, mine);
        return next ? (theirs) => isPlace(statement, theirs) && followedBy(statement, theirs) === next : null;
      }) ??
      // Two places each where the sentence has someone set off for: "flew on to Ho Chi Minh City, the
      // country's capital" / "heading to the capital city of Hanoi". Not when each is gone to for something
      // else: "for a trade fair" / "for a state banquet" may be two stops of one journey.
      placeAgainstPlace((mine) => {
        if (!isDestination(claim, mine)) return null;
        const purpose = purposeAt(claim, mine);
        return (theirs) => {
          const theirPurpose = purposeAt(statement, theirs);
          return (
            isPlace(statement, theirs) &&
            isDestination(statement, theirs) &&
            (purpose === null || theirPurpose === null || purpose === theirPurpose)
          );
        };
      }) ??
      // One thing named alike in two places after the same preposition: "the G20 in Italy" / "the G20 summit
      // in Germany".
      placeAgainstPlace((mine) => {
        const where = placeAfter(claim, mine);
        return where
          ? (theirs) =>
              placeAfter(statement, theirs) === where && oneNamedThing(claim, mine, statement, theirs)
          : null;
      });
    if (found) return found;
  }
  if (!nearlySame && !similar) return null;
  // Sentences that say nearly the same thing, one name for another right before the same noun: "a CNN
  // videographer" / "a Fox News videographer", "Kremlin officials" / "White House officials".
  for (const mine of claim.tokens) {
    // Not a possessive: whose it is is another role ("the President's engagements" may be Trump's).
    if (!partyName(claim, mine) || possessive(mine) || inStatement(mine) || namesItToo(statement, mine))
      continue;
    const head = nounRightAfter(claim, mine);
    if (!head) continue;
    const rival = onlyTheirs.find(
      (theirs) =>
        !possessive(theirs) &&
        nounRightAfter(statement, theirs) === head &&
        !differentKinds(mine.stem, theirs.stem) &&
        !mayBeSamePlace(claim, mine, statement, theirs),
    );
    if (rival) return { claim: nameAround(claim, mine), statement: nameAround(statement, rival) };
  }
  // Similar sentences, one name for another described alike: "told RIA Novosti, a state-run news agency,
  // that" / "told state-run news organization Itar Tass that".
  for (const mine of claim.tokens) {
    if (!partyName(claim, mine) || possessive(mine) || inStatement(mine) || namesItToo(statement, mine))
      continue;
    const described = descriptionOf(claim, mine);
    if (described.size === 0) continue;
    const rival = onlyTheirs.find(
      (theirs) =>
        !possessive(theirs) &&
        [...descriptionOf(statement, theirs)].some((stem) => described.has(stem)) &&
        !differentKinds(mine.stem, theirs.stem) &&
        !mayBeSamePlace(claim, mine, statement, theirs) &&
        !mayLieIn(claim, mine, statement, theirs),
    );
    if (rival) return { claim: nameAround(claim, mine), statement: nameAround(statement, rival) };
  }
  // Sentences that say nearly the same thing, one name for another between the same words: "told the state
  // news agency RIA Novosti that" / "told state-run news organization Itar Tass that".
  if (nearlySame) {
    for (const mine of claim.tokens) {
      if (!partyName(claim, mine) || possessive(mine) || inStatement(mine) || namesItToo(statement, mine))
        continue;
      const slot = slotOf(claim, mine);
      if (!slot) continue;
      const rival = onlyTheirs.find((theirs) => {
        const their = slotOf(statement, theirs);
        return (
          their !== null &&
          !possessive(theirs) &&
          their.after === slot.after &&
          their.before.some((stem) => slot.before.includes(stem)) &&
          !differentKinds(mine.stem, theirs.stem) &&
          !mayBeSamePlace(claim, mine, statement, theirs) &&
          !mayLieIn(claim, mine, statement, theirs)
        );
      });
      if (rival) return { claim: nameAround(claim, mine), statement: nameAround(statement, rival) };
    }
  }
  // Sentences that say nearly the same thing, one place for another after the same preposition: "a speech
  // delivered in Japan" / "a speech in South Korea". Only places are compared so: people are not where.
  // Sentences only similar must also say what is there with the same word (the speech).
  for (const mine of claim.tokens) {
    if (!partyName(claim, mine) || inStatement(mine)) continue;
    const where = placeAfter(claim, mine);
    if (!where || namesItToo(statement, mine)) continue;
    const located = locatedThere(claim, mine);
    const subject = subjectThere(claim, mine);
    const rival = onlyTheirs.find(
      (theirs) =>
        placeAfter(statement, theirs) === where &&
        !mayBeSamePlace(claim, mine, statement, theirs) &&
        !twoNamedThings(claim, mine, statement, theirs) &&
        (placeOfSameThing(located, locatedThere(statement, theirs), nearlySame) ||
          oneNamedThing(claim, mine, statement, theirs) ||
          (subject !== null && subject === subjectThere(statement, theirs))),
    );
    if (rival) return { claim: nameAround(claim, mine), statement: nameAround(statement, rival) };
  }
  return null;
}

/**
 * Two places of two things each named otherwise: "the G20 summit in Germany" / "the Asia-Pacific Economic
 * Cooperation summit here in Vietnam" are two summits, each where it was.
 */
function twoNamedThings(claim: Analyzed, mine: Token, statement: Analyzed, theirs: Token): boolean {
  const [a, b] = [nameOfLocated(claim, mine), nameOfLocated(statement, theirs)];
  if (a === null || b === null || alike(a, b)) return false;
  // One name written in full on one side and as initials on the other ("the APEC conference" / "the
  // Asia-Pacific Economic Cooperation conference") is one name.
  const [claimForms, statementForms] = [acronymForms(claim), acronymForms(statement)];
  return (
    !namedOtherwise(a.last, claimForms, statementForms) && !namedOtherwise(b.last, statementForms, claimForms)
  );
}

interface LocatedName {
  /** The name, lower case: "g20". */
  name: string;
  /** With the noun it names, where that is written apart: "g20 summit". */
  full: string;
  last: Token;
}

/** One name, the noun it names capitalised or not: "the G20 Summit in Argentina" / "the G20 summit in Germany". */
const alike = (a: LocatedName, b: LocatedName) => a.name === b.name || a.full === b.full;

/**
 * The name that says which thing is at a place, right before the noun before its preposition ("the G20
 * summit in Germany": g20, past "here"), lower case; null where none does.
 */
function nameOfLocated(sentence: Analyzed, place: Token): LocatedName | null {
  const { tokens } = sentence;
  let at = wordBeforeName(sentence, place) - 1;
  if (tokens[at]?.lower === 'here' || tokens[at]?.lower === 'there') at--;
  const noun = tokens[at];
  if (!noun || noun.stop) return null;
  // The name may stand right before the preposition itself: "the G20 in Italy".
  const named = noun.proper || noun.value !== null;
  const words: string[] = [];
  for (let i = named ? at : at - 1; i >= 0 && words.length < 3; i--) {
    const word = tokens[i] as Token;
    if (!(word.capital || word.value !== null) || word.stop) break;
    if (/[,;:()"]/.test(sentence.text.slice(word.end, tokens[i + 1]?.start))) break;
    words.unshift(word.lower);
  }
  const last = tokens[named ? at : at - 1];
  if (!words.length || !last) return null;
  const name = words.join(' ');
  return { name, full: named ? name : `${name} ${noun.lower}`, last };
}

/** Whether the two places are of one thing named alike: "the G20 in Italy" / "the G20 summit in Germany". */
function oneNamedThing(claim: Analyzed, mine: Token, statement: Analyzed, theirs: Token): boolean {
  const [a, b] = [nameOfLocated(claim, mine), nameOfLocated(statement, theirs)];
  return a !== null && b !== null && alike(a, b);
}

/**
 * The name that stands right before the verb before a place's preposition: who or what is there ("Air Force
 * One lands in the Philippines" / "Air Force One touched down in Vietnam": the same plane), or null.
 */
function subjectThere(sentence: Analyzed, place: Token): string | null {
  const { tokens, text } = sentence;
  let verb = wordBeforeName(sentence, place) - 1;
  // "touched down in": past a particle.
  if (tokens[verb]?.lower === 'down' || tokens[verb]?.lower === 'up') verb--;
  const name = tokens[verb - 1];
  const word = tokens[verb];
  if (!word || word.stop || word.proper || !name?.proper) return null;
  if (/[,;:.()"]/.test(text.slice(name.end, word.start))) return null;
  return nameAround(sentence, name).toLowerCase();
}

/**
 * Whether a token can name a party: capitalised, no function word ("…: The two men"), and more than a letter
 * ("the G20 summit" is read as "G" and 20).
 */
const isName = (token: Token) => token.proper && !token.stop && token.lower.length > 1;

/**
 * A name that can be a party of its own: not an office written alone, with no name after it ("journalists
 * traveling with the President" / "… with Trump": the President may be Trump).
 */
function partyName(sentence: Analyzed, token: Token): boolean {
  return (
    isName(token) &&
    !(ROLES.has(token.lower) && !sentence.tokens[token.index + 1]?.capital) &&
    !(isPlace(sentence, token) && hyphenedToName(sentence, token))
  );
}

/**
 * A place written into a compound with another name by a hyphen ("the Asia-Pacific summit", "the
 * Asian-Pacific Rim summit"): the compound names one thing, and the place in it is no party of its own.
 */
function hyphenedToName(sentence: Analyzed, token: Token): boolean {
  const { tokens, text } = sentence;
  const joined = (a: Token | undefined, b: Token | undefined) =>
    a !== undefined && b !== undefined && a.capital && b.capital && text.slice(a.end, b.start) === '-';
  const [first, last] = nameSpan(sentence, token);
  return joined(tokens[first - 1], tokens[first]) || joined(tokens[last], tokens[last + 1]);
}

/**
 * The names a sentence writes, the first word too when capitalised ("Putin met Trump" names Putin), and the
 * joined form of each written as two short words ("Da Nang": danang).
 */
const namesIn = perSentence(
  (sentence): Set<string> =>
    new Set([
      ...sentence.tokens.filter((t) => t.capital && !t.stop).map((t) => t.stem),
      ...sentence.optionalStems,
    ]),
);

/** The joined names a token is part of: "Da" and "Nang" of "Da Nang" are both part of danang. */
const joinedFormsOf = perToken((sentence, token): string[] => {
  if (!isJoinablePart(token)) return [];
  const { tokens } = sentence;
  const before = tokens[token.index - 1];
  const after = tokens[token.index + 1];
  return [
    ...(joinable(before, token) ? [(before as Token).lower + token.lower] : []),
    ...(joinable(token, after) ? [token.lower + (after as Token).lower] : []),
  ];
});

/**
 * Whether a word of a name written as two short words is, joined, a name of the other sentence, as written
 * there or respelled: "Da Nang" names the city the other calls Danang, or Denang.
 */
function joinedToo(sentence: Analyzed, token: Token, otherNames: ReadonlySet<string>): boolean {
  return joinedFormsOf(sentence, token).some(
    (joined) =>
      otherNames.has(joined) || (canBeRespelled(joined) && closestSpelling([...otherNames], joined) !== null),
  );
}

/** How many words before a place's preposition, function words aside, the thing said to be there is looked for. */
const LOCATED_REACH = 4;
/** How many words after a place put first, and its comma, what happened there is looked for in. */
const FRONTED_REACH = 6;

/**
 * Whether a preposition opens the sentence: first, or after one word that is no name and no verb form, and
 * numbers ("Back in Japan, …"; a thread's "4/ Back in Japan, …"). Not "Briefing journalists in Japan, …":
 * that place is the briefing's.
 */
function opensSentence(sentence: Analyzed, at: number): boolean {
  const words = sentence.tokens.slice(0, at).filter((t) => t.value === null);
  const word = words[0];
  return (
    words.length <= 1 &&
    (word === undefined || (!word.proper && !/(?:ing|ed)$/.test(word.lower))) &&
    !/[,;:()"]/.test(sentence.text.slice(0, sentence.tokens[at]?.start ?? 0))
  );
}

/**
 * The content words just before the preposition of a place, within its clause: "a speech | in Japan". A place
 * put first ("In Japan, Trump gave a speech"; "Back in Japan, …") is where what follows the comma happened:
 * those words instead.
 */
function locatedThere(sentence: Analyzed, token: Token): string[] {
  const { tokens, text } = sentence;
  const [first, last] = nameSpan(sentence, token);
  const preposition = tokens[first - 1];
  if (!preposition) return [];
  const content = (word: Token) => !word.stop && !word.proper && word.value === null;
  const out: string[] = [];
  const after = tokens[last + 1];
  if (
    opensSentence(sentence, first - 1) &&
    after &&
    text.slice(tokens[last]?.end, after.start).trim() === ','
  ) {
    // Names and articles take no room, and words joined by hyphens count as one: "President Mr Trump
    // delivered a forthright and belligerent address", "a blunt, fire-and-brimstone speech".
    let counted = 0;
    for (let i = last + 1; i < tokens.length; i++) {
      const word = tokens[i] as Token;
      const free =
        word.capital || ARTICLES.has(word.lower) || text.slice(tokens[i - 1]?.end, word.start) === '-';
      if (!free && ++counted > FRONTED_REACH) break;
      // Commas here may list what it was ("a blunt, combative speech"): only a stronger stop ends it.
      if (i > last + 1 && /[;:.()"]/.test(text.slice(tokens[i - 1]?.end, word.start))) break;
      if (content(word)) out.push(word.stem);
    }
    return out;
  }
  // Before the preposition, past what kind of place it is ("a dinner in the central Vietnamese city of Danang").
  const at = Math.min(first - 1, wordBeforeName(sentence, token) + 1);
  // Function words take no room: "a briefing for the travelling press in Japan" / "briefing reporters in".
  let counted = 0;
  for (let i = at - 1; i >= 0; i--) {
    const word = tokens[i] as Token;
    if (/[,;:.()"]/.test(text.slice(word.end, tokens[i + 1]?.start))) break;
    if (word.stop) continue;
    if (++counted > LOCATED_REACH) break;
    if (content(word)) out.push(word.stem);
  }
  return out;
}

/**
 * Whether two places after the same preposition are where the same thing is: the same word (or a verb and
 * the noun of its act) says what is
 * there; or, in sentences that say nearly the same, neither side says something else is there ("a speech
 * in Portugal" is no rival of "a dinner in Spain", however alike the sentences).
 */
function placeOfSameThing(mine: string[], theirs: string[], nearlySame: boolean): boolean {
  // The act or its noun: "speaking in Japan" / "a speech in South Korea".
  const same = (stem: string) =>
    mine.includes(stem) || derivedFormsOf(stem).some((form) => mine.includes(form));
  if (theirs.some(same)) return true;
  return nearlySame && (mine.length === 0 || theirs.length === 0);
}

/** Whether the other sentence names the place of a name in any of its ways ("US" / "American"). */
function namesItToo(other: Analyzed, name: Token): boolean {
  return other.tokens.some((theirs) => theirs.proper && namesSamePlace(name.stem, theirs.stem));
}

/** Prepositions of place and motion. */
const WHERE = new Set(['in', 'at', 'to', 'from']);

/** Whether the whole name a token is part of names a known place: one of its words, or all of them. */
const isPlace = perToken((sentence, token): boolean => {
  const [first, last] = nameSpan(sentence, token);
  const words = sentence.tokens.slice(first, last + 1);
  // A person titled with a nationality is no place: "Russian President Vladimir Putin".
  if (titledInName(words)) return false;
  // "the city of Danang": what kind of place it is says so, known to WordNet or not.
  return (
    kindOfPlace(sentence, token) !== null ||
    words.some((t) => isPlaceName(t.stem)) ||
    isPlaceName(placeKey(sentence, token))
  );
});

/** A name with a title written into it, before its last word: "Russian President Vladimir Putin". */
function titledInName(words: readonly Token[]): boolean {
  const role = words.findIndex((t) => ROLES.has(t.lower));
  return role >= 0 && role < words.length - 1 && !isPlaceName((words.at(-1) as Token).stem);
}

/** The whole name a token is part of, as the lexicon keys names of several words: "unit state". */
const placeKey = perToken((sentence, token): string => {
  const [first, last] = nameSpan(sentence, token);
  const key = sentence.tokens
    .slice(first, last + 1)
    .map((t) => t.stem)
    .join(' ');
  return isPlaceName(key) ? key : token.stem;
});

/** A name right after a role noun ("press secretary Sarah Sanders"), itself no place: a person. */
function titledPerson(sentence: Analyzed, token: Token): boolean {
  const [first, last] = nameSpan(sentence, token);
  const before = sentence.tokens[first - 1];
  if (before && !before.capital && ROLES.has(before.lower) && !isVerbForm(before))
    return !isPlace(sentence, token);
  // The title written into the name: "Russian President Vladimir Putin", not "Hanoi".
  return titledInName(sentence.tokens.slice(first, last + 1));
}

/** A known place against a person named with a role ("in China" / "press secretary Sarah Sanders"). */
function placeAndPerson(claim: Analyzed, mine: Token, statement: Analyzed, theirs: Token): boolean {
  // A place written before a noun describes what the noun names ("the New York tycoon"), who may be any
  // name that is no place ("Trump").
  const describing = (a: Analyzed, at: Token, b: Analyzed, bt: Token) =>
    isPlace(a, at) && nounRightAfter(a, at) !== null && !isPlace(b, bt);
  return (
    (isPlace(claim, mine) && titledPerson(statement, theirs)) ||
    (isPlace(statement, theirs) && titledPerson(claim, mine)) ||
    describing(claim, mine, statement, theirs) ||
    describing(statement, theirs, claim, mine)
  );
}

/**
 * A name the lexicon does not know against a country or region: it may be a place inside it ("the summit in
 * Da Nang" / "the summit here in Vietnam"), or a person of it, and is no rival of it.
 */
function mayLieIn(claim: Analyzed, mine: Token, statement: Analyzed, theirs: Token): boolean {
  const unknownAgainstRegion = (a: Analyzed, at: Token, b: Analyzed, bt: Token) =>
    !isPlace(a, at) && isRegion(placeKey(b, bt)) && saidAsPlace(a, at);
  return (
    unknownAgainstRegion(claim, mine, statement, theirs) ||
    unknownAgainstRegion(statement, theirs, claim, mine)
  );
}

/** Words that may stand between a preposition of place and the name: "in the Philippines", "here in". */
const BEFORE_PLACE = new Set(['the', 'here', 'there']);

/** Whether a name comes after a preposition of place, as places do: "the summit in Da Nang". */
function saidAsPlace(sentence: Analyzed, token: Token): boolean {
  return WHERE.has(sentence.tokens[wordBeforeName(sentence, token)]?.lower ?? '');
}

/**
 * The index of the word before the whole name a token is part of, past BEFORE_PLACE words: where its
 * preposition stands ("in | the Philippines", "here in | Vietnam"); −1 at the start of the sentence.
 */
function wordBeforeName(sentence: Analyzed, token: Token): number {
  const { tokens } = sentence;
  const [first] = nameSpan(sentence, token);
  let i = first - 1;
  while (i >= 0 && BEFORE_PLACE.has(tokens[i]?.lower ?? '')) i--;
  // "in the central Vietnamese city of Danang" is "in Danang": past what kind of place it is.
  const kind = kindOfPlace(sentence, token);
  if (kind) {
    let j = kind.start - 1;
    while (j >= 0 && BEFORE_PLACE.has(tokens[j]?.lower ?? '')) j--;
    if (WHERE.has(tokens[j]?.lower ?? '')) return j;
  }
  return i;
}

/** How many words before "of" may say what kind of place a name is: "the central Vietnamese city of". */
const PLACE_KIND_WORDS = 4;

/**
 * What kind of place a name is said to be, with "of" before it: "the central Vietnamese city of Danang" →
 * its words ("central", "Vietnamese", "city") and the index of the first; null where none is.
 */
function kindOfPlace(sentence: Analyzed, place: Token): { start: number; words: Token[] } | null {
  const { tokens, text } = sentence;
  const [first] = nameSpan(sentence, place);
  // "the central Vietnamese city of Danang", or the name set off after it: "the northern Vietnamese capital,
  // Hanoi".
  const of = tokens[first - 1]?.lower === 'of' && PLACE_KINDS.has(tokens[first - 2]?.lower ?? '');
  const before = tokens[first - 1];
  const apposed =
    before !== undefined &&
    PLACE_KINDS.has(before.lower) &&
    text.slice(before.end, tokens[first]?.start).trim() === ',';
  if (!of && !apposed) return null;
  const kind = of ? first - 2 : first - 1;
  let start = kind;
  while (
    start > 0 &&
    kind + 1 - start < PLACE_KIND_WORDS &&
    !tokens[start - 1]?.stop &&
    tokens[start - 1]?.value === null
  )
    start--;
  return { start, words: tokens.slice(start, kind + 1) };
}

/** Two names that may be one place: each token, or each whole name, of one place or one inside the other. */
function mayBeSamePlace(claim: Analyzed, mine: Token, statement: Analyzed, theirs: Token): boolean {
  // "the coastal Vietnamese city of Da Nang" lies in Vietnam, whether WordNet knows Da Nang or not.
  const within = (sentence: Analyzed, place: Token, other: string[]) =>
    kindWords(sentence, place).some((word) => other.some((stem) => namesSamePlace(word, stem)));
  return (
    samePlace(mine.stem, theirs.stem) ||
    samePlace(placeKey(claim, mine), placeKey(statement, theirs)) ||
    within(claim, mine, [theirs.stem, placeKey(statement, theirs)]) ||
    within(statement, theirs, [mine.stem, placeKey(claim, mine)])
  );
}

/** The names in what kind of place a name is said to be: "the coastal Vietnamese city of Da Nang" → vietnames. */
const kindWords = (sentence: Analyzed, place: Token): string[] =>
  (kindOfPlace(sentence, place)?.words ?? []).filter((t) => t.capital).map((t) => t.stem);

/** The preposition before the whole known place name a token is part of ("in South Korea" → in), or null. */
function placeAfter(sentence: Analyzed, token: Token): string | null {
  const before = sentence.tokens[wordBeforeName(sentence, token)]?.lower ?? '';
  return WHERE.has(before) && isPlace(sentence, token) ? before : null;
}

/** How many tokens after a name the word that follows it is looked for ("Hanoi for a | state visit"). */
const FOLLOWING_REACH = 3;

/**
 * The words that say what a name is, as a noun phrase around it: the content words right before it ("state-run
 * news organization Itar Tass"), the nouns right after it ("the Interfax news agency") and those of an
 * apposition after it ("RIA Novosti, a state-run news agency,").
 * No verb of saying: "told Itar Tass" says whom, not what.
 */
const descriptionOf = perToken((sentence, token): Set<string> => {
  const { tokens, text } = sentence;
  const [first, last] = nameSpan(sentence, token);
  const out = new Set<string>();
  for (let i = first - 1; i >= 0; i--) {
    const word = tokens[i] as Token;
    if (
      word.stop ||
      word.proper ||
      SPEECH.has(word.lower) ||
      /[,;:.]/.test(text.slice(word.end, tokens[i + 1]?.start))
    )
      break;
    // A verb before a name says what was done to it ("pressed President Putin"), one after it what it did
    // ("Trump pressed"): the same verb in the two places is no description they share.
    out.add(isVerbForm(word) ? `${word.stem} >` : word.stem);
  }
  // The nouns it qualifies right after it: "the Interfax news agency"; not an office, which is a person's
  // ("White House press secretary Sarah Sanders").
  const after: Token[] = [];
  for (let i = last + 1; i < tokens.length; i++) {
    const word = tokens[i] as Token;
    if (
      word.stop ||
      word.proper ||
      word.value !== null ||
      !/^\s$/.test(text.slice(tokens[i - 1]?.end, word.start))
    )
      break;
    after.push(word);
  }
  if (!after.some((word) => ROLES.has(word.lower)))
    for (const word of after) out.add(isVerbForm(word) ? `< ${word.stem}` : word.stem);
  const article = tokens[last + 1];
  if (
    article &&
    ARTICLES.has(article.lower) &&
    /^\s*,\s*$/.test(text.slice(tokens[last]?.end, article.start))
  ) {
    for (let i = last + 2; i < tokens.length; i++) {
      const word = tokens[i] as Token;
      if (word.stop || word.proper || /[,;:.]/.test(text.slice(tokens[i - 1]?.end, word.start))) break;
      out.add(word.stem);
    }
  }
  return out;
});

/** The lower-case content word right after a whole name, nothing between: the noun it qualifies ("CNN | videographer"). */
function nounRightAfter(sentence: Analyzed, token: Token): string | null {
  const { tokens, text } = sentence;
  const [, last] = nameSpan(sentence, token);
  const next = tokens[last + 1];
  if (!next || next.stop || next.capital || next.value !== null) return null;
  return /^\s$/.test(text.slice(tokens[last]?.end, next.start)) ? next.stem : null;
}

const CONJUNCTIONS = new Set(['and', 'or', 'but', 'nor']);

/** How many words before a name the words of its slot are read. */
const SLOT_REACH = 5;

/**
 * Where a whole name stands: the content words just before it, within its clause, and the function word
 * after it ("told the state news agency | RIA Novosti | that"). Null when none follows it in its clause.
 */
function slotOf(sentence: Analyzed, token: Token): { before: string[]; after: string } | null {
  const { tokens, text } = sentence;
  const [first, last] = nameSpan(sentence, token);
  // The function word after it, past the noun the name may qualify: "RIA Novosti | that", "RIA Novosti agency
  // | that".
  const noun = tokens[last + 1];
  const next = noun && !noun.stop && !noun.capital ? tokens[last + 2] : noun;
  const gap = text.slice(tokens[last]?.end, next?.start);
  // "… in Vietnam and agreed": a conjunction ends the clause rather than the slot.
  if (!next?.stop || CONJUNCTIONS.has(next.lower) || /[,;:.()"]/.test(gap)) return null;
  const before: string[] = [];
  for (let i = first - 1; i >= Math.max(0, first - SLOT_REACH); i--) {
    const word = tokens[i] as Token;
    if (/[,;:.()"]/.test(text.slice(word.end, tokens[i + 1]?.start))) break;
    if (!word.stop && !word.capital && word.value === null) before.push(word.stem);
  }
  return before.length ? { before, after: next.lower } : null;
}

/** The first content word after the whole name a token is part of, within its clause, or null. */
/** Verbs of setting off for a place: "heading to", "left for", "flew on to", "departed for". */
const GOING = new Set(
  'head heads heading headed leave leaves leaving left fly flies flying flew depart departs departing departed travel travels travelling traveling travelled traveled go goes going went move moves moving moved proceed proceeds proceeding proceeded'.split(
    ' ',
  ),
);
/** How many words a destination's description may take between "to" and its name: "the capital city of". */
const DESTINATION_REACH = 5;

/**
 * Whether a place name is where the sentence has someone set off for: after "to" or "for" right after a
 * verb of going (past "on" or "off": "flew on to"), past a description ending in "of" ("heading to the
 * capital city of Hanoi", "left for a state visit to the commercial hub of Ho Chi Minh City").
 */
const isDestination = perToken((sentence, token): boolean => {
  const { tokens } = sentence;
  const [first] = nameSpan(sentence, token);
  let at = first - 1;
  if (tokens[at]?.lower === 'of') {
    const from = at;
    while (at > 0 && from - at < DESTINATION_REACH && !/^(to|for)$/.test(tokens[at]?.lower ?? '')) at--;
  }
  const preposition = tokens[at];
  if (!preposition || !/^(to|for)$/.test(preposition.lower)) return false;
  // "left for a state visit to …": the visit is where the going is for.
  let verb = at - 1;
  if (preposition.lower === 'to' && tokens[verb]?.lower === 'visit') {
    while (verb > 0 && at - verb < DESTINATION_REACH && tokens[verb]?.lower !== 'for') verb--;
    verb--;
  }
  if (/^(on|off)$/.test(tokens[verb]?.lower ?? '')) verb--;
  return GOING.has(tokens[verb]?.lower ?? '');
});

/**
 * What someone goes to a place for, as the head of the phrase after "for" right after its name ("Hanoi for a
 * state visit" → visit), or null.
 */
function purposeAt(sentence: Analyzed, token: Token): string | null {
  const { tokens, text } = sentence;
  const [, last] = nameSpan(sentence, token);
  if (tokens[last + 1]?.lower !== 'for') return null;
  let head: string | null = null;
  for (let i = last + 2; i < Math.min(tokens.length, last + 2 + FOLLOWING_REACH); i++) {
    const word = tokens[i] as Token;
    if (/[,;:.()"]/.test(text.slice(tokens[i - 1]?.end, word.start))) break;
    if (word.stop) {
      if (head) break;
      continue;
    }
    head = word.stem;
  }
  return head;
}

function followedBy(sentence: Analyzed, token: Token): string | null {
  const { tokens, text } = sentence;
  const [, last] = nameSpan(sentence, token);
  for (let i = last + 1; i <= Math.min(tokens.length - 1, last + FOLLOWING_REACH); i++) {
    const word = tokens[i] as Token;
    if (/[,;:.()"]/.test(text.slice(tokens[i - 1]?.end, word.start))) return null;
    if (!word.stop && !word.proper && word.value === null) return word.stem;
  }
  return null;
}
