import lexicon from '../data/lexicon.json';
import type { Analyzed } from '../match/analyze';
import { perSentence } from '../match/per-sentence';
import { AUXILIARY_VERBS, isAdverb, isPastForm, isVerbForm, stemWord, type Token } from '../text/tokenize';
import { SPEECH } from './speech';

/** Common adjectives and adverbs (WordNet, see scripts/lexicon/generate-lexicon.ts). */
export const MODIFIERS: ReadonlySet<string> = new Set(lexicon.modifiers);

/** Words that turn what follows (or, for "never", what stands around it) into its opposite. */
const NEGATORS = new Set([
  'not',
  'no',
  'never',
  'none',
  'nobody',
  'nothing',
  'neither',
  'nor',
  'without',
  'cannot',
  'rarely',
  'seldom',
]);

/** Verbs that deny their object: "skip the formal meeting", "avoided a handshake", "prevent incidents". */
const DENYING_VERBS = new Set([
  'skip',
  'skips',
  'skipped',
  'skipping',
  'avoid',
  'avoids',
  'avoided',
  'avoiding',
  'forgo',
  'forgoes',
  'forwent',
  'forgone',
  'prevent',
  'prevents',
  'prevented',
  'preventing',
  'avert',
  'averts',
  'averted',
  'averting',
]);
/** Verbs that deny the verb after "to": "failed to agree", "refused to meet", "declined to comment". */
const DENYING_BEFORE_TO = new Set([
  'fail',
  'fails',
  'failed',
  'failing',
  'refuse',
  'refuses',
  'refused',
  'refusing',
  'decline',
  'declines',
  'declined',
  'declining',
]);

/** "Ruled out any formal session": "rule out" denies its object. */
const RULE = new Set(['rule', 'rules', 'ruled', 'ruling']);
/**
 * Verbs that deny their object with "off" after them: "head off incidents", "ward off", "stave off"; not
 * where a way follows ("headed off to Manila").
 */
const DENYING_BEFORE_OFF = new Set(
  ['head', 'ward', 'stave', 'fend'].flatMap((verb) => [verb, `${verb}s`, `${verb}ed`, `${verb}ing`]),
);
/** Words after "headed off" that make it a going somewhere. */
const GOING = new Set(['to', 'for', 'into', 'toward', 'towards', 'on', 'at', 'in', 'from', 'after', 'home']);
/** Forms of "be": before a participle, a passive ("were denied access", "were told by …"). */
export const PASSIVE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
/**
 * Nouns that deny what they are "of": "in the absence of a formal meeting", "a lack of progress", "the
 * prevention of dangerous incidents" (as "prevent" and "avoid" deny their object).
 */
const DENYING_BEFORE_OF = new Set(['absence', 'lack', 'prevention', 'avoidance']);
/** Verbs before "short of" that make it a thing not done: "stopped short of concluding", "fell short of". */
const SHORT_OF = new Set([
  'stop',
  'stops',
  'stopped',
  'stopping',
  'fall',
  'falls',
  'fell',
  'falling',
  'fallen',
]);

/**
 * "absent" used as "without" ("even absent a formal meeting, the two will talk"): before a determiner only,
 * not the adjective ("absent from the dinner", "the absent minister").
 */
const ABSENT_BEFORE = new Set(['a', 'an', 'any', 'such', 'the', 'some']);

/** The second word of "rather than" and "instead of", with the first. */
const ALTERNATIVE = new Map([
  ['than', 'rather'],
  ['of', 'instead'],
]);

/** How far before a denying verb a plain negation may stand and deny it ("did not quite rule out"). */
const DENIED_DENIAL_REACH = 3;

/** Verbs of telling a denial may withhold: "declined to say whether", "would not confirm". */
const TELLING = new Set([
  ...['say', 'comment', 'confirm', 'disclose', 'reveal', 'tell', 'speculate'],
  // After "never": "never actually said whether …".
  ...['said', 'commented', 'confirmed', 'disclosed', 'revealed', 'told'],
]);

/** Words that may stand between the one who withholds a remark and the denial: "did", "has", "would". */
const WITHHOLDING_AUXILIARIES = new Set([
  'did',
  'does',
  'do',
  'has',
  'have',
  'had',
  'would',
  'will',
  'could',
]);

export interface WithheldRemark {
  /** The verb of telling denied, as written ("say" of "declined to say"). */
  verb: string;
  /** Its token. */
  token: Token;
  /** Who withholds it: the capitalised words right before them ("Rex Tillerson"), or "". */
  by: string;
  /** Stems of what is left unsaid: the rest of the clause ("whether Putin and Trump would meet"). */
  stems: Set<string>;
}

/**
 * What a sentence says someone would not say: "declined to say whether Putin and Trump would meet in
 * Vietnam", "would not confirm that …". Verbs of saying are function words, so the negations above never
 * see them denied.
 */
export const withheldRemark = perSentence((sentence: Analyzed): WithheldRemark | null => {
  const { tokens, text } = sentence;
  for (const verb of tokens) {
    if (!TELLING.has(verb.lower)) continue;
    // Past an adverb: "never actually said whether".
    const adverb = tokens[verb.index - 1];
    const before = adverb && isAdverb(adverb) ? tokens[verb.index - 2] : adverb;
    const denier =
      before?.lower === 'to' && DENYING_BEFORE_TO.has(tokens[before.index - 1]?.lower ?? '')
        ? tokens[before.index - 1]
        : NEGATORS.has(before?.lower ?? '')
          ? before
          : undefined;
    if (!denier || deniedItself(tokens, denier)) continue;
    const stems = new Set<string>();
    for (const token of tokens.slice(verb.index + 1)) {
      if (/[,;:()!?.]/.test(text.slice(verb.end, token.start))) break;
      if (!token.stop) stems.add(token.stem);
    }
    // "Tillerson didn't say", "Tillerson has declined to say": the withholder stands before the auxiliary.
    let last = denier.index;
    while (last > 0 && WITHHOLDING_AUXILIARIES.has(tokens[last - 1]?.lower ?? '')) last--;
    let first = last;
    while (first > 0 && tokens[first - 1]?.capital) first--;
    const by = first < last ? text.slice(tokens[first]?.start, tokens[last - 1]?.end) : '';
    return { verb: verb.text, token: verb, by, stems };
  }
  return null;
});

/** Whether a plain negation stands just before a denying verb: "did not rule out", "never failed to". */
function deniedItself(tokens: readonly Token[], verb: Token): boolean {
  return tokens
    .slice(Math.max(0, verb.index - DENIED_DENIAL_REACH), verb.index)
    .some((token) => NEGATORS.has(token.lower));
}

/** "Not only … but", "not just … but": the pair adds, it does not deny. */
const NOT_ONLY = new Set(['only', 'just', 'merely', 'simply']);
/** "Wasted no time", "lost no time": done at once, not left undone. */
const SPENDING = new Set(['waste', 'wastes', 'wasted', 'wasting', 'lose', 'loses', 'lost', 'losing']);

/** Whether a negator stands in a turn of phrase that denies nothing. */
function deniesNothing(tokens: readonly Token[], token: Token): boolean {
  const next = tokens[token.index + 1]?.lower ?? '';
  // "charges that have nothing to do with the campaign" says they are unrelated, not that there is none.
  const words = tokens
    .slice(token.index + 1, token.index + 4)
    .map((t) => t.lower)
    .join(' ');
  if (token.lower === 'nothing' && words === 'to do with') return true;
  if (token.lower === 'not' && NOT_ONLY.has(next))
    return tokens.slice(token.index + 2).some((later) => later.lower === 'but');
  return token.lower === 'no' && next === 'time' && SPENDING.has(tokens[token.index - 1]?.lower ?? '');
}

/**
 * Whether a token negates what follows it: a negator, a denying verb, "failed to", "ruled out", "headed
 * off", "absence of".
 */
function isNegator(tokens: readonly Token[], token: Token): boolean {
  if (deniesNothing(tokens, token)) return false;
  if (NEGATORS.has(token.lower) || DENYING_VERBS.has(token.lower) || CANCELLING.has(token.lower)) return true;
  if (nonPrefix(tokens, token)) return true;
  if (RULE.has(token.lower) && tokens[token.index + 1]?.lower === 'out') return true;
  if (token.lower === 'off' && DENYING_BEFORE_OFF.has(tokens[token.index - 1]?.lower ?? ''))
    return !GOING.has(tokens[token.index + 1]?.lower ?? '');
  if (DENYING_BEFORE_OF.has(token.lower) && tokens[token.index + 1]?.lower === 'of') return true;
  if (token.lower === 'short' && tokens[token.index + 1]?.lower === 'of')
    return SHORT_OF.has(tokens[token.index - 1]?.lower ?? '');
  if (token.lower === 'absent' && ABSENT_BEFORE.has(tokens[token.index + 1]?.lower ?? '')) return true;
  // "Journalists were denied access": what one is denied one does not get. Not "was denied by an official".
  if (token.lower === 'denied' && PASSIVE.has(tokens[token.index - 1]?.lower ?? '')) {
    const next = tokens[token.index + 1];
    return next !== undefined && !next.stop && !next.proper;
  }
  // "a hell rather than the paradise", "instead of a formal meeting": what follows is set aside.
  const alternative = ALTERNATIVE.get(token.lower);
  if (alternative !== undefined && alternative === tokens[token.index - 1]?.lower) return true;
  return deniesVerbAfter(tokens, token);
}

/**
 * Whether a token denies the verb after "to" ("failed to agree", "refused to say"): then it opposes
 * nothing by itself ("refused to say" is no opposite of "accepted").
 */
export function deniesVerbAfter(tokens: readonly Token[], token: Token): boolean {
  return DENYING_BEFORE_TO.has(token.lower) && tokens[token.index + 1]?.lower === 'to';
}

/**
 * "The meeting was off", "talks were called off", "the meeting was declared off": "off" after these negates
 * what comes before it.
 */
const OFF_AFTER = new Set(['was', 'is', 'were', 'are', 'been', 'be', 'called', 'call', 'calls', 'declared']);
/** Verbs that undo what they are said of: "scrapped the meeting", "the meeting was scrapped". */
const CANCELLING = new Set([
  'cancel',
  'cancels',
  'cancelled',
  'canceled',
  'scrap',
  'scraps',
  'scrapped',
  'shelved',
]);

/** "non-" joined to the word after it: "non-involvement", "a non-binding pledge". */
function nonPrefix(tokens: readonly Token[], token: Token): boolean {
  const next = tokens[token.index + 1];
  return token.lower === 'non' && next !== undefined && next.start === token.end + 1;
}

/**
 * Whether an "off" (or a cancelling verb) is said of its subject only: a form of "be" right before it or
 * before the verb before it ("was off", "had been called off").
 */
function offSaidOfBefore(tokens: readonly Token[], token: Token): boolean {
  const before = tokens[token.index - 1]?.lower ?? '';
  return PASSIVE.has(before) || PASSIVE.has(tokens[token.index - 2]?.lower ?? '');
}

/**
 * Whether a token denies the words before it: "off" or a cancelling verb after "was" ("the meeting was off"),
 * or "ruled out" after a form of "be" ("a formal meeting has been ruled out").
 */
function deniesBefore(tokens: readonly Token[], token: Token): boolean {
  const before = tokens[token.index - 1]?.lower ?? '';
  if (RULE.has(token.lower) && tokens[token.index + 1]?.lower === 'out') return PASSIVE.has(before);
  return (token.lower === 'off' || CANCELLING.has(token.lower)) && OFF_AFTER.has(before);
}

/**
 * What a clause opens with, up to its first name: the subject a denial after a form of "be" is said of when
 * names stand between ("The holding of a formal meeting between Trump and Putin at the summit in Vietnam has
 * been ruled out"). Nothing when the clause opens with a name.
 */
function clauseOpening(sentence: Analyzed, negator: Token): Token[] {
  const { tokens, text } = sentence;
  let start = negator.index;
  while (start > 0 && !boundaryBetween(text, tokens[start - 1] as Token, negator)) start--;
  const opening: Token[] = [];
  for (const token of tokens.slice(start, negator.index)) {
    if (token.capital && !token.stop) break;
    if (inScope(token)) opening.push(token);
  }
  return opening;
}

/**
 * Words that make what follows them hypothetical, planned or in question rather than asserted:
 * "could announce a meeting", "negotiating over a meeting", "the possibility of a meeting"; by stem, so that
 * "negotiated", "negotiations" and "possibly" are too, each word listed once.
 * ("would" is not among them: in news it is mostly reported speech, "said the two would meet".)
 */
const HYPOTHETICAL = new Set(
  [
    'could',
    'might',
    'may',
    'should',
    'possible',
    'whether',
    'if',
    'expect',
    'hope',
    'plan',
    'try',
    'seek',
    'negotiate',
    'potential',
    'propose',
    'intend',
    'want',
    'prospect',
    'chance',
    'speculate',
    'question',
  ].map(stemWord),
);
/** How far before a word a hypothetical cue still governs it. */
const HYPOTHETICAL_REACH = 7;
/**
 * Verbs of bargaining: what they are "over" or "about" is only in play, however far into the clause it
 * comes ("negotiated quietly behind the scenes with the Kremlin about a formal meeting").
 */
const BARGAINING = new Set(['negotiate', 'haggle', 'bargain', 'wrangle', 'dicker'].map(stemWord));
/** The prepositions that open what is bargained over. */
const BARGAINED_OVER = new Set(['over', 'about', 'on', 'for']);
/** How many words after that preposition the thing bargained over may stand. */
const BARGAINED_REACH = 4;

/** How far a negation reaches: tokens before and after the negator, within its clause. */
const SCOPE_BEFORE = 3;
const SCOPE_AFTER = 5;

/** Verbs that carry little meaning of their own ("hold a meeting" = meet): the negation is about their object. */
export const LIGHT_VERBS = new Set([
  'have',
  'hold',
  'take',
  'make',
  'do',
  'give',
  'get',
  'be',
  'go',
  'happen',
  'place',
]);

/** Words that open an embedded question: "did not say whether Trump accepted" leaves "accepted" open. */
const EMBEDDED_QUESTION = new Set(['whether', 'if']);
/**
 * Verbs of saying and knowing: after them "that" opens a reported clause, which a negation of the verb
 * does not negate ("did not say that the meeting was cancelled" says nothing against "cancelled").
 */
const REPORTING = new Set([
  'say',
  'said',
  'says',
  'saying',
  'tell',
  'told',
  'claim',
  'claimed',
  'think',
  'thought',
  'believe',
  'believed',
  'know',
  'knew',
  'announce',
  'announced',
  'confirm',
  'confirmed',
  'report',
  'reported',
  'suggest',
  'suggested',
  'indicate',
  'indicated',
  'mention',
  'mentioned',
  'specify',
  'specified',
]);

/** Where a negation's reach ends going forward: at an embedded question, or a clause reported by a verb. */
function opensEmbeddedClause(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (!token) return false;
  if (EMBEDDED_QUESTION.has(token.lower)) return true;
  return token.lower === 'that' && REPORTING.has(tokens[i - 1]?.lower ?? '');
}

/** Words that open a reason, a condition or a time after a denied verb. */
const ADVERBIAL = new Set([
  'because',
  'due',
  'since',
  'after',
  'before',
  'despite',
  'although',
  'though',
  'while',
  'when',
  'unless',
  'until',
]);

/** A clause boundary between two tokens: punctuation other than a hyphen or apostrophe. */
function boundaryBetween(text: string, a: Token, b: Token): boolean {
  const [left, right] = a.index < b.index ? [a, b] : [b, a];
  return /[,;:()"!?.]|\s-\s/.test(text.slice(left.end, right.start));
}

/** A word a negation can be about: content, not a name or a number. */
const inScope = (token: Token) => !token.stop && !token.proper && token.value === null;

/**
 * The words a negation reaches going forward: the first run of content words after it, up to the next
 * function word or clause boundary ("did not respond | to repeated requests": the requests were made), and
 * through a light verb to its object ("will not hold | a formal meeting"). At most SCOPE_AFTER tokens.
 */
/** Nouns for what shows that something is so: "no evidence that …" denies the clause after it. */
const SIGNS = new Set(['evidence', 'sign', 'indication', 'proof', 'suggestion'].map(stemWord));
/** How far after "that" the clause's auxiliary is looked for, past its subject: "that the two leaders would". */
const CLAUSE_SUBJECT_REACH = 5;

/** How far after "nothing" its aside "…, X or otherwise" may end. */
const OTHERWISE_REACH = 12;

/** What sets an aside off: a comma, or a dash with a space before it. */
const ASIDE_MARK = /^\s*(?:,|\s[-–—])\s*$/;
/** How long an aside naming who says it may be: "would not, the White House press secretary said, be". */
const SAID_ASIDE_REACH = 12;

/**
 * Where the sentence goes on past an aside that opens before token `at` and names who says it ("would not,
 * Sanders told reporters, be holding a formal meeting"), or is one word ("did not, however, leave"): the
 * index of the word after it, or null.
 */
function pastSaidAside(sentence: Analyzed, at: number): number | null {
  const { tokens, text } = sentence;
  const open = text.slice((tokens[at - 1] as Token).end, (tokens[at] as Token).start);
  if (!ASIDE_MARK.test(open)) return null;
  for (let j = at + 1; j < Math.min(tokens.length, at + SAID_ASIDE_REACH); j++) {
    const close = text.slice((tokens[j - 1] as Token).end, (tokens[j] as Token).start);
    if (!/[,;:()"!?.–—]|\s-\s/.test(close)) continue;
    // …or of one word: "did not, however, leave the door open".
    const said = j - at === 1 || tokens.slice(at, j).some((t) => SPEECH.has(t.lower));
    return said && ASIDE_MARK.test(close) ? j : null;
  }
  return null;
}

function reachedAfter(sentence: Analyzed, negator: Token): Token[] {
  const { tokens, text } = sentence;
  const reached: Token[] = [];
  // "nothing, formal meeting or otherwise, had been scheduled", "Nothing has been scheduled for them, formal
  // meeting or otherwise": what the aside names is denied too.
  const otherwise = tokens.findIndex(
    (t, i) => i > negator.index && t.lower === 'otherwise' && tokens[i - 1]?.lower === 'or',
  );
  const aside = otherwise > negator.index && otherwise - negator.index <= OTHERWISE_REACH;
  if ((negator.lower === 'nothing' || negator.lower === 'none') && aside) {
    let start = otherwise - 1;
    while (
      start > negator.index + 1 &&
      !boundaryBetween(text, tokens[start - 1] as Token, tokens[start] as Token)
    )
      start--;
    const apart = /[;:.!?]/.test(text.slice(negator.end, (tokens[start] as Token).start));
    if (!apart)
      for (const token of tokens.slice(start, otherwise - 1)) if (inScope(token)) reached.push(token);
  }
  let last = Math.min(tokens.length - 1, negator.index + SCOPE_AFTER);
  let started = false;
  let clauseOfSign = false;
  // A verb the negation makes a clause of ("has never bothered", "did not manage", "were not able") may
  // reach the verb it takes after "to"; not a participle after a noun or in the passive ("officials not
  // cleared to discuss the talks", "they were not authorised to discuss").
  const auxiliary = tokens[negator.index - 1]?.lower ?? '';
  const makesClause = negator.lower === 'never' || AUXILIARY_VERBS.has(auxiliary);
  let resumed = -1;
  let objectRead = false;
  for (let i = negator.index + 1; i <= last; i++) {
    const token = tokens[i] as Token;
    // "would no longer be focusing on": "no longer" is one negator, of the verb after it.
    if (i === negator.index + 1 && negator.lower === 'no' && token.lower === 'longer') continue;
    if (opensEmbeddedClause(tokens, i)) break;
    // A comma between two words that qualify one noun is no pause: "no scheduled, formal meeting".
    const before = tokens[i - 1] as Token;
    const qualifies = (word: Token) => MODIFIERS.has(word.stem) || /[a-z]ed$/.test(word.lower);
    const listed =
      started && qualifies(before) && qualifies(token) && /^,\s*$/.test(text.slice(before.end, token.start));
    if (!listed && i !== resumed && boundaryBetween(text, before, token)) {
      // Who says it, in an aside, does not end what is denied: "would not, Sanders said, be holding …".
      const resume = pastSaidAside(sentence, i);
      if (resume === null) break;
      last = Math.min(tokens.length - 1, last + resume - i);
      resumed = resume;
      i = resume - 1;
      continue;
    }
    // A reason or a time is no object of the denial: "none would happen | because of scheduling problems".
    if (ADVERBIAL.has(token.lower)) break;
    const content = !token.stop;
    // "no evidence that Russia ordered it": a denied sign of something denies what it would be a sign of.
    // Past its subject and auxiliaries, the run goes on with the clause's verb.
    if (token.lower === 'that' && reached.length === 1 && SIGNS.has((reached[0] as Token).stem)) {
      const auxiliary = tokens
        .slice(i + 1, i + 1 + CLAUSE_SUBJECT_REACH)
        .find((t) => AUXILIARY_VERBS.has(t.lower));
      if (auxiliary) i = auxiliary.index;
      last = Math.min(tokens.length - 1, i + SCOPE_AFTER);
      started = false;
      clauseOfSign = !auxiliary;
      continue;
    }
    if (clauseOfSign && (token.stop || token.proper)) continue;
    clauseOfSign = false;
    if (started && !content) {
      // "never bothered to deny collusion", "did not manage to meet": a verb denied with the verb it takes
      // after "to" denies that verb too.
      const next = tokens[i + 1];
      const passive = PASSIVE.has(auxiliary) && isVerbForm(before);
      const infinitive =
        token.lower === 'to' &&
        reached.length === 1 &&
        makesClause &&
        !passive &&
        (isVerbForm(before) || before.index === negator.index + 1) &&
        next !== undefined &&
        looksBare(next);
      if (infinitive) {
        last = Math.min(tokens.length - 1, i + SCOPE_AFTER);
        continue;
      }
      // "Neither leader donned the oversized blue shirt": what neither did is denied with what it was done
      // to, past the article of its object.
      // "put on the …", "suited up in the …": a particle before the article too.
      const particle = OBJECT_PARTICLES.has(token.lower) && OPENING_OBJECT.has(tokens[i + 1]?.lower ?? '');
      const object =
        negator.lower === 'neither' &&
        !objectRead &&
        (OPENING_OBJECT.has(token.lower) || particle) &&
        reached.length >= 1;
      if (object) {
        objectRead = !particle;
        last = Math.min(tokens.length - 1, i + SCOPE_AFTER);
        continue;
      }
      // The run ends at a function word, unless all it held was a light verb ("hold a meeting").
      if (!reached.every((t) => LIGHT_VERBS.has(t.stem))) break;
      started = false;
      continue;
    }
    if (!content) continue;
    started = true;
    if (inScope(token)) reached.push(token);
  }
  return reached;
}

/**
 * Whether a word after "to" may be a verb's bare form, making "to" an infinitive's ("to deny", "to
 * discuss"), not a preposition's ("respond to repeated requests", "to reporters", "to Vietnam").
 */
function looksBare(word: Token): boolean {
  return (
    !word.stop && !word.capital && word.value === null && !isVerbForm(word) && !/[^s]s$/.test(word.lower)
  );
}

/** Particles of a verb that may stand before its object: "put on the shirt", "suited up in the shirt". */
const OBJECT_PARTICLES = new Set(['on', 'up', 'in', 'off']);

/** Words that open a noun phrase: a verb they follow has an object. */
const OPENING_OBJECT = new Set(['a', 'an', 'the', 'any', 'his', 'her', 'their', 'its', 'this', 'that']);

/**
 * Whether the verb right after "never" has an object: "the two presidents never held a formal meeting" denies
 * the meeting, not the presidents (as "a formal meeting never happened" denies the meeting before it).
 */
function takesObject(tokens: readonly Token[], negator: Token): boolean {
  const verb = tokens[negator.index + 1];
  return verb !== undefined && OPENING_OBJECT.has(tokens[verb.index + 1]?.lower ?? '');
}

/** Verbs that say a thing happened: "never took place", "did not happen", "never materialised". */
const OCCURRING = new Set(
  ['happen', 'occur', 'materialize', 'materialise'].flatMap((verb) => [
    verb,
    `${verb}s`,
    `${verb}ed`,
    `${verb}d`,
  ]),
);
const TAKING = new Set(['take', 'takes', 'took', 'taken', 'taking']);

/** Whether the negator denies that something happened: "never happened", "did not take place". */
function occurrenceAfter(tokens: readonly Token[], negator: Token): boolean {
  const verb = tokens[negator.index + 1];
  if (!verb) return false;
  return OCCURRING.has(verb.lower) || (TAKING.has(verb.lower) && tokens[verb.index + 1]?.lower === 'place');
}

/** Prepositions that join names to the thing they are of: "a meeting between Trump and Putin". */
const NAMING_PREPOSITIONS = new Set(['between', 'with', 'of', 'by', 'for', 'from']);
/** How many tokens back a subject's head is looked for past the names after it. */
const SUBJECT_HEAD_REACH = 14;

/**
 * The head of the subject of a denial that something happened, when names stand between the two: the words
 * before the preposition that joins the names to it ("a formal meeting | between Trump and Putin never took
 * place"). Names themselves are who, not what did not happen.
 */
function subjectHead(sentence: Analyzed, negator: Token): Token[] {
  const { tokens, text } = sentence;
  const phraseBefore = (end: number): Token[] => {
    const phrase: Token[] = [];
    for (let i = end; i >= 0; i--) {
      const token = tokens[i] as Token;
      if (token.stop || boundaryBetween(text, token, tokens[i + 1] as Token)) break;
      phrase.unshift(token);
    }
    return phrase;
  };
  let at = negator.index - 1;
  while (at >= 0 && (tokens[at] as Token).stop && !boundaryBetween(text, tokens[at] as Token, negator)) at--;
  if (at < 0 || boundaryBetween(text, tokens[at] as Token, negator)) return [];
  // A subject right before the denial is read as any word before a negation is (SCOPE_BEFORE).
  if (phraseBefore(at).some((token) => !token.capital)) return [];
  // Names: past them and the words joining them ("and") to the preposition, then the phrase before it.
  for (let i = at; i >= Math.max(0, negator.index - SUBJECT_HEAD_REACH); i--) {
    const token = tokens[i] as Token;
    if (boundaryBetween(text, token, tokens[i + 1] as Token)) return [];
    if (NAMING_PREPOSITIONS.has(token.lower))
      return phraseBefore(i - 1).filter((t) => inScope(t) && !t.capital);
    if (!token.capital && !token.stop) return [];
  }
  return [];
}

export interface NegationScope {
  negator: Token;
  /** Content stems the negation is about. */
  stems: Set<string>;
  /** The tokens it reaches, in the sentence's order. */
  reached: Token[];
}

/** The negations of a sentence and the content words each one reaches, read once per sentence. */
export const negationScopes = perSentence(readScopes);

function readScopes(sentence: Analyzed): NegationScope[] {
  const { tokens, text } = sentence;
  const scopes: NegationScope[] = [];
  for (const negator of tokens) {
    const off = deniesBefore(tokens, negator);
    if (!isNegator(tokens, negator) && !off) continue;
    // A denial denied is none: "did not rule out informal interactions" leaves them open.
    if (!NEGATORS.has(negator.lower) && deniedItself(tokens, negator)) continue;
    // "non-involvement", "a non-binding pledge": the one word it is joined to.
    if (nonPrefix(tokens, negator)) {
      const word = tokens[negator.index + 1] as Token;
      scopes.push({ negator, stems: new Set([word.stem]), reached: [word] });
      continue;
    }
    // Inside a hyphenated compound ("would-they-or-wouldn't-they-meet intrigue") a negator negates nothing.
    if (text[negator.start - 1] === '-' || text[negator.end] === '-') continue;
    const reached: Token[] = [];
    // Back over the words right before it ("a formal meeting never happened", "the meeting was off"), not
    // past a name: "Trump and Putin never met" denies no Trump.
    if ((negator.lower === 'never' && !takesObject(tokens, negator)) || off) {
      const before: Token[] = [];
      for (let i = negator.index - 1; i >= Math.max(0, negator.index - SCOPE_BEFORE); i--) {
        const token = tokens[i] as Token;
        if (boundaryBetween(text, negator, token) || (!token.stop && token.capital)) break;
        if (inScope(token)) before.unshift(token);
      }
      // "his campaign never worked with …": what is someone's is not denied, only what it never did.
      const opener = before[0] ? tokens[before[0].index - 1] : undefined;
      // A thing called off, or that never happened, is denied whoever's it was: "their meeting was off".
      const denied = off || occurrenceAfter(tokens, negator);
      if (denied || !POSSESSIVE_DETERMINERS.has(opener?.lower ?? '')) reached.unshift(...before);
    }
    // "A formal meeting between Trump and Putin never took place": what did not happen is the head of the
    // clause's subject, however many names follow it.
    if (NEGATORS.has(negator.lower) && occurrenceAfter(tokens, negator)) {
      reached.unshift(...subjectHead(sentence, negator).filter((token) => !reached.includes(token)));
    }
    // "The meeting was off", "had been called off minutes before …": said of what comes before it (where a
    // name stands right before, the clause's opening words), nothing after ("called off the meeting" still
    // reaches its object).
    if (off && offSaidOfBefore(tokens, negator)) {
      if (reached.length === 0) reached.push(...clauseOpening(sentence, negator));
    } else {
      const after = reachedAfter(sentence, negator);
      reached.push(
        ...after,
        ...predicateOfNone(sentence, negator, after),
        ...namedAfterWhat(sentence, negator),
      );
    }
    scopes.push({ negator, stems: new Set(reached.map((token) => token.stem)), reached });
  }
  return scopes;
}

/** Verbs that join a subject to what is said of it: "no meeting | was | on the calendar", "will be held". */
const joinsSubject = (token: Token | undefined) =>
  token !== undefined && (AUXILIARY_VERBS.has(token.lower) || PASSIVE.has(token.lower));

/** A verb's participle, regular or not ("anticipated", "held", "taken"). */
const participle = (token: Token) => isPastForm(token) || /[a-z]en$/.test(token.lower);

/**
 * What a clause whose subject "no" opens says was done to that subject, up to a pause: "no scheduled, formal
 * meeting was on the calendar or anticipated" denies the anticipating too, as "is not anticipated" does;
 * participles only ("no formal meeting would be held during the two-day summit" denies no day).
 */
function predicateOfNone(sentence: Analyzed, negator: Token, subject: readonly Token[]): Token[] {
  const { tokens, text } = sentence;
  const end = subject.at(-1);
  if (negator.lower !== 'no' || !end) return [];
  let i = end.index + 1;
  if (!joinsSubject(tokens[i])) return [];
  while (joinsSubject(tokens[i])) i++;
  const predicate: Token[] = [];
  for (let k = end.index + 1; k < Math.min(tokens.length, i + SCOPE_AFTER); k++) {
    const token = tokens[k] as Token;
    if (boundaryBetween(text, tokens[k - 1] as Token, token) || ADVERBIAL.has(token.lower)) break;
    if (opensEmbeddedClause(tokens, k)) break;
    if (inScope(token) && participle(token)) predicate.push(token);
  }
  return predicate;
}

/** How far past "what never happened" its "was" may stand, an aside between: ", in the end, was". */
const WHAT_WAS_REACH = 8;

/**
 * What a pseudo-cleft names after its "was": "What never happened, in the end, was a formal meeting" denies
 * the formal meeting. Empty for any other negation.
 */
function namedAfterWhat(sentence: Analyzed, negator: Token): Token[] {
  const { tokens } = sentence;
  if (tokens[negator.index - 1]?.lower !== 'what' || !occurrenceAfter(tokens, negator)) return [];
  const was = tokens
    .slice(negator.index + 2, negator.index + 2 + WHAT_WAS_REACH)
    .find((t) => t.lower === 'was' || t.lower === 'is' || t.lower === 'were');
  if (!was) return [];
  const out: Token[] = [];
  for (const token of tokens.slice(was.index + 1, was.index + 1 + SCOPE_AFTER)) {
    if (boundaryBetween(sentence.text, was, token)) break;
    if (inScope(token)) out.push(token);
  }
  return out;
}

/** Words that say whose a thing is: a thing so named exists, and a negation after it denies none of it. */
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** How far before a negation its subject's name is looked for: "Manafort and Rick Gates, who have pleaded not". */
const SUBJECT_REACH = 8;

/**
 * The names just before the negation that reaches `stem`: whom it is said of ("Manafort and Gates … have
 * pleaded not guilty"). Empty when no name stands there.
 */
export function negationSubjects(sentence: Analyzed, stem: string): Token[] {
  const scope = negationScopes(sentence).find((s) => s.stems.has(stem));
  if (!scope) return [];
  const at = scope.negator.index;
  return sentence.tokens.slice(Math.max(0, at - SUBJECT_REACH), at).filter((token) => token.proper);
}

/** How many tokens past the last word a negation reaches its object is looked for (negationClause). */
const OBJECT_REACH = 4;

/**
 * The stems of the clause a negation of `stem` stands in, `stem` aside: from its subject (within
 * SUBJECT_REACH before the negator, not past a comma) to the last word it reaches. A clash over one word is
 * only a contradiction when the two sentences also share something else of this clause: "there was never
 * a meeting confirmed" says nothing against "Sanders' statement confirmed what the Russians said".
 */
export function negationClause(sentence: Analyzed, stem: string): Set<string> {
  const { tokens, text } = sentence;
  const scope = negationScopes(sentence).find((s) => s.stems.has(stem));
  const out = new Set<string>();
  if (!scope) return out;
  const at = scope.negator.index;
  for (let i = at - 1; i >= Math.max(0, at - SUBJECT_REACH); i--) {
    const token = tokens[i] as Token;
    if (boundaryBetween(text, token, scope.negator)) break;
    if (!token.stop) out.add(token.stem);
  }
  // "negotiated openly with the Kremlin, not behind the scenes": a "not" set off by a comma denies its
  // words of the clause before the comma.
  const before = tokens[at - 1];
  if (scope.negator.lower === 'not' && before && text.slice(before.end, scope.negator.start).includes(',')) {
    for (let i = before.index; i >= 0; i--) {
      const token = tokens[i] as Token;
      if (boundaryBetween(text, token, before)) break;
      if (!token.stop) out.add(token.stem);
    }
  }
  const reached = reachedAfter(sentence, scope.negator);
  for (const token of reached) out.add(token.stem);
  // And the object of the word denied: "refused to leave | the door open" is about the door.
  const end = reached.at(-1);
  for (const token of end ? tokens.slice(end.index + 1, end.index + 1 + OBJECT_REACH) : []) {
    if (boundaryBetween(text, end as Token, token) || opensEmbeddedClause(tokens, token.index)) break;
    if (inScope(token)) out.add(token.stem);
  }
  const clause: Token[] = [];
  for (const token of tokens.slice(at + 1)) {
    if (boundaryBetween(text, scope.negator, token)) break;
    if (token.proper) out.add(token.stem);
    clause.push(token);
  }
  // "“…, is there something sufficiently substantive?” Tillerson said. “No conclusion has been made on that.”":
  // a clause ending on "that" after a preposition is about what the words before it said.
  const end2 = clause.at(-1);
  if (end2 && ANAPHORS.has(end2.lower) && ANAPHOR_PREPOSITIONS.has(tokens[end2.index - 1]?.lower ?? '')) {
    for (const token of tokens.slice(0, at)) if (!token.stop) out.add(token.stem);
  }
  out.delete(stem);
  return out;
}

/** Words that end a clause standing for what came before: "made on that", "said nothing about it". */
const ANAPHORS = new Set(['that', 'this', 'it']);
const ANAPHOR_PREPOSITIONS = new Set(['on', 'about', 'of', 'over', 'to']);

/** Phrases that open a sentence's topic: "in terms of …", "as for …", "when it comes to …". */
const TOPIC_OPENERS = ['in terms of', 'as for', 'as to', 'when it comes to', 'with regard to', 'regarding'];

/**
 * How far before a negator a topic phrase may open: "As for a scheduled, formal meeting, Sanders said there
 * was simply nothing", "In terms of a scheduled, formal meeting, the press secretary said, there was nothing".
 */
const TOPIC_REACH = 16;

/**
 * Where a topic phrase opens before the negator ("in terms of", "as for"), as a token index, or -1: what
 * the negation denies reaches back to it.
 */
function topicStart(tokens: readonly Token[], negator: Token): number {
  for (let i = negator.index - 1; i >= Math.max(0, negator.index - TOPIC_REACH); i--) {
    const words = tokens.slice(i, negator.index).map((t) => t.lower);
    if (TOPIC_OPENERS.some((opener) => words.join(' ').startsWith(`${opener} `))) return i;
  }
  return -1;
}

/** How far a subject a "no" denies may take its clause: "no formal meeting was on the calendar or anticipated". */
const SUBJECT_CLAUSE_REACH = 14;

/** The last token of the clause a token is in, up to the next pause, within SUBJECT_CLAUSE_REACH. */
function endOfClause(sentence: Analyzed, from: Token): number {
  const { tokens, text } = sentence;
  let end = from.index;
  while (
    end + 1 < tokens.length &&
    end + 1 - from.index <= SUBJECT_CLAUSE_REACH &&
    !boundaryBetween(text, tokens[end] as Token, tokens[end + 1] as Token)
  )
    end++;
  return end;
}

/** Forms of "be" that may follow a negation before its verb: "will not be sitting down". */
const BE = new Set(['be', 'been', 'being']);

/** How far around a negation a word may be touched by it at all (see negationReach). */
const REACH = 6;

/**
 * Every content stem a negation of this sentence might touch: a wide window around each negator within its
 * clause. A word a sentence negates is only a clash with a sentence that leaves it outside this reach:
 * "did not sit down for a formal meeting" says nothing for "formal meeting", though its negation is of
 * "sit down".
 */
export const negationReach = perSentence(readReach);

/** Words that set what follows against what came before: no negation after one reaches back past it. */
const CONTRASTS = new Set(['but', 'yet', 'although', 'though', 'whereas']);

/** Words that stand for a thing named before them: "there's not one", "there is not any". */
const PRO_FORMS = new Set(['one', 'any']);

function readReach(sentence: Analyzed): Set<string> {
  const { tokens, text } = sentence;
  const out = new Set<string>();
  for (const negator of tokens) {
    if (!isNegator(tokens, negator) && !deniesBefore(tokens, negator)) continue;
    // A denial denied is none: "did not rule out informal interactions" leaves them open.
    if (!NEGATORS.has(negator.lower) && deniedItself(tokens, negator)) continue;
    const topic = topicStart(tokens, negator);
    const from = topic >= 0 ? topic : Math.max(0, negator.index - REACH);
    // "will not be sitting down for a formal meeting": an auxiliary right after the negation takes no room.
    let after = negator.index + 1;
    while (BE.has(tokens[after]?.lower ?? '')) after++;
    // "no scheduled formal meeting was on the calendar or anticipated": a subject denied takes its whole
    // clause with it.
    const clauseEnd = negator.lower === 'no' ? endOfClause(sentence, negator) : -1;
    const to = Math.max(clauseEnd, Math.min(tokens.length - 1, after - 1 + REACH));
    // "In terms of a formal meeting, there's not one": a denial of "one" or "none" is of what came before,
    // past the comma.
    // So is a denial after a topic set off by a comma: "in terms of a scheduled, formal meeting, there is
    // nothing on the calendar".
    const standsFor =
      negator.lower === 'none' || PRO_FORMS.has(tokens[negator.index + 1]?.lower ?? '') || topic >= 0;
    // "had been confirmed but would not take place": a contrast before the negation ends its reach back.
    let start = from;
    for (let i = negator.index - 1; i >= from; i--) {
      if (CONTRASTS.has((tokens[i] as Token).lower)) {
        start = i + 1;
        break;
      }
    }
    for (let i = start; i <= to; i++) {
      const token = tokens[i] as Token;
      if (i > negator.index && opensEmbeddedClause(tokens, i)) break;
      const apart = boundaryBetween(text, negator, token) && !(standsFor && i < negator.index);
      if (inScope(token) && !apart) out.add(token.stem);
    }
  }
  // What a negation denies it reaches, past an aside too ("would not, Sanders said, be holding …").
  for (const scope of negationScopes(sentence)) for (const stem of scope.stems) out.add(stem);
  return out;
}

/**
 * The words a negation puts just before `stem` in its reach: what narrows the thing denied ("no formal
 * meeting", "would not formally meet"). Denying a formal meeting is no denial of a meeting.
 */
export function negatedQualifiers(sentence: Analyzed, stem: string): string[] {
  const scope = negationScopes(sentence).find((s) => s.stems.has(stem));
  if (!scope) return [];
  const { reached } = scope;
  const at = reached.findIndex((token) => token.stem === stem);
  const before = reached[at - 1];
  const adjoining = at > 0 && before && before.index === (reached[at] as Token).index - 1;
  // Only a word that is mostly an adjective or adverb narrows: "will not keep focusing" denies the focus.
  return adjoining && MODIFIERS.has(before.stem) ? [before.stem] : [];
}

/**
 * The word a denied word stands before in the negation's reach, if any: the head of the thing denied
 * ("prevent dangerous | incidents"). A clash over "dangerous" is about incidents.
 */
export function deniedHead(sentence: Analyzed, stem: string): string | null {
  const scope = negationScopes(sentence).find((s) => s.stems.has(stem));
  if (!scope) return null;
  const { reached } = scope;
  const at = reached.findIndex((token) => token.stem === stem);
  const next = reached[at + 1];
  return at >= 0 && next && next.index === (reached[at] as Token).index + 1 ? next.stem : null;
}

/** Stems under a negation in this sentence. */
export const negatedStems = perSentence((sentence: Analyzed): ReadonlySet<string> => {
  const out = new Set<string>();
  for (const scope of negationScopes(sentence)) for (const stem of scope.stems) out.add(stem);
  return out;
});

/** The shortest word after "un" read as that word denied ("un|answered"); shorter rests ("un|it") are not. */
const MIN_UN_REST = 4;

/**
 * The stems a sentence denies with a word of its own: "unanswered" denies "answer", "unannounced" denies
 * "announce" (the stem denied → the word that denies it). Read only against a stem the other sentence
 * speaks of, so "united" or "under" never count.
 */
export const deniedByPrefix = perSentence(
  (sentence): Map<string, Token> =>
    new Map(
      sentence.tokens
        .filter(
          // Not in a name: "the United States" denies no "ited".
          (token) => !token.proper && token.lower.startsWith('un') && token.lower.length - 2 >= MIN_UN_REST,
        )
        .map((token) => [stemWord(token.lower.slice(2)), token]),
    ),
);

/**
 * The tokens a sentence only plans, hopes for or questions, by index: within reach of a cue, and the words
 * right after such a word in the same phrase ("negotiated with the Kremlin over holding a formal | meeting").
 */
/**
 * The tokens inside an embedded question ("over whether Trump had accepted Putin's assurances that Russia had
 * not meddled"): "whether" or "if" holds all of its clause, however long, up to the next pause.
 */
const questionedTokens = perSentence((sentence: Analyzed): boolean[] => {
  const { tokens, text } = sentence;
  const out: boolean[] = [];
  let asked = false;
  // "whether, when the two leaders meet, there is …": a clause set off right after the question word is
  // inside the question, and the question goes on past it.
  let aside = false;
  for (const token of tokens) {
    const previous = tokens[token.index - 1];
    if (previous && boundaryBetween(text, previous, token)) {
      if (asked && EMBEDDED_QUESTION.has(previous.lower)) aside = true;
      else if (aside) aside = false;
      else asked = false;
    }
    out.push(asked || inQuestion(text, token));
    if (EMBEDDED_QUESTION.has(token.lower)) asked = true;
  }
  return out;
});

/**
 * Whether a token lies in a question the sentence quotes: between the start (or a stop or quotation mark)
 * and a question mark ("When the two leaders meet, is there something sufficiently substantive?" asserts no
 * meeting).
 */
function inQuestion(text: string, token: Token): boolean {
  const end = text.indexOf('?', token.end);
  if (end < 0) return false;
  return !/[.!;"\u201C\u201D]/u.test(text.slice(token.end, end));
}

const hypotheticalTokens = perSentence((sentence: Analyzed): boolean[] => {
  const { tokens, text } = sentence;
  const questioned = questionedTokens(sentence);
  const out: boolean[] = [];
  const bargained = new Set<number>();
  for (const cue of tokens) {
    if (!BARGAINING.has(cue.stem)) continue;
    const over = tokens
      .slice(cue.index + 1)
      .find((t) => BARGAINED_OVER.has(t.lower) || boundaryBetween(text, cue, t));
    if (!over || !BARGAINED_OVER.has(over.lower)) continue;
    for (const t of tokens.slice(over.index + 1, over.index + 1 + BARGAINED_REACH)) {
      if (boundaryBetween(text, over, t)) break;
      bargained.add(t.index);
    }
  }
  for (const token of tokens) {
    const cued =
      bargained.has(token.index) ||
      tokens.slice(Math.max(0, token.index - HYPOTHETICAL_REACH), token.index).some(
        (cue) =>
          HYPOTHETICAL.has(cue.stem) &&
          !boundaryBetween(text, cue, token) &&
          // Not past a contrast: "possible but not likely" says how likely it is.
          !tokens.slice(cue.index + 1, token.index).some((t) => t.lower === 'but'),
      );
    const before = tokens[token.index - 1];
    const following =
      out[token.index - 1] === true &&
      !token.stop &&
      before !== undefined &&
      !boundaryBetween(text, before, token);
    out.push(cued || following || questioned[token.index] === true);
  }
  return out;
});

/** Whether the word with this stem is only asked about: "whether Trump accepted" asserts no acceptance. */
export function isQuestioned(sentence: Analyzed, stem: string): boolean {
  const questioned = questionedTokens(sentence);
  return sentence.tokens.some((token) => token.stem === stem && questioned[token.index]);
}

/** Whether the word with this stem is asserted, or only planned, hoped for or in question. */
export function isHypothetical(sentence: Analyzed, stem: string): boolean {
  const hypothetical = hypotheticalTokens(sentence);
  return sentence.tokens.some((token) => token.stem === stem && hypothetical[token.index]);
}

/**
 * Whether the negation that reaches a stem is itself only in question: "a dust-up over whether Trump
 * accepted Putin's assurances there was no | Russian involvement" asserts no denial.
 */
export function denialInQuestion(sentence: Analyzed, stem: string): boolean {
  const scope = negationScopes(sentence).find((s) => s.stems.has(stem));
  return scope !== undefined && hypotheticalTokens(sentence)[scope.negator.index] === true;
}

/** How far after "every", "all" or "any" the thing it counts is looked for: "every single APEC event". */
const QUANTIFIED_REACH = 4;
/** How far before "any" a negation may stand: "were not granted access to any of the events". */
const ANY_REACH = 6;

/** The first content word within reach after a token, not a name: what "every" or "any" is said of. */
function quantified(sentence: Analyzed, token: Token): Token | undefined {
  return sentence.tokens
    .slice(token.index + 1, token.index + 1 + QUANTIFIED_REACH)
    .filter((t) => !t.stop && !t.proper && t.lower !== 'single' && t.lower !== 'one')
    .at(0);
}

/** Prepositions of being kept out: "kept out of every event", "barred from all events". */
const EXCLUDED_FROM = new Set(['of', 'from']);
/** Past participles of keeping someone from a thing: what they were denied "every" of, they had none of. */
const REFUSED = new Set(['denied', 'refused', 'barred', 'banned']);

/** Stems a sentence says all of: "every single APEC event", "all the events", "each of the events". */
export const allOf = perSentence((sentence: Analyzed): Set<string> => {
  const denied = negatedStems(sentence);
  const out = new Set<string>();
  for (const token of sentence.tokens) {
    if (token.lower !== 'every' && token.lower !== 'all' && token.lower !== 'each') continue;
    // "kept out of every event", "barred from all of them": what one is kept from one is not in; nor is
    // a denial of all a claim of all ("were denied access to all the events").
    if (EXCLUDED_FROM.has(sentence.tokens[token.index - 1]?.lower ?? '')) continue;
    const denial = negationScopes(sentence).some(
      ({ negator }) =>
        negator.index < token.index &&
        negator.index >= token.index - ANY_REACH &&
        !boundaryBetween(sentence.text, negator, token),
    );
    if (denial) continue;
    // "with journalists denied access to every event": denied it, with "were" left out.
    const refused = sentence.tokens
      .slice(Math.max(0, token.index - ANY_REACH), token.index)
      .some((t) => REFUSED.has(t.lower) && !boundaryBetween(sentence.text, t, token));
    if (refused) continue;
    const thing = quantified(sentence, token);
    if (thing && !denied.has(thing.stem)) out.add(thing.stem);
  }
  return out;
});

/** Stems a sentence says none of: "not … any of the APEC events", "no events", "none of the events". */
export const noneOf = perSentence((sentence: Analyzed): Set<string> => {
  const { tokens, text } = sentence;
  const out = new Set(negatedStems(sentence));
  for (const token of tokens) {
    if (token.lower !== 'any' && token.lower !== 'none') continue;
    const negated =
      token.lower === 'none' ||
      tokens
        .slice(Math.max(0, token.index - ANY_REACH), token.index)
        .some((t) => NEGATORS.has(t.lower) && !boundaryBetween(text, t, token));
    const thing = quantified(sentence, token);
    if (negated && thing) out.add(thing.stem);
  }
  return out;
});
