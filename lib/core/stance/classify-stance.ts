import lexicon from '../data/lexicon.json';
import type { Analyzed } from '../match/analyze';
import { fMeasure } from '../match/coverage-score';
import { capitalisedStems, perSentence } from '../match/per-sentence';
import { alignedScore, type Similarity } from '../match/similarity';
import { derivedFormsOf, synonymsOf } from '../match/synonyms';
import { referenceIdf } from '../match/term-weights';
import { MONTH_NAMES, MONTHS } from '../text/calendar';
import {
  contentTokens,
  isAdverb,
  isPastForm,
  isVerbForm,
  stemWord,
  type Token,
  tokenize,
} from '../text/tokenize';
import type { Reason, Stance } from '../types';
import {
  differentSpeakers,
  isTitledPerson,
  namesIn,
  otherNameOf,
  PRONOUNS,
  quotesVerbatim,
  remarksQuoted,
  type SpeakerContext,
  sameParty,
  sameQuotation,
  sameSide,
  speakerIn,
  speakerOf,
  TITLE_WORDS,
  toldStems,
} from './attribution';
import { differingDates, differingParties, YEAR } from './named-parties';
import {
  allOf,
  denialInQuestion,
  deniedByPrefix,
  deniedHead,
  isHypothetical,
  LIGHT_VERBS,
  MODIFIERS,
  negatedQualifiers,
  negatedStems,
  negationClause,
  negationReach,
  negationScopes,
  negationSubjects,
  noneOf,
  PASSIVE,
  withheldRemark,
} from './negation';
import { headAfter, opposedWords, swappedDoers } from './opposites';
import { isDemonym } from './places';
import { differingQuantities, sameCount } from './quantities';
import { opposedOnScale, opposedTone, sameTone } from './tone';

/**
 * Thresholds on the similarity score (0..1, see match/similarity.ts), set on the seed articles and kept
 * conservative: a wrong "agree" or "conflict" costs the reader more than a "related".
 * - below RELATED_MIN the statement is about something else and is not shown;
 * - a conflict needs a concrete reason AND at least CONFLICT_MIN: two sentences must be about the same
 *   thing before a negation or a number in one of them contradicts the other;
 * - agreement needs AGREE_MIN and no reason for conflict.
 */
export const RELATED_MIN = 0.2;
export const CONFLICT_MIN = 0.3;
/** Sentences this similar say the same thing but for what differs: a place then differs wherever it stands. */
const NEARLY_SAME = 0.6;
/** …when they also share this share of the claim's words that are not names. */
const NEARLY_SAME_WORDS = 0.75;
/** The bar for a conflict whose reason is a differing count, or date of the same thing. */
const EXACT_CONFLICT_MIN = 0.25;
export const AGREE_MIN = 0.27;
/** Putting the same words in another speaker's mouth is a conflict only when the words are nearly the same. */
const SPEAKER_CONFLICT_MIN = 0.45;
/**
 * …or when what the two report is this alike, each speaker's own words left out of both sentences: two
 * named people's accounts of one thing. A party named in one word ("the Kremlin", "Sanders") is never
 * weighed apart: whether "the Kremlin" speaks for "Putin spokesman Dmitry Peskov" is not in the words.
 */
const REMARK_CONFLICT_MIN = 0.55;
/**
 * Similarity needed for one place for another after the same preposition when the sentences also say what
 * is there with the same word ("briefing journalists in Japan" / "briefing reporters in China").
 */
const PLACE_SIMILAR_MIN = 0.5;
/** Similarity needed for a date conflict when nothing shows the two dates are of the same thing. */
const LOOSE_DATE_MIN = 0.4;
/**
 * Names alone do not make two sentences say the same thing ("Trump and Putin" are in every sentence of a
 * corpus about them): a match needs this many shared words that are not names, an agreement one more.
 */
const MIN_SHARED_PREDICATES = 1;
const MIN_SHARED_PREDICATES_TO_AGREE = 2;

/** A sentence's own spelling of a stem, for reasons the reader can find in the text. */
function written(sentence: Analyzed, stem: string): string {
  return sentence.tokens.find((t) => t.stem === stem)?.text ?? stem;
}

type Side = 'the claim' | 'the statement';

interface PolarityClash {
  /** The shared word as the claim writes it. */
  word: string;
  /** Which side negates it. */
  negatedBy: Side;
  /** The other side only plans, expects or questions it ("could meet"): not a contradiction, not support. */
  hypothetical: boolean;
  /**
   * The negated side denies a narrower thing than the other side asserts ("no formal meeting" / "they
   * met"): not a contradiction, not support either.
   */
  narrowed: boolean;
}

/** Words that take up two parties named before: "both men", "the pair". */
const PAIRS = new Set(['both', 'pair']);

/**
 * Whether a negation is said of parties the other sentence never names: "Paul Manafort and Rick Gates, who
 * have pleaded not guilty" and "… as well as a guilty plea" (someone else's) do not contradict each other.
 * Only parties named in full just before the negation count (two or more capitalised words in a row: Paul
 * Manafort, the White House), and only when the other side has none of their last words; "Trump and Putin
 * did not shake hands" still contradicts "the two men shook hands".
 */
function saidOfSomeoneElse(negated: Analyzed, stem: string, other: Analyzed, sim: Similarity): boolean {
  const subjects = negationSubjects(negated, stem);
  const surnames = subjects.filter(
    (token, i) => subjects[i - 1]?.index === token.index - 1 && subjects[i + 1]?.index !== token.index + 1,
  );
  if (surnames.length === 0) return false;
  // "She did leave the door open", "both men pleaded guilty": a sentence that names its party by a pronoun,
  // or as both of a pair, may mean the same one.
  if (other.tokens.some((token) => PRONOUNS.has(token.lower) || PAIRS.has(token.lower))) return false;
  const named = new Set([...other.stems, ...other.optionalStems]);
  // Names paired across a respelling (Peskov / Peskow) are named on both sides.
  for (const term of sim.shared) {
    if (term.fuzzy) named.add(term.claimStem).add(term.statementStem);
  }
  return !surnames.some((token) => named.has(token.stem));
}

/** The first word that is no function word before the first token of a stem ("hold" of "hold a formal"). */
function verbBefore(sentence: Analyzed, stem: string): string | null {
  const at = sentence.tokens.find((token) => token.stem === stem);
  if (!at) return null;
  return sentence.tokens.slice(0, at.index).findLast((token) => !token.stop)?.stem ?? null;
}

/**
 * Whether both sentences put the same word before a shared one: "will not hold a formal meeting" / "will hold
 * a formal sit-down" speak of one thing under two heads, where "prevent dangerous incidents" / "dangerous
 * encounters happened" need not.
 */
function sameVerbBefore(a: Analyzed, b: Analyzed, stem: string): boolean {
  const verb = verbBefore(a, stem);
  return verb !== null && verb === verbBefore(b, stem);
}

/** Whether the sentence denies the stem, or a synonym of it, with a word of its own ("unanswered"). */
function deniesWithPrefix(sentence: Analyzed, stem: string): boolean {
  const denied = deniedByPrefix(sentence);
  return denied.size > 0 && (denied.has(stem) || synonymsOf(stem).some((synonym) => denied.has(synonym)));
}

/**
 * A word one side asserts and the other denies with a word of its own: "officials answered the requests" /
 * "the requests went unanswered".
 */
function prefixClash(claim: Analyzed, statement: Analyzed): PolarityClash | null {
  const clash = (asserting: Analyzed, denying: Analyzed) =>
    asserting.stems.find(
      (stem) =>
        deniesWithPrefix(denying, stem) &&
        !LIGHT_VERBS.has(stem) &&
        !negationReach(asserting).has(stem) &&
        !isHypothetical(asserting, stem),
    );
  const denied = clash(claim, statement);
  if (denied)
    return { word: written(claim, denied), negatedBy: 'the statement', hypothetical: false, narrowed: false };
  const asserted = clash(statement, claim);
  if (!asserted) return null;
  return {
    // The claim's "unanswered" is shown as negating "answered".
    word: deniedByPrefix(claim).get(asserted)?.text.slice(2) ?? asserted,
    negatedBy: 'the claim',
    hypothetical: false,
    narrowed: false,
  };
}

/** Whether one negation of the sentence covers both stems. */
function sameDenial(sentence: Analyzed, a: string, b: string): boolean {
  return negationScopes(sentence).some((scope) => scope.stems.has(a) && scope.stems.has(b));
}

/**
 * A word denied on one side written as its verb or its act's noun on the other: "failed to agree" /
 * "reached agreement". Paired for the polarity check only: as shared words they would tie another act
 * ("Putin's denial") to a verb ("was denied by an official").
 */
function derivedPairs(
  claim: Analyzed,
  statement: Analyzed,
  negClaim: ReadonlySet<string>,
  negStatement: ReadonlySet<string>,
): Similarity['shared'] {
  const pairs: Similarity['shared'] = [];
  const claimStems = new Set(claim.stems);
  const statementStems = new Set(statement.stems);
  for (const stem of negClaim) {
    for (const form of derivedFormsOf(stem))
      if (statementStems.has(form) && !claimStems.has(form))
        pairs.push({ claimStem: stem, statementStem: form, weight: 0, fuzzy: false });
  }
  for (const stem of negStatement) {
    for (const form of derivedFormsOf(stem))
      if (claimStems.has(form) && !statementStems.has(form))
        pairs.push({ claimStem: form, statementStem: stem, weight: 0, fuzzy: false });
  }
  return pairs;
}

/**
 * A shared word the sentences disagree about: negated on one side only. Names and light verbs never count.
 * `denials` are the shared words both sides deny (sharedDenials), read once per pair by the caller.
 */
function polarityClash(
  claim: Analyzed,
  statement: Analyzed,
  sim: Similarity,
  denials: Similarity['shared'],
): PolarityClash | null {
  const negClaim = negatedStems(claim);
  const negStatement = negatedStems(statement);
  // Asserted by the other side only when no negation there comes near it.
  const nearClaim = negationReach(claim);
  const nearStatement = negationReach(statement);
  // A clash that is no contradiction (hypothetical, narrowed) is kept in case no other is found.
  let weak: PolarityClash | null = null;
  // Words both sides deny: where one side's denial also covers another shared word, the negation has only
  // moved ("no formal meeting will be held" / "will not hold a formal meeting").
  const deniedByBoth = [...denials];
  // One side may deny with a word of its own: "have not answered requests" / "requests went unanswered".
  for (const stem of negClaim) {
    if (deniesWithPrefix(statement, stem))
      deniedByBoth.push({ claimStem: stem, statementStem: '', weight: 0, fuzzy: false });
  }
  for (const stem of negStatement) {
    if (deniesWithPrefix(claim, stem))
      deniedByBoth.push({ claimStem: '', statementStem: stem, weight: 0, fuzzy: false });
  }
  for (const term of [...sim.shared, ...derivedPairs(claim, statement, negClaim, negStatement)]) {
    if (term.fuzzy) continue;
    const inClaim = negClaim.has(term.claimStem);
    const inStatement = negStatement.has(term.statementStem);
    const clashes = inClaim
      ? !nearStatement.has(term.statementStem)
      : inStatement && !nearClaim.has(term.claimStem);
    if (!clashes) continue;
    if (
      deniedByBoth.some((both) =>
        inClaim
          ? sameDenial(claim, term.claimStem, both.claimStem)
          : sameDenial(statement, term.statementStem, both.statementStem),
      )
    ) {
      continue;
    }
    // A light verb says nothing by itself ("held a summit" / "will not hold a meeting"): denied on one side
    // only, it is no contradiction, but no agreement either.
    if (LIGHT_VERBS.has(term.claimStem) || LIGHT_VERBS.has(term.statementStem)) {
      weak ??= {
        word: written(claim, term.claimStem),
        negatedBy: inClaim ? 'the claim' : 'the statement',
        hypothetical: false,
        narrowed: true,
      };
      continue;
    }
    // The clash must be about the same thing: the negation's clause shares another word with the other side.
    const negatedSide = inClaim ? claim : statement;
    const negatedStem = inClaim ? term.claimStem : term.statementStem;
    const sharedThere = new Set(sim.shared.map((t) => (inClaim ? t.claimStem : t.statementStem)));
    if (![...negationClause(negatedSide, negatedStem)].some((stem) => sharedThere.has(stem))) continue;
    // "No formal meeting" denies a formal one, not a meeting the other side does not call formal.
    const other = inClaim ? statement : claim;
    const otherWords = new Set([...other.stems, ...other.stems.flatMap((stem) => synonymsOf(stem))]);
    // Nor is "preventing dangerous incidents" a denial of the dangerous encounters the other side has.
    const head = deniedHead(negatedSide, negatedStem);
    // The qualifier must qualify the same word there: "before the summit formally begins" calls no
    // encounter formal.
    const otherStem = inClaim ? term.statementStem : term.claimStem;
    // A qualifier denied is no clash with its adverb said of something else: "no formal meeting" / "before
    // the summit formally begins".
    const qualified = qualifiedWord(negatedSide, negatedStem);
    const adverbThere = other.tokens.some((t) => t.stem === otherStem && isAdverb(t));
    if (qualified && adverbThere && !qualifiesThere(other, otherStem, qualified.stem)) continue;
    const narrowed =
      negatedQualifiers(negatedSide, negatedStem).some(
        (qualifier) => !otherWords.has(qualifier) || !qualifiesThere(other, qualifier, otherStem),
      ) ||
      (head !== null && !otherWords.has(head) && !sameVerbBefore(negatedSide, other, negatedStem));
    if (
      saidOfSomeoneElse(
        inClaim ? claim : statement,
        inClaim ? term.claimStem : term.statementStem,
        inClaim ? statement : claim,
        sim,
      )
    ) {
      continue;
    }
    const clash: PolarityClash = {
      word: written(claim, term.claimStem),
      negatedBy: inClaim ? 'the claim' : 'the statement',
      hypothetical: inClaim
        ? isHypothetical(statement, term.statementStem) || denialInQuestion(claim, term.claimStem)
        : isHypothetical(claim, term.claimStem) || denialInQuestion(statement, term.statementStem),
      narrowed,
    };
    if (!clash.hypothetical && !clash.narrowed) return clash;
    weak ??= clash;
  }
  return (
    compoundClash(claim, statement) ??
    prefixClash(claim, statement) ??
    withheldClash(claim, statement) ??
    weak
  );
}

/** Share of what one side says was left unsaid that the other side has said, for the two to clash: all of it. */
const WITHHELD_SHARE = 1;
/** Fewest words left unsaid for the clash to be about something ("declined to comment" is about nothing). */
const MIN_WITHHELD = 2;

/**
 * One party said to have said what it is elsewhere said to have withheld: "Tillerson said that Putin and
 * Trump would meet" / "Tillerson declined to say whether Putin and Trump would meet".
 */
function withheldClash(claim: Analyzed, statement: Analyzed): PolarityClash | null {
  return eitherSide(claim, statement, (withholding, telling, negatedBy) => {
    const withheld = withheldRemark(withholding);
    if (!withheld || withheld.stems.size < MIN_WITHHELD || withheldRemark(telling)) return null;
    const teller = speakerOf(telling);
    if (!withheld.by || !teller || !sameParty(withheld.by, teller)) return null;
    const said = toldStems(telling);
    const told = [...withheld.stems].filter((stem) => said.has(stem)).length;
    return told >= WITHHELD_SHARE * withheld.stems.size
      ? { word: withheld.verb, negatedBy, hypothetical: false, narrowed: false }
      : null;
  });
}

/**
 * One party said on both sides to have withheld a remark ("Tillerson never actually said whether …" /
 * "Tillerson didn't say whether …"): one thing more the two say alike, as a shared denial is.
 */
function sameWithholding(claim: Analyzed, statement: Analyzed): boolean {
  const [mine, theirs] = [withheldRemark(claim), withheldRemark(statement)];
  return (
    mine !== null && theirs !== null && mine.by !== '' && theirs.by !== '' && sameParty(mine.by, theirs.by)
  );
}

/** A clash looked for with the claim as the denying side, then with the statement. */
function eitherSide(
  claim: Analyzed,
  statement: Analyzed,
  find: (denying: Analyzed, other: Analyzed, negatedBy: Side) => PolarityClash | null,
): PolarityClash | null {
  return find(claim, statement, 'the claim') ?? find(statement, claim, 'the statement');
}

/** The shortest part of a compound word looked for on the other side. */
const MIN_PART = 3;

/**
 * A compound one side denies and the other asserts in its parts: "there was no handshake" / "the two shook
 * hands". Both parts must be the other side's own words, and no negation there may come near them.
 */
function compoundClash(claim: Analyzed, statement: Analyzed): PolarityClash | null {
  return eitherSide(claim, statement, (side, other, negatedBy) => {
    const splits = deniedSplits(side);
    if (splits.length === 0) return null;
    const stems = new Set(other.stems);
    const near = negationReach(other);
    const asserted = (part: string) => stems.has(part) && !near.has(part);
    const split = splits.find(
      ({ token, parts }) => !stems.has(token.stem) && parts.some(([a, b]) => asserted(a) && asserted(b)),
    );
    return split ? { word: split.token.text, negatedBy, hypothetical: false, narrowed: false } : null;
  });
}

/** Each denied word of a sentence with the stems of every way to cut it in two ("hand" + "shake"). */
const deniedSplits = perSentence((sentence) => {
  const denied = negatedStems(sentence);
  return sentence.tokens
    .filter((token) => denied.has(token.stem) && token.lower.length >= 2 * MIN_PART)
    .map((token) => {
      const word = token.lower;
      const parts: [string, string][] = [];
      for (let cut = MIN_PART; cut <= word.length - MIN_PART; cut++)
        parts.push([stemWord(word.slice(0, cut)), stemWord(word.slice(cut))]);
      return { token, parts };
    });
});

/**
 * Whether two sentences say nearly the same thing: similar overall, and sharing nearly all the words of the
 * claim that are not names ("met … in Singapore" is not "gave a speech … in South Korea", whoever is named).
 */
function nearlySame(claim: Analyzed, sim: Similarity): boolean {
  if (sim.score < NEARLY_SAME) return false;
  const names = new Set(claim.tokens.filter((t) => t.capital).map((t) => t.stem));
  const words = claim.stems.filter((stem) => !names.has(stem) && !/^\d/.test(stem));
  const shared = new Set(sim.shared.map((t) => t.claimStem));
  return (
    words.length > 0 && words.filter((stem) => shared.has(stem)).length >= NEARLY_SAME_WORDS * words.length
  );
}

/**
 * One side says all of a thing, the other none: "waved into every single APEC event" / "not granted access to
 * any of the APEC events".
 */
function allOrNone(claim: Analyzed, statement: Analyzed): string | null {
  for (const stem of allOf(claim)) {
    if (noneOf(statement).has(stem))
      return `the statement denies any “${written(statement, stem)}”; the claim has every one`;
  }
  for (const stem of allOf(statement)) {
    if (noneOf(claim).has(stem))
      return `the claim denies any “${written(claim, stem)}”; the statement has every one`;
  }
  return null;
}

/**
 * Whether two words are each followed, past a function word, by the same word: "raised | expectations",
 * "acknowledged such | involvement" / "denied such | involvement" (opposites' headAfter stops at "such").
 */
function sameObject(
  claim: Analyzed,
  statement: Analyzed,
  words: { claim: string; statement: string },
): boolean {
  const after = (sentence: Analyzed, text: string) => {
    const at = sentence.tokens.find((t) => t.text === text);
    return at ? sentence.tokens.slice(at.index + 1, at.index + 3).find((t) => !t.stop)?.stem : undefined;
  };
  const object = after(claim, words.claim);
  return object !== undefined && object === after(statement, words.statement);
}

/** Verbs that join a subject to what it is said to be like: "looked friendly", "appeared hostile", "was tense". */
const LINKING = new Set(
  [...PASSIVE, 'look', 'appear', 'seem', 'remain', 'become', 'sound', 'prove'].map(stemWord),
);

/**
 * A word said of a subject after a verb that joins them, over an adverb ("looked friendly", "appeared
 * decidedly hostile"): what the subject was like, the one thing two such sentences say of it.
 */
function describes(sentence: Analyzed, text: string): boolean {
  const token = sentence.tokens.find((t) => t.text === text);
  if (!token || isVerbForm(token) || isPastForm(token)) return false;
  const before = sentence.tokens[token.index - 1];
  const linking = (t: Token | undefined) => t !== undefined && LINKING.has(t.stem);
  return (
    linking(before) || (before !== undefined && isAdverb(before) && linking(sentence.tokens[token.index - 2]))
  );
}

/**
 * The concrete reasons the two sentences differ, and whether one is exact: a differing count, or a date of
 * the same thing, which is checkable on its own.
 */
function conflictReasons(
  claim: Analyzed,
  statement: Analyzed,
  sim: Similarity,
  clash: PolarityClash | null,
  context: StatementContext,
): { reasons: Reason[]; exact: boolean; unsure: boolean; slots: Slot[] } {
  const { published } = context;
  const reasons: Reason[] = [];
  const slots: Slot[] = [];
  if (clash && !clash.hypothetical && !clash.narrowed) {
    const other = clash.negatedBy === 'the claim' ? 'the statement' : 'the claim';
    reasons.push({
      kind: 'negation',
      detail: `${clash.negatedBy} negates “${clash.word}”; ${other} does not`,
    });
  }
  const all = allOrNone(claim, statement);
  if (all) reasons.push({ kind: 'negation', detail: all });
  // One thing counted by its article alone ("rejected by a senior official") against a number takes sentences
  // about the same thing: "two administration officials" may be others.
  const counted = differingQuantities(claim, statement);
  const quantity =
    counted && (counted.claim.article || counted.statement.article) && sim.score < CONFLICT_MIN
      ? null
      : counted;
  if (quantity) {
    reasons.push({ kind: 'number', detail: `“${quantity.claim.text}” vs “${quantity.statement.text}”` });
    slots.push({ kind: 'number', claim: quantity.claim.text, statement: quantity.statement.text });
  }
  // Two days that may date two different things ("laid bare on Thursday" / "said on Friday") take sentences
  // that say more of the same.
  const date = differingDates(claim, statement, context.published);
  // Nor where one says it happened again and the other does not: "they were also seen shaking hands on
  // Saturday" may be another occasion than "on Friday night they shook hands" (both saying "also" or
  // "again" tell of the same second occasion), unless the two say nearly the same of it.
  // Weakly alike sentences take more in common than the thing the days stand next to ("would meet on the
  // sidelines of the summit on Friday" / "were seen walking to a photo-op at the summit on Saturday"), unless
  // the days date one party's telling ("The Kremlin announced on Sunday" / "released a statement Saturday").
  // Read only where two days differ, which few pairs do.
  const sharesMore =
    date !== null && sharedPredicates(claim, statement, sim) >= MIN_SHARED_PREDICATES_TO_AGREE;
  const dated =
    date !== null &&
    ((date.ofSameThing && (sim.score >= LOOSE_DATE_MIN || date.telling === true || sharesMore)) ||
      nearlySame(claim, sim) ||
      (sim.score >= LOOSE_DATE_MIN && anotherOccasion(claim) === anotherOccasion(statement) && sharesMore));
  if (dated) reasons.push({ kind: 'date', detail: `${date.claim} vs ${date.statement}` });
  const opposed = opposedWords(claim, statement);
  if (opposed) reasons.push({ kind: 'antonym', detail: `“${opposed.claim}” vs “${opposed.statement}”` });
  const tone = opposed ? null : opposedTone(claim, statement, sim);
  if (tone) {
    reasons.push({ kind: 'antonym', detail: `“${tone.claim}” vs “${tone.statement}” (opposite in tone)` });
  }
  const scale = opposed || tone ? null : opposedOnScale(claim, statement, sim);
  if (scale) {
    reasons.push({
      kind: 'antonym',
      detail: `“${scale.claim}” vs “${scale.statement}” (opposite ends of one scale)`,
    });
  }
  // Two adjectives at the ends of one scale in the same place fill one slot ("the exchange looked frosty" /
  // "the chat looked friendly"); words of opposite tone only where each is what a linking verb says its
  // subject was like ("appeared tense" / "looked friendly"), being too loose a pair anywhere else.
  if (scale) slots.push({ kind: 'number', claim: scale.claim, statement: scale.statement });
  if (tone && describes(claim, tone.claim) && describes(statement, tone.statement))
    slots.push({ kind: 'number', claim: tone.claim, statement: tone.statement });
  // Opposite verbs of one object fill one slot too: "raised expectations" / "lowered expectations"; so do
  // opposites each said of a subject that way ("appeared hostile" / "looked friendly").
  if (
    opposed &&
    (sameObject(claim, statement, opposed) ||
      (describes(claim, opposed.claim) && describes(statement, opposed.statement)))
  )
    slots.push({ kind: 'number', claim: opposed.claim, statement: opposed.statement });
  const respelled = new Map(sim.shared.filter((t) => t.fuzzy).map((t) => [t.claimStem, t.statementStem]));
  const party = differingParties(claim, statement, respelled, {
    nearlySame: nearlySame(claim, sim),
    similar: sim.score >= PLACE_SIMILAR_MIN,
    related: sim.score >= CONFLICT_MIN,
  });
  // A claim dated by a year the statement neither gives nor was published in is of another occasion: "having
  // hosted the forum's summit in Vladivostok in 2012" / "the summit here in Vietnam" (a 2017 report).
  // Nor is a name that is another of the statement's party's names ("Vlad and The Donald would meet" /
  // "Putin and Trump would meet").
  if (
    party &&
    !unvouchedYearOnly(claim, statement, published) &&
    !otherNameOf(party.claim, party.statement, statement, context)
  ) {
    reasons.push({ kind: 'entity', detail: `${party.claim} vs ${party.statement}` });
    slots.push({ kind: 'party', ...party });
  }
  const swapped = party ? null : swappedDoers(claim, statement, sim.shared);
  if (swapped) {
    reasons.push({
      kind: 'entity',
      detail: `${swapped.claim} vs ${swapped.statement}: who ${swapped.word} (the two parties' parts are swapped)`,
    });
  }
  // Two days that may date two things are no reason for a conflict, nor may they be hidden under "says the
  // same" ("became clear on Wednesday" / "laid bare on Thursday").
  return {
    reasons,
    exact: quantity !== null || (date?.ofSameThing ?? false),
    unsure: date !== null && !dated,
    slots,
  };
}

/** What one slot holds on each side where the two differ: a count or a name. */
interface Slot {
  kind: 'number' | 'party';
  claim: string;
  statement: string;
}

/**
 * A name put for another counts as the same slot only where this share of the claim is in the statement with
 * it: otherwise "the summit in Vietnam" / "the G20 summit in Germany" (two summits) would be one.
 */
const SLOT_COVERAGE = 0.7;

/**
 * How closely two sentences speak of the same thing, the words they fill one slot with counted as shared: "a
 * three-day summit" is the same summit as "the two-day meeting", and "The trip's final stop is Japan" speaks
 * of the stop in "… before heading to his final stop: the Philippines", though neither shares the word that
 * differs. A count of the same unit is always its slot; a name only where the rest of the claim is there too.
 */
/**
 * The weight of the words a slot is filled with on one side, less those the two sentences share anyway: what
 * counting the slot as shared adds to that side's coverage. Only words of the sentence itself count.
 */
function slotWeight(
  text: string,
  sentence: Analyzed,
  shared: ReadonlySet<string>,
  weightOf: (stem: string) => number,
): number {
  const own = new Set(sentence.stems);
  const stems = new Set(contentTokens(tokenize(text)).map((t) => t.stem));
  return [...stems]
    .filter((stem) => own.has(stem) && !shared.has(stem))
    .reduce((sum, stem) => sum + weightOf(stem), 0);
}

function sameThingScore(
  claim: Analyzed,
  statement: Analyzed,
  sim: Similarity,
  slots: Slot[],
  weightOf: (stem: string) => number,
): number {
  if (slots.length === 0) return sim.score;
  const claimShared = new Set(sim.shared.map((t) => t.claimStem));
  const statementShared = new Set(sim.shared.map((t) => t.statementStem));
  const aligned = (these: Slot[]) =>
    alignedScore(
      sim,
      these.reduce((sum, slot) => sum + slotWeight(slot.claim, claim, claimShared, weightOf), 0),
      these.reduce((sum, slot) => sum + slotWeight(slot.statement, statement, statementShared, weightOf), 0),
    );
  const counted = aligned(slots.filter((slot) => slot.kind === 'number'));
  const named = slots.some((slot) => slot.kind === 'party') ? aligned(slots) : null;
  return Math.max(sim.score, counted.score, named && named.claimCoverage >= SLOT_COVERAGE ? named.score : 0);
}

/** How alike two sentences are in what they report, each one's speaker left out of it. */
function remarkScore(
  claim: Analyzed,
  statement: Analyzed,
  sim: Similarity,
  speakers: { claim: string; statement: string },
  weightOf: (stem: string) => number,
): number {
  // Both speakers named in more than a word are set aside; where one is named in a word, the other only if
  // it is a person with a title ("White House press secretary Sarah Sanders said …" / "… Tillerson said"),
  // not a body the remark may be about ("The head of the Harbour Authority admitted to …" / "Lind denied").
  const both = namesIn(speakers.claim).length >= 2 && namesIn(speakers.statement).length >= 2;
  const titled = (speaker: string) => both || isTitledPerson(speaker);
  if (!titled(speakers.claim) && !titled(speakers.statement)) return sim.score;
  const claimShared = new Set(sim.shared.map((t) => t.claimStem));
  const statementShared = new Set(sim.shared.map((t) => t.statementStem));
  const claimSpeaker = titled(speakers.claim) ? slotWeight(speakers.claim, claim, claimShared, weightOf) : 0;
  const statementSpeaker = titled(speakers.statement)
    ? slotWeight(speakers.statement, statement, statementShared, weightOf)
    : 0;
  const claimCoverage = (sim.claimCoverage * sim.claimWeight) / (sim.claimWeight - claimSpeaker || 1);
  const statementCoverage =
    (sim.statementCoverage * sim.statementWeight) / (sim.statementWeight - statementSpeaker || 1);
  return fMeasure(Math.min(1, claimCoverage), Math.min(1, statementCoverage));
}

export interface Judgement {
  stance: Stance;
  reasons: Reason[];
}

/** The word a qualifier qualifies, right after it: "formal | meeting"; null for a word that is no qualifier. */
function qualifiedWord(sentence: Analyzed, stem: string): Token | undefined {
  if (!MODIFIERS.has(stem)) return undefined;
  const at = sentence.tokens.find((t) => t.stem === stem);
  return at && headAfter(sentence, at);
}

/** How far before a word its qualifier may stand: "a formal, bilateral meeting". */
const QUALIFIER_REACH = 3;

/** Whether a qualifier (or a synonym of it) stands just before the word: "a formal meeting", "formally met". */
function qualifiesThere(sentence: Analyzed, qualifier: string, stem: string): boolean {
  const { tokens } = sentence;
  return tokens.some(
    (token) =>
      token.stem === stem &&
      tokens
        .slice(Math.max(0, token.index - QUALIFIER_REACH), token.index + 2)
        .some((t) => t.stem === qualifier || synonymsOf(t.stem).includes(qualifier)),
  );
}

/** The shared words both sides deny. */
function sharedDenials(claim: Analyzed, statement: Analyzed, sim: Similarity): Similarity['shared'] {
  const negClaim = negatedStems(claim);
  const negStatement = negatedStems(statement);
  return sim.shared.filter(
    (term) => !term.fuzzy && negClaim.has(term.claimStem) && negStatement.has(term.statementStem),
  );
}

/** Words that tell of one more occasion: "also", "again", "once more". */
const AGAIN = new Set(['also', 'again', 'too']);

/** Whether a sentence tells of something that happened once more ("were also seen", "met again"). */
const anotherOccasion = perSentence((sentence: Analyzed): boolean =>
  sentence.tokens.some((t) => AGAIN.has(t.lower)),
);

/** A verb and a noun WordNet writes together as one verb ("take place"): the verb's stem, the noun as written. */
const VERB_NOUNS: ReadonlySet<string> = new Set(lexicon.verbNouns);

/** Stems of the nouns a sentence writes as part of a verb: "will take place", "took part". */
const verbNounsOf = perSentence((sentence: Analyzed): Set<string> => {
  const out = new Set<string>();
  sentence.tokens.forEach((token, i) => {
    const verb = sentence.tokens[i - 1];
    if (verb && VERB_NOUNS.has(`${verb.stem} ${token.lower}`)) out.add(token.stem);
  });
  return out;
});

/**
 * Shared words that are no name on either side, nor a number; nor a noun one side writes as part of a verb
 * and the other does not ("will take place" / "in the same place").
 */
function sharedPredicates(claim: Analyzed, statement: Analyzed, sim: Similarity): number {
  const names = capitalisedStems(claim);
  // A word that is part of a name on the statement's side ("Asia-Pacific Economic Cooperation") is a name.
  const named = properStems(statement);
  const predicates = sim.shared.filter(
    (term) =>
      !term.fuzzy &&
      !names.has(term.claimStem) &&
      !named.has(term.statementStem) &&
      !/^\d/.test(term.claimStem) &&
      verbNounsOf(claim).has(term.claimStem) === verbNounsOf(statement).has(term.statementStem),
  );
  // What a name is there ("the central Vietnamese city of Danang") is no predicate; words that only name
  // someone's title ("press secretary Sarah Sanders") say nothing by themselves.
  const described = new Set(describedStems(statement));
  const said = predicates.filter((term) => !described.has(term.statementStem));
  const titles = new Set(titleStems(statement));
  return said.every((term) => titles.has(term.statementStem)) ? 0 : said.length;
}

/** Stems of the words that are part of a name. */
const properStems = perSentence(
  (sentence: Analyzed): ReadonlySet<string> =>
    new Set(sentence.tokens.filter((t) => t.proper).map((t) => t.stem)),
);

/**
 * The lower-case words of a noun put before a name with "of", past a nationality: what the name is ("the
 * central Vietnamese city of Danang").
 */
const describedStems = perSentence((sentence: Analyzed): string[] => {
  const { tokens, text } = sentence;
  const out: string[] = [];
  for (const of of tokens) {
    if (of.lower !== 'of' || !tokens[of.index + 1]?.proper) continue;
    for (let i = of.index - 1; i >= Math.max(0, of.index - 1 - TITLE_WORDS); i--) {
      const word = tokens[i];
      if (!word || word.stop || word.value !== null) break;
      if (/[,;:()"]/.test(text.slice(word.end, tokens[i + 1]?.start))) break;
      if (word.proper) {
        if (isDemonym(word.stem)) continue;
        break;
      }
      out.push(word.stem);
    }
  }
  return out;
});

/** Lower-case words right before a name of two or more words: its title ("press secretary Sarah Sanders"). */
const titleStems = perSentence((sentence: Analyzed): string[] => {
  const { tokens, text } = sentence;
  const out: string[] = [];
  for (const token of tokens) {
    const next = tokens[token.index + 1];
    if (!token.proper || !next?.proper || tokens[token.index - 1]?.proper) continue;
    for (let i = token.index - 1; i >= Math.max(0, token.index - TITLE_WORDS); i--) {
      const word = tokens[i];
      // A title may open the sentence ("Special counsel Robert Mueller's investigation"): a capital there
      // says nothing of a name.
      if (!word || word.stop || word.proper || word.value !== null) break;
      if (/[,;:()"]/.test(text.slice(word.end, tokens[i + 1]?.start))) break;
      out.push(word.stem);
    }
  }
  return out;
});

/** The years the claim gives that the statement does not ("in July 2018", "in 2006"). */
/** Every word a sentence writes, lower case, read once per sentence. */
const writtenWords = perSentence((sentence: Analyzed) => new Set(sentence.tokens.map((t) => t.lower)));

function yearsNotStated(claim: Analyzed, statement: Analyzed): number[] {
  const stated = writtenWords(statement);
  return claim.tokens.filter((t) => YEAR.test(t.lower) && !stated.has(t.lower)).map((t) => Number(t.lower));
}

/**
 * Whether the claim is dated after the statement was published ("the Helsinki summit in July 2018" and a
 * report of November 2017): the statement cannot have been about it, so it neither contradicts nor
 * confirms it.
 */
function datedAfter(claim: Analyzed, statement: Analyzed, published: string | null | undefined): boolean {
  const year = publishedYear(published);
  if (!Number.isInteger(year)) return false;
  return yearsNotStated(claim, statement).some((given) => given > year);
}

/**
 * Whether the claim dates itself by a year the statement does not give, nor was published in: "Vietnam had
 * hosted APEC leaders once before, in 2006" / a 2017 report of the summit. Sentences alike in little else
 * then share only what the topic has them share, and the statement does not vouch for the claim.
 */
function unvouchedYear(claim: Analyzed, statement: Analyzed, published: string | null | undefined): boolean {
  return (
    unvouchedYearOnly(claim, statement, published) ||
    monthsNotStated(claim, statement).some((given) => given !== published?.slice(0, 7))
  );
}

/** The year of a publication date (ISO), or NaN. */
const publishedYear = (published: string | null | undefined) =>
  published ? Number(published.slice(0, 4)) : Number.NaN;

/** A year the claim dates itself by that the statement does not give, more than a year from its publication. */
function distantYear(claim: Analyzed, statement: Analyzed, published: string | null | undefined): boolean {
  const year = publishedYear(published);
  return !Number.isNaN(year) && yearsNotStated(claim, statement).some((given) => Math.abs(given - year) > 1);
}

/** A year the claim dates itself by that the statement neither gives nor was published in. */
function unvouchedYearOnly(
  claim: Analyzed,
  statement: Analyzed,
  published: string | null | undefined,
): boolean {
  const year = publishedYear(published);
  return yearsNotStated(claim, statement).some((given) => given !== year);
}

/**
 * The months of a year the claim dates itself by ("In December 2016, …") whose month the statement does not
 * name, as "YYYY-MM": a statement giving "the 2016 election" does not vouch for what happened in December.
 */
function monthsNotStated(claim: Analyzed, statement: Analyzed): string[] {
  const stated = writtenWords(statement);
  return claim.tokens.flatMap((t) => {
    const year = claim.tokens[t.index + 1]?.lower ?? '';
    if (!MONTHS.has(t.lower) || !YEAR.test(year) || stated.has(t.lower)) return [];
    return [`${year}-${String(MONTH_NAMES.indexOf(t.lower) + 1).padStart(2, '0')}`];
  });
}

/**
 * What is known around the statement: `previous` gives the sentence `back` (default 1) before it in its
 * article, for a speaker it names only as "he" or "she"; `titleOf` a speaker's full title in its corpus.
 */
export interface StatementContext extends SpeakerContext {
  /** When the statement's article was published (ISO date), if known. */
  published?: string | null;
  /** A word's weight in the statement's corpus, as the similarity counted it (default: reference weights). */
  weightOf?: (stem: string) => number;
}

/** Judges one (claim, statement) pair already known to be similar; null when too far apart to show. */
export function classifyStance(
  claim: Analyzed,
  statement: Analyzed,
  sim: Similarity,
  context: StatementContext = {},
): Judgement | null {
  // Most candidates of a large corpus fall under the bar: that is known before any word is looked at. The
  // same remark quoted word for word is one subject however little else two sentences share ("Why are you
  // asking me? Ask the Americans," one has Peskov say, the other Lavrov).
  const sameRemark = () => remarksQuoted(claim).length > 0 && quotesVerbatim(claim, statement);
  if (sim.score < RELATED_MIN && !sameRemark()) return null;
  const predicates = sharedPredicates(claim, statement, sim);
  if (predicates < MIN_SHARED_PREDICATES && !sameRemark()) return null;
  const denials = sharedDenials(claim, statement, sim);
  const clash = polarityClash(claim, statement, sim, denials);
  const later = datedAfter(claim, statement, context.published);
  const { reasons, exact, unsure, slots } = later
    ? { reasons: [], exact: false, unsure: false, slots: [] }
    : conflictReasons(claim, statement, sim, clash, context);
  // An exact difference takes less in common to call a conflict; the words of a slot the two fill
  // differently count as shared for it.
  const weightOf = context.weightOf ?? referenceIdf;
  const sameThing = sameThingScore(claim, statement, sim, slots, weightOf);
  const conflicts = sameThing >= (exact ? EXACT_CONFLICT_MIN : CONFLICT_MIN) ? reasons : [];
  // The same words in another mouth: nearly the same sentence, or the same quotation within longer ones.
  // Similar over names alone is no account of one thing ("the Kremlin said Trump and Putin agreed on Syria
  // at the APEC summit" / "Trump and Putin will not hold a formal meeting at the APEC summit, Sanders said"),
  // unless the two differ over the one thing they share ("the Kremlin said the two met" / "Sanders said
  // there would be no formal meeting"). Who speaks is the slot the two fill differently: the speakers' own
  // words count as shared for it ("Russian Foreign Minister Sergei Lavrov insisted on Friday that the meeting
  // would happen" / "'The meeting will take place,' Putin spokesman Dmitry Peskov said Friday").
  const sharesPredicates = predicates >= MIN_SHARED_PREDICATES_TO_AGREE || clash !== null;
  const speakers =
    !later && conflicts.length === 0 && (sharesPredicates || sameQuotation(claim, statement))
      ? differentSpeakers(claim, statement, context)
      : null;
  const sameWords =
    speakers !== null &&
    ((sharesPredicates &&
      (sim.score >= SPEAKER_CONFLICT_MIN ||
        remarkScore(claim, statement, sim, speakers, weightOf) >= REMARK_CONFLICT_MIN)) ||
      sameQuotation(claim, statement));
  if (speakers && sameWords) {
    // The same words in two mouths, or two parties' accounts of one thing.
    const detail =
      nearlySame(claim, sim) || sameQuotation(claim, statement)
        ? `the claim has ${speakers.claim} saying it; the statement has ${speakers.statement}`
        : `${speakers.claim} (claim) and ${speakers.statement} (statement) give different accounts`;
    return { stance: 'conflict', reasons: [{ kind: 'attribution', detail }] };
  }
  if (conflicts.length > 0) {
    const claimSpeaker = speakerOf(claim);
    const statementSpeaker = speakerIn(statement, context.previous);
    if (claimSpeaker && statementSpeaker && !sameSide(claimSpeaker, statementSpeaker, statement, context)) {
      conflicts.push({
        kind: 'attribution',
        detail: `${claimSpeaker} (claim) and ${statementSpeaker} (statement) give different accounts`,
      });
    }
    return { stance: 'conflict', reasons: conflicts };
  }
  const words = sim.shared
    .slice()
    .sort((a, b) => b.weight - a.weight)
    .slice(0, 4)
    .map((term) => written(statement, term.statementStem));
  // A difference a reader can check is never hidden under "says the same", even where the two are too far
  // apart to call it a conflict.
  // Nor can a report vouch for what happened after it was written ("… in March 2019" / a report of 2017),
  // nor, in sentences alike in little else, for a year it does not give ("in 2006").
  // A word both sides deny is one thing more they share, the denial ("there will be no formal sit-down" /
  // "will not formally meet"); so is one count of the same thing ("more than once" / "on more than one
  // occasion"); a remark both quote word for word needs nothing more in common.
  const shared =
    predicates +
    (denials.length > 0 ? 1 : 0) +
    (sameCount(claim, statement) ? 1 : 0) +
    (sameWithholding(claim, statement) ? 1 : 0) +
    (sameTone(claim, statement, sim) ? 1 : 0);
  const agrees =
    sim.score >= AGREE_MIN &&
    (shared >= MIN_SHARED_PREDICATES_TO_AGREE || sameRemark()) &&
    !clash &&
    reasons.length === 0 &&
    !unsure &&
    !later &&
    !(sim.score < LOOSE_DATE_MIN && unvouchedYear(claim, statement, context.published)) &&
    // A year a report neither gives nor was written in, past the one before: of another occasion however
    // alike ("Vietnam previously hosted the APEC leaders' summit in 2006" / a 2017 report of the summit here).
    !distantYear(claim, statement, context.published) &&
    // Opposite words whose doers differ ("the head of the Kremlin has admitted" / "Putin denied") may be two
    // parties' two acts, or one party named two ways: no conflict, and no agreement either.
    opposedWords(claim, statement, { anyDoers: true }) === null;
  const detail = `${agrees ? 'says the same' : 'same subject'}: ${words.join(', ')} (similarity ${sim.score.toFixed(2)})`;
  return { stance: agrees ? 'agree' : 'related', reasons: [{ kind: 'paraphrase', detail }] };
}
