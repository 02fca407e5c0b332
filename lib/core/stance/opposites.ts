import lexicon from '../data/lexicon.json';
import type { Analyzed } from '../match/analyze';
import { capitalisedStems, perSentence } from '../match/per-sentence';
import { synonymsOf } from '../match/synonyms';
import { isAdverb, isPastForm, isVerbForm, type Token } from '../text/tokenize';
import { deniesVerbAfter, isQuestioned, LIGHT_VERBS, negatedStems } from './negation';
import { differentKinds, isDemonym, samePlace } from './places';
import { ROLES } from './speech';

/**
 * Words whose meanings exclude each other (confirm / deny, accept / reject, rise / fall), as stems, from
 * WordNet's antonym relations (scripts/build-lexicon.ts generates lib/core/data/lexicon.json).
 */
const OPPOSITE = new Map<string, Set<string>>();
for (const [a, b] of lexicon.antonyms as [string, string][]) {
  if (!OPPOSITE.has(a)) OPPOSITE.set(a, new Set());
  if (!OPPOSITE.has(b)) OPPOSITE.set(b, new Set());
  OPPOSITE.get(a)?.add(b);
  OPPOSITE.get(b)?.add(a);
}

export function areOpposites(a: string, b: string): boolean {
  return OPPOSITE.get(a)?.has(b) ?? false;
}

/** Words after which a word is a noun ("the start", "a halt"), whatever else it can be. */
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'its',
  'their',
  'our',
  'this',
  'that',
  'any',
  'no',
]);

function usedAsNoun(sentence: Analyzed, token: Token): boolean {
  const before = sentence.tokens[token.index - 1];
  // "traditional blue Vietnamese shifts": after a nationality a word is what it qualifies; not after its
  // people ("the Russians raised expectations").
  if (!before) return false;
  // "intrigue that began": after "that", a verb's past is a verb (a relative clause), not a noun.
  if (before.lower === 'that' && isPastForm(token)) return false;
  const people = before.lower.endsWith('s') && before.stem !== before.lower;
  return DETERMINERS.has(before.lower) || (isDemonym(before.stem) && !people);
}

/** The lower-case content word right after a token: the noun it qualifies or the object it takes. */
export function headAfter(sentence: Analyzed, token: Token): Token | undefined {
  // Past a count: "the last two days".
  let next = sentence.tokens[token.index + 1];
  if (next?.value != null) next = sentence.tokens[next.index + 1];
  return next && !next.stop && !next.capital && next.value === null ? next : undefined;
}

/** Words that open an object before its noun: "opened his talks", "closed the consulates". */
const OBJECT_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its']);

/** The head after a token, past one word that opens its object ("closed two consulates", "opened his talks"). */
function objectAfter(sentence: Analyzed, token: Token): Token | undefined {
  const next = sentence.tokens[token.index + 1];
  return OBJECT_OPENERS.has(next?.lower ?? '') && next
    ? headAfter(sentence, next)
    : headAfter(sentence, token);
}

/**
 * Two words said of two different things: each right before a word of its own that the other sentence does
 * not use there ("in the first place" / "for the last two days", "rejected claims" / "accepted assurances").
 */
function differentHeads(claim: Analyzed, a: Token, statement: Analyzed, b: Token): boolean {
  const [mine, theirs] = [objectAfter(claim, a), objectAfter(statement, b)];
  return (
    mine !== undefined &&
    theirs !== undefined &&
    mine.stem !== theirs.stem &&
    !synonymsOf(mine.stem).includes(theirs.stem)
  );
}

/**
 * A word that qualifies the noun after it and a verb form that does not: "draws close attention" / "opened
 * his first sessions" say what kind of attention and what was done.
 */
function qualifierAndVerb([claim, a]: [Analyzed, Token], [statement, b]: [Analyzed, Token]): boolean {
  const qualifies = (sentence: Analyzed, t: Token) => !isVerbForm(t) && headAfter(sentence, t) !== undefined;
  const acts = (sentence: Analyzed, t: Token) => isVerbForm(t) && headAfter(sentence, t) === undefined;
  return (qualifies(claim, a) && acts(statement, b)) || (qualifies(statement, b) && acts(claim, a));
}

/** Particles that make a verb another verb ("lined up", "broke down"); not "over" or "out", as often prepositions. */
const PARTICLES = new Set(['up', 'down', 'off']);

/** A verb with a particle after it means what the two mean together: "lined up" is no opposite of "stood". */
function phrasal(sentence: Analyzed, token: Token): boolean {
  return PARTICLES.has(sentence.tokens[token.index + 1]?.lower ?? '');
}

/**
 * An adverb and a verb the stemmer gives opposite stems ("examined closely" / "opened his sessions": close /
 * open) say how one thing is done and what another does: they are not opposed.
 */
function adverbAndVerb(a: Token, b: Token): boolean {
  return (isAdverb(a) && isVerbForm(b)) || (isAdverb(b) && isVerbForm(a));
}

/** Words that may stand between a doer and the verb: "the Kremlin has quickly promoted". */
const AUXILIARIES = new Set([
  'has',
  'have',
  'had',
  'be',
  'been',
  'being',
  'was',
  'were',
  'is',
  'are',
  'will',
  'would',
  'also',
  'then',
]);

/** How far before a word its doer's name is looked for ("the Kremlin quickly promoted"). */
const DOER_REACH = 6;

/** The name just before a word, in its clause: who does it ("the White House stayed"), if named there. */
function doerOf(sentence: Analyzed, token: Token): string | null {
  return doerToken(sentence, token)?.stem ?? null;
}

/** The last word of the doer's name (doerOf). */
function doerToken(sentence: Analyzed, token: Token): Token | null {
  const { tokens, text } = sentence;
  for (let i = token.index - 1; i >= Math.max(0, token.index - DOER_REACH); i--) {
    const before = tokens[i] as Token;
    if (/[,;:.]/.test(text.slice(before.end, tokens[i + 1]?.start))) return null;
    // An office is no name to tell doers apart by: "the American President had rejected" may be Trump's.
    if (before.capital && !before.stop) return ROLES.has(before.lower) ? null : before;
    // "a conference in Denang and reached agreement": past a preposition or "and", a name is no doer.
    if (before.stop && !AUXILIARIES.has(before.lower)) return null;
  }
  return null;
}

/**
 * Opposite words said of different named doers ("the Kremlin rushed" / "the White House stayed"). A
 * nationality and a name that is no place are not told apart: "the American president had rejected" may be
 * Trump's doing.
 */
function differentDoers(claim: Analyzed, mine: Token, statement: Analyzed, theirs: Token): boolean {
  const a = doerOf(claim, mine);
  const b = doerOf(statement, theirs);
  return a !== null && b !== null && a !== b && !samePlace(a, b) && !differentKinds(a, b);
}

/** A sentence's words that are no names, by stem. */
const wordsByStem = perSentence(
  (sentence) => new Map(sentence.tokens.filter((t) => !t.proper).map((token) => [token.stem, token])),
);

/** A sentence's words that are no names, and their synonyms. */
const wordsAndSynonyms = perSentence(
  (sentence) =>
    new Set(
      sentence.tokens.filter((t) => !t.proper).flatMap((token) => [token.stem, ...synonymsOf(token.stem)]),
    ),
);

/** An idiom of several words and the one-word opposites of its sense (lexicon.json's phraseOpposites). */
interface Idiom {
  words: string[];
  opposites: ReadonlySet<string>;
}

/** The idioms by their first word. */
const IDIOMS = new Map<string, Idiom[]>();
for (const [phrase, stems] of Object.entries(lexicon.phraseOpposites as Record<string, string[]>)) {
  const words = phrase.split(' ');
  const first = words[0] ?? '';
  if (!IDIOMS.has(first)) IDIOMS.set(first, []);
  IDIOMS.get(first)?.push({ words, opposites: new Set(stems) });
}

interface IdiomUse {
  idiom: Idiom;
  text: string;
  tokens: Token[];
}

/** The idioms a sentence uses, their words one after another with nothing but spaces or hyphens between. */
const idiomsIn = perSentence((sentence): IdiomUse[] => {
  const { tokens, text } = sentence;
  const uses: IdiomUse[] = [];
  for (const token of tokens) {
    for (const idiom of IDIOMS.get(token.lower) ?? []) {
      const run = tokens.slice(token.index, token.index + idiom.words.length);
      const written =
        run.length === idiom.words.length &&
        run.every(
          (t, i) =>
            t.lower === idiom.words[i] && (i === 0 || /^[\s-]+$/.test(text.slice(run[i - 1]?.end, t.start))),
        );
      if (written) uses.push({ idiom, text: text.slice(token.start, run.at(-1)?.end), tokens: run });
    }
  }
  return uses;
});

/** Whether a word follows a content word that is no verb form: "the door open", not "conducted open talks". */
function afterNoun(sentence: Analyzed, token: Token): boolean {
  const before = sentence.tokens[token.index - 1];
  return before !== undefined && !before.stop && !isVerbForm(before) && !isPastForm(before);
}

/**
 * A word of one sentence opposed to an idiom the other uses ("negotiated openly" / "worked quietly behind the
 * scenes"), neither denied ("openly rather than behind the scenes") nor only asked about, where the word's own
 * sentence does not use the idiom too, unless to deny it.
 */
function opposedToIdiom(word: Analyzed, idiom: Analyzed): { word: string; idiom: string } | null {
  const [deniedWords, deniedIdioms] = [negatedStems(word), negatedStems(idiom)];
  // The word's own sentence setting the idiom aside ("openly, rather than behind the scenes") says the same.
  const own = new Set(
    idiomsIn(word)
      .filter((use) => !use.tokens.some((t) => deniedWords.has(t.stem)))
      .map((use) => use.idiom),
  );
  for (const use of idiomsIn(idiom)) {
    if (own.has(use.idiom) || use.tokens.some((t) => deniedIdioms.has(t.stem))) continue;
    const opposed = word.tokens.find(
      (t) =>
        use.idiom.opposites.has(t.stem) &&
        !t.stop &&
        !t.proper &&
        // An adverb says how something is done ("negotiated openly"); an adjective right after a noun may
        // say something else of it ("leave the door open to informal interactions").
        (isAdverb(t) || !afterNoun(word, t)) &&
        !deniedWords.has(t.stem) &&
        !isQuestioned(word, t.stem),
    );
    if (opposed && !use.tokens.some((t) => isQuestioned(idiom, t.stem)))
      return { word: opposed.text, idiom: use.text };
  }
  return null;
}

/** Words that place one thing in time on either side of another. */
const ORDER: Record<string, string> = { before: 'after', after: 'before' };
/**
 * What "before" or "after" places a thing against: its first content word, past a determiner ("before the
 * summit", "after her statement").
 */
function orderedAgainst(sentence: Analyzed, token: Token): Token | undefined {
  let next = sentence.tokens[token.index + 1];
  if (next && DETERMINERS.has(next.lower)) next = sentence.tokens[next.index + 1];
  return next && !next.stop && next.value === null ? next : undefined;
}

/** Each "before" or "after" of a sentence, with the stem of what it places against. */
const ordersIn = perSentence((sentence) =>
  sentence.tokens.flatMap((token) => {
    const against = Object.hasOwn(ORDER, token.lower) ? orderedAgainst(sentence, token) : undefined;
    return against ? [{ token, against }] : [];
  }),
);

/** The stem of the last content word before a token. */
function contentBefore(sentence: Analyzed, token: Token): string | undefined {
  return sentence.tokens.slice(0, token.index).findLast((t) => !t.stop)?.stem;
}

/**
 * "Before" on one side and "after" on the other, of the same thing and the same event ("on Thursday, after
 * Sanders' statement" / "on Thursday – before Sanders' statement –"), where neither side also says the
 * other's.
 */
function opposedOrder(claim: Analyzed, statement: Analyzed): { claim: string; statement: string } | null {
  const key = (order: { token: Token; against: Token }) => `${order.token.lower} ${order.against.stem}`;
  const mine = ordersIn(claim);
  const theirs = ordersIn(statement);
  const [myKeys, theirKeys] = [new Set(mine.map(key)), new Set(theirs.map(key))];
  for (const order of mine) {
    const opposite = `${ORDER[order.token.lower]} ${order.against.stem}`;
    if (theirKeys.has(key(order)) || myKeys.has(opposite)) continue;
    // Of one event: the content word before each is the same ("exposed on Thursday, after …" / "laid bare on
    // Thursday – before …"), not "insisted on Friday after …" against "on Thursday – before …".
    const event = contentBefore(claim, order.token);
    const other = theirs.find(
      (o) => key(o) === opposite && event !== undefined && contentBefore(statement, o.token) === event,
    );
    if (other) {
      const phrase = (sentence: Analyzed, o: { token: Token; against: Token }) =>
        sentence.text.slice(o.token.start, o.against.end);
      return { claim: phrase(claim, order), statement: phrase(statement, other) };
    }
  }
  return null;
}

/** A word of the claim whose opposite the statement uses (and not the word itself). */
export function opposedWords(
  claim: Analyzed,
  statement: Analyzed,
  { anyDoers = false }: { anyDoers?: boolean } = {},
): { claim: string; statement: string } | null {
  const theirs = wordsByStem(statement);
  // A sentence that uses both words, or a synonym of the other ("would not formally meet, though they chatted
  // informally"; "remained silent as the Kremlin moved"), sets them against each other itself: the other
  // sentence's use of one of them opposes nothing.
  const mine = wordsAndSynonyms(claim);
  // A word its own sentence denies says what its opposite says ("had never been confirmed" / "contradicted"):
  // the negation rules judge it.
  const [deniedHere, deniedThere] = [negatedStems(claim), negatedStems(statement)];
  for (const token of claim.tokens) {
    const opposites = OPPOSITE.get(token.stem);
    if (
      !opposites ||
      token.stop ||
      token.proper ||
      LIGHT_VERBS.has(token.stem) ||
      theirs.has(token.stem) ||
      deniedHere.has(token.stem)
    )
      continue;
    // "Refused to say whether …" denies the saying (negation.ts); it is no opposite of "accepted".
    if (deniesVerbAfter(claim.tokens, token)) continue;
    for (const opposite of opposites) {
      // A light verb ("hold a meeting") says nothing by itself, so it opposes nothing either.
      if (LIGHT_VERBS.has(opposite) || mine.has(opposite)) continue;
      const other = theirs.get(opposite);
      // "At the start of his trip" / "to halt its weapons program": a noun and a verb are not opposed.
      if (
        other &&
        !deniedThere.has(other.stem) &&
        // A word only asked about is no fact to oppose ("rejected claims" / "over whether Trump accepted
        // Putin's assurances").
        !isQuestioned(claim, token.stem) &&
        !isQuestioned(statement, other.stem) &&
        !deniesVerbAfter(statement.tokens, other) &&
        usedAsNoun(claim, token) === usedAsNoun(statement, other) &&
        !adverbAndVerb(token, other) &&
        !differentHeads(claim, token, statement, other) &&
        !qualifierAndVerb([claim, token], [statement, other]) &&
        !phrasal(claim, token) &&
        !phrasal(statement, other) &&
        (anyDoers || !differentDoers(claim, token, statement, other))
      ) {
        return { claim: token.text, statement: other.text };
      }
    }
  }
  const order = opposedOrder(claim, statement);
  if (order) return order;
  const idiomThere = opposedToIdiom(claim, statement);
  if (idiomThere) return { claim: idiomThere.word, statement: idiomThere.idiom };
  const idiomHere = opposedToIdiom(statement, claim);
  return idiomHere ? { claim: idiomHere.idiom, statement: idiomHere.word } : null;
}

/**
 * Two named parties with their parts swapped: each sentence names both, and at least two shared words have
 * one doer here and the other there ("the White House quickly promoted the agreement, while the Kremlin
 * stayed silent" / "the Kremlin quickly promoted the agreement as the White House stayed silent"). One
 * shared verb alone is not enough: "Trump met Putin" and "Putin met Trump" say the same.
 */
export function swappedDoers(
  claim: Analyzed,
  statement: Analyzed,
  shared: readonly { claimStem: string; statementStem: string }[],
): { claim: string; statement: string; word: string } | null {
  const [myNames, theirNames] = [capitalisedStems(claim), capitalisedStems(statement)];
  const swaps: { claim: string; statement: string; word: string }[] = [];
  const mine = wordsByStem(claim);
  const theirs = wordsByStem(statement);
  for (const term of shared) {
    const a = mine.get(term.claimStem);
    const b = theirs.get(term.statementStem);
    if (!a || !b || a.capital || b.capital) continue;
    const here = doerToken(claim, a);
    const there = doerToken(statement, b);
    if (!here || !there || here.stem === there.stem || samePlace(here.stem, there.stem)) continue;
    // Both parties named on both sides: their parts moved, neither is new.
    if (!theirNames.has(here.stem) || !myNames.has(there.stem)) continue;
    swaps.push({ claim: nameEndingAt(claim, here), statement: nameEndingAt(statement, there), word: a.text });
  }
  // Shown by a verb rather than an adverb: "who promoted", not "who quickly".
  const byVerb = [...swaps].sort((a, b) => Number(/ly$/.test(a.word)) - Number(/ly$/.test(b.word)));
  return (
    byVerb.find((one) =>
      swaps.some((other) => one.claim === other.statement && one.statement === other.claim),
    ) ?? null
  );
}

/** A name as written, ending at this word: "White House" for "House". */
function nameEndingAt(sentence: Analyzed, token: Token): string {
  const { tokens, text } = sentence;
  let first = token;
  for (let i = token.index - 1; i >= 0; i--) {
    const before = tokens[i] as Token;
    if (!before.capital || before.stop || !/^\s$/.test(text.slice(before.end, first.start))) break;
    first = before;
  }
  return text.slice(first.start, token.end);
}
