import { type Analyzed, analyze } from '../match/analyze';
import { perSentence } from '../match/per-sentence';
import { WEEKDAYS } from '../text/calendar';
import { isAllQuotation } from '../text/quotation';
import { isAdverb, isVerbForm, stemWord, type Token } from '../text/tokenize';
import { abbreviatedEitherWay, acronymForms } from './acronyms';
import { MODIFIERS, PASSIVE, withheldRemark } from './negation';
import { isDemonym, isPlaceName, samePlace } from './places';
import { ROLES, SPEECH } from './speech';
import { TIMES } from './tone';

/** Verbs whose object is the one spoken to ("told CNN"), never the speaker. */
const ADDRESSED = new Set(['told', 'tell', 'tells', 'telling', 'informed', 'assured', 'reminded']);
/** Forms of "be" before a verb of saying in -ing: "Peskov was telling reporters". */
const PROGRESSIVE = new Set(['is', 'are', 'was', 'were']);
/**
 * Words allowed between a speaker's name and the verb: "Sanders has told", "the Kremlin also said",
 * "Tillerson did say", "Peskov would later say".
 */
const BRIDGE = new Set([
  'has',
  'have',
  'had',
  'did',
  'does',
  'will',
  'would',
  'also',
  'later',
  'then',
  'quickly',
  'nonetheless',
  'nevertheless',
  'however',
  'meanwhile',
  'again',
  'released',
  'issued',
  'a',
  'who',
  // "Tillerson declined to say whether …, telling reporters that …": who withholds one remark makes the next.
  'to',
  'declined',
  'refused',
]);

/** Words between "it" and a verb of saying in an impersonal report: "it is said", "it has widely been reported". */
const IMPERSONAL_BRIDGE = new Set([
  'is',
  'was',
  'has',
  'had',
  'been',
  'being',
  'also',
  'widely',
  'now',
  'generally',
]);

/** "It is reported that", "it was said": the verb in the passive after "it". */
function impersonal(tokens: readonly Token[], verb: Token): boolean {
  let j = verb.index - 1;
  if (!IMPERSONAL_BRIDGE.has(tokens[j]?.lower ?? '')) return false;
  while (IMPERSONAL_BRIDGE.has(tokens[j]?.lower ?? '')) j--;
  return tokens[j]?.lower === 'it';
}

/** Who a verb of saying in the passive names after "by" ("stated by the press secretary, Sarah Sanders"). */
function agentAfter(sentence: Analyzed, verb: Token): string | null {
  const { tokens } = sentence;
  if (tokens[verb.index + 1]?.lower !== 'by') return null;
  return openingName(sentence, tokens[verb.index + 2]?.lower === 'the' ? verb.index + 3 : verb.index + 2);
}

/** A speaker with role and organisation is rarely longer than this many words. */
const MAX_SPEAKER_WORDS = 7;

/** Hedges: the source reports rather than asserts. */
const HEDGES =
  /\b(reportedly|allegedly|according to|is said to|are said to|were said to|appeared to|rumou?red|unconfirmed|claimed)\b/i;

function isName(token: Token | undefined): token is Token {
  // "In a Saturday statement, the Kremlin said": a day is no one.
  return !!token && token.capital && !token.stop && token.value === null && !WEEKDAYS.has(token.lower);
}

/** "Secretary of State Rex Tillerson": an "of" between two capitalised words is part of a title. */
const ofInTitle = (tokens: readonly Token[], i: number): boolean =>
  tokens[i]?.lower === 'of' &&
  ((isName(tokens[i - 1]) && isName(tokens[i + 1])) ||
    // "chief of staff John Kelly": an office's own "of", lower case.
    (ROLES.has(tokens[i - 1]?.lower ?? '') && tokens[i + 1] !== undefined && !tokens[i + 1]?.stop));

/** "As Ushakov put it, …", "Here's how McMaster put it: …": who puts it so says it. */
const putsIt = (tokens: readonly Token[], token: Token): boolean =>
  token.lower === 'put' && tokens[token.index + 1]?.lower === 'it';

/** Prepositions: a name after one is where, when or with whom something is said, not who says it. */
const PREPOSITIONS = new Set(
  'aboard about above across after against along amid among around at before behind beside besides between beyond by despite during for from in inside into near of off on onto outside over past since through throughout to toward towards under until upon with within without'.split(
    ' ',
  ),
);

/**
 * Punctuation between two tokens ends a name: "trip through Asia, Trump told" names Trump alone. A dash does
 * too, set off by spaces where it is a hyphen ("Ushakov — speaking before the encounters — said"), not the
 * hyphen inside a word ("Putin-Trump").
 */
const PAUSE = /[,;:"()\u2013\u2014]|\s-\s/;

function separated(sentence: Pick<Analyzed, 'text'>, left: Token, right: Token | undefined): boolean {
  return !!right && PAUSE.test(sentence.text.slice(left.end, right.start));
}

/** An aside of one word set off by commas: ", however,", ", meanwhile,". */
const ONE_WORD_ASIDE = /^\s*,\s*\p{L}+\s*,\s*$/u;

/** The longest aside between a speaker's name and the verb: "Sanders, briefing reporters in China, said". */
const MAX_ASIDE = 16;

/**
 * The last token before an aside that ends at token `end` with a comma: the name the aside is about, or `end`
 * itself when there is no such aside (no opening comma within reach, or no name before it).
 */
function beforeAside(sentence: Analyzed, end: number): number {
  const { tokens } = sentence;
  for (let k = end - 1; k >= Math.max(0, end - MAX_ASIDE); k--) {
    const token = tokens[k] as Token;
    if (!separated(sentence, token, tokens[k + 1])) continue;
    // The aside opens after a name and holds no name of its own before its verb ("Sanders, briefing").
    return isName(token) && !isName(tokens[k + 1]) ? k : end;
  }
  return end;
}

/**
 * A full name set off by commas right before the verb, after its title: "the US Secretary of State, Rex
 * Tillerson, said". Two names or more, so that a place ending a phrase ("in Vietnam, said") is none.
 */
function appositionBefore(sentence: Analyzed, end: number, verb: Token): string | null {
  const { tokens } = sentence;
  const last = tokens[end];
  if (!last || !isName(last) || !separated(sentence, last, verb)) return null;
  let first = end;
  while (
    isName(tokens[first - 1]) &&
    !separated(sentence, tokens[first - 1] as Token, tokens[first] as Token)
  )
    first--;
  const opening = tokens[first - 1];
  if (end - first < 1 || !opening || !separated(sentence, opening, tokens[first] as Token)) return null;
  // With the title before the comma where it names an office: "the White House chief of staff, John Kelly"
  // is one person of the White House, told apart from another by name.
  let title = first - 1;
  while (title > 0 && first - title < MAX_SPEAKER_WORDS) {
    const word = tokens[title - 1] as Token;
    const of = word.lower === 'of' && !tokens[title - 2]?.stop && !tokens[title]?.stop;
    // Whose office it is, as a possessive, is no part of it: "the city's harbour master, Ole Berg".
    if (
      (word.stop && !of) ||
      word.value !== null ||
      /'s$/.test(word.lower) ||
      separated(sentence, word, tokens[title] as Token)
    )
      break;
    title--;
  }
  const office = tokens.slice(title, first);
  const from = office.some((t) => ROLES.has(t.lower)) ? title : first;
  return tokens
    .slice(from, end + 1)
    .map((t) => t.text)
    .join(' ');
}

/** A word right before a colon that opens a quotation says it, whatever verb it is: "Peskov bristled: "…"". */
function introducesQuotation(sentence: Analyzed, token: Token): boolean {
  return /^\s*:\s*["\u201C']/u.test(sentence.text.slice(token.end, token.end + 4));
}

/** A possessive ending: "Tillerson's". */
const POSSESSIVE = /['\u2019]s$/u;

/**
 * "It was Rex Tillerson, speaking in South Korea, who told Kim Jong Un …": who a cleft sentence puts first
 * says it, past an aside, where a verb of saying follows its "who".
 */
function cleftSpeaker(sentence: Analyzed): string | null {
  const { tokens, text } = sentence;
  // "It was", "it is", and "it's" written as one word.
  const at = tokens.findIndex(
    (t, i) => (t.lower === 'it' && /^(was|is)$/.test(tokens[i + 1]?.lower ?? '')) || t.lower === "it's",
  );
  if (at < 0) return null;
  const it = tokens[at]?.lower === "it's" ? at - 1 : at;
  // "It was the White House that put out a statement": past the article.
  const from = tokens[it + 2]?.lower === 'the' ? it + 3 : it + 2;
  // "it's White House chief of staff John Kelly telling reporters …": a name, then a participle of saying.
  const telling = tokens.findIndex(
    (t, i) => i > from && i <= from + MAX_SPEAKER_WORDS && SPEECH.has(t.lower) && /ing$/.test(t.lower),
  );
  const first = tokens[from];
  const named = tokens[telling - 1];
  if (telling > from && first && named && isName(first) && isName(named)) {
    const phrase = text.slice(first.start, named.end);
    if (!/[,;:"]/.test(phrase)) return phrase;
  }
  const name = openingName(sentence, from);
  if (!name) return null;
  const who = tokens.findIndex((t, i) => i > from && (t.lower === 'who' || t.lower === 'that'));
  if (who < 0 || !tokens.slice(who + 1).some((t) => SPEECH.has(t.lower))) return null;
  // Only the name and an aside set off by commas stand between: "Tillerson, speaking in South Korea, who".
  const between = sentence.text.slice((tokens[from - 1] as Token).end, (tokens[who] as Token).start);
  return between.trim().startsWith(name) && /^[^,]*(,[^,]*,)?\s*$/.test(between.trim().slice(name.length))
    ? name
    : null;
}

/** Who the sentence attributes its content to, as written ("the Kremlin", "Sarah Sanders"), or null. */
function readSpeaker(sentence: Analyzed): string | null {
  const cleft = cleftSpeaker(sentence);
  if (cleft) return cleft;
  const { tokens } = sentence;
  const quoted = quotedToken(sentence);
  // Where what an impersonal report reports begins, once one is read.
  let reported = -1;
  for (const verb of tokens) {
    // "As presidential aide Yuri Ushakov put it, "…"": who puts it so says it.
    if (!SPEECH.has(verb.lower) && !putsIt(tokens, verb) && !introducesQuotation(sentence, verb)) continue;
    // A verb inside a quotation is part of the remark: ""President Putin denied such involvement," he said".
    if (quoted[verb.index]) continue;
    // "according to X" and "said X": the name follows.
    let i = verb.lower === 'according' ? verb.index + 2 : verb.index + 1;
    const after: Token[] = [];
    // Not past a pause: "She added: “Nobody …”" names no one after the verb.
    // Nor after a participle: "a statement saying Trump and Putin had met" has them met, not saying it.
    while (
      !ADDRESSED.has(verb.lower) &&
      (verb.lower === 'according' || !/ing$/.test(verb.lower)) &&
      isName(tokens[i]) &&
      !separated(sentence, after.at(-1) ?? verb, tokens[i])
    )
      after.push(tokens[i++] as Token);
    // "…, said the Russian presidential aide Yuri Ushakov, "…"": past "the", a title ending on a name.
    if (
      after.length === 0 &&
      tokens[i]?.lower === 'the' &&
      !ADDRESSED.has(verb.lower) &&
      !/ing$/.test(verb.lower)
    ) {
      const run: Token[] = [];
      for (let k = i + 1; k < tokens.length && run.length < MAX_SPEAKER_WORDS; k++) {
        const word = tokens[k] as Token;
        if (word.stop || word.value !== null || separated(sentence, tokens[k - 1] as Token, word)) break;
        run.push(word);
      }
      while (run.length > 0 && !isName(run.at(-1))) run.pop();
      if (run.some((t) => isName(t)) && run.length >= 2) after.push(...run);
    }
    // "It is reported that …": an impersonal report names no one. What it reports may open on who said it
    // ("It is reported that Mr. Tillerson confirmed …"); a verb of saying further in is part of what is
    // reported ("… the President raised it more than once, and that Putin denied it").
    if (reported >= 0 && verb.index - reported > MAX_SPEAKER_WORDS + 1) return null;
    if (impersonal(tokens, verb)) {
      // "It was stated by White House press secretary Sarah Sanders that …": the agent says it.
      const agent = agentAfter(sentence, verb);
      if (agent) return agent;
      reported = verb.index + (tokens[verb.index + 1]?.lower === 'that' ? 2 : 1);
      continue;
    }
    // "Reporters were told by Kremlin spokesman Dmitry Peskov that …": so does any passive's agent.
    if (PASSIVE.has(tokens[verb.index - 1]?.lower ?? '')) {
      const agent = agentAfter(sentence, verb);
      if (agent) return agent;
    }
    // "X said": the name precedes, possibly with a bridge word between.
    let j = verb.index - 1;
    // "Ushakov was telling reporters": a form of "be" before a verb in -ing is no passive.
    const progressive = /ing$/.test(verb.lower);
    // An adverb is no part of the speaker either: "Mr. Tillerson expressly confirmed".
    while (
      tokens[j] &&
      (BRIDGE.has((tokens[j] as Token).lower) ||
        isAdverb(tokens[j] as Token) ||
        (progressive && PROGRESSIVE.has((tokens[j] as Token).lower)))
    )
      j--;
    // "The President, he said, had pressed Putin …, and Putin had denied": the first verb of saying is the
    // pronoun's, and the ones after it are in its remark.
    if (PERSONAL_PRONOUNS.has(tokens[j]?.lower ?? '') && j === verb.index - 1)
      return namedBeforePronoun(sentence);
    // "Mnuchin is the one who told reporters": the name before "is the one".
    if (
      tokens[j]?.lower === 'one' &&
      tokens[j - 1]?.lower === 'the' &&
      /^(is|was)$/.test(tokens[j - 2]?.lower ?? '')
    )
      j -= 3;
    // "Trump's stated rationale": a possessive right before the word makes it no verb of saying.
    if (j === verb.index - 1 && /'s$/.test(tokens[j]?.lower ?? '')) continue;
    // A participle after a comma has the sentence's subject for its speaker, never a name an aside before it
    // ends on: "In China, the secretary declined to comment, explaining that …" is no word of China's.
    const previousToken = tokens[verb.index - 1];
    if (
      /ing$/.test(verb.lower) &&
      verb.lower !== 'according' &&
      previousToken &&
      separated(sentence, previousToken, verb)
    ) {
      // Past a participle the sentence opens on: "Briefing reporters in China, the secretary …, explaining".
      const [first, second] = tokens;
      const opensOnParticiple = first && isVerbForm(first) && second && !second.capital;
      const clauseStart = opensOnParticiple
        ? tokens.findIndex((t, i) => i > 0 && separated(sentence, tokens[i - 1] as Token, t))
        : 0;
      const subject = clauseStart < 0 ? null : openingName(sentence, clauseStart);
      if (subject) return subject;
      continue;
    }
    const before: Token[] = [];
    const apposed = appositionBefore(sentence, j, verb);
    if (apposed) return apposed;
    // "X, briefing reporters in China, said": the name before an aside set off by commas says it.
    // "Rex Tillerson, however, declared": one word set off by commas is no pause between name and verb.
    const apart =
      tokens[j] !== undefined &&
      separated(sentence, tokens[j] as Token, verb) &&
      !ONE_WORD_ASIDE.test(sentence.text.slice((tokens[j] as Token).end, verb.start));
    const aside = apart ? beforeAside(sentence, j) : j;
    // "according to X" names no one before it, nor does a name set off by a comma ("in Vietnam, said X").
    if (aside !== j) j = aside;
    else if (verb.lower === 'according' || apart) j = -1;
    // A role after the organisation's name: "senior White House officials told CNN".
    const role = tokens[j];
    const named = tokens[j - 1];
    if (role && !role.stop && !role.capital && isName(named) && !separated(sentence, named, role)) {
      before.unshift(role);
      j--;
    }
    const takeNames = () => {
      while (
        isName(tokens[j]) &&
        !(before.length && separated(sentence, tokens[j] as Token, before[0] as Token))
      )
        before.unshift(tokens[j--] as Token);
    };
    takeNames();
    // "Senator Jane Roe of Ohio said", "Olga Marchetti of the Northern Province insisted": the name before
    // "of" says it; the place after it only tells where from.
    const of = tokens[j]?.lower === 'the' ? j - 1 : j;
    if (before.length && tokens[of]?.lower === 'of' && isName(tokens[of - 1])) {
      before.unshift(...tokens.slice(of, j + 1));
      j = of - 1;
      takeNames();
    }
    // Take in the speaker's role and organisation: "White House press secretary Sarah Sanders".
    while (before.length && j >= 0 && before.length < MAX_SPEAKER_WORDS) {
      const token = tokens[j] as Token;
      if (
        (token.stop && !ofInTitle(tokens, j)) ||
        token.value !== null ||
        separated(sentence, token, before[0])
      )
        break;
      before.unshift(token);
      j--;
    }
    // "Her statement contradicted what the Russian side had told reporters": what another said is the
    // object of the sentence's verb, not its remark ("What Peskov told reporters was that …", opening the
    // sentence, is his, as is one a colon then gives: "I keep returning to what McMaster told reporters:
    // that …").
    const relative = tokens[j]?.lower === 'the' ? tokens[j - 1] : tokens[j];
    if (
      before.length &&
      relative &&
      relative.index > 0 &&
      /^what(?:ever)?$/.test(relative.lower) &&
      !sentence.text.slice(verb.end).includes(':')
    )
      continue;
    const name = before.length ? before : after;
    // "According to the secretary of state, the Russian president denied …": the sentence opens on whom it
    // is according to, named or not, and the verbs of saying after it are in what they told.
    if (name.length === 0 && verb.lower === 'according' && verb.index === 0) return null;
    // "according to Tillerson's account": Tillerson.
    if (name.length)
      return name
        .map((t) => t.text)
        .join(' ')
        .replace(POSSESSIVE, '');
    // "Sanders framed the issue as one of substance, asking whether …": a participle after a comma has the
    // sentence's subject for its speaker.
    const opening = /ing$/.test(verb.lower) && verb.index > 0 ? openingName(sentence) : null;
    if (opening && separated(sentence, tokens[verb.index - 1] as Token, verb)) return opening;
    const opener = introducesQuotation(sentence, verb) ? clauseOpeningName(sentence, verb) : null;
    if (opener) return opener;
  }
  return speakerAfterQuotation(sentence) ?? namedBeforePronoun(sentence);
}

/**
 * speakerOf, read once per sentence: a claim is judged against every candidate statement, and the speaker
 * rules ask it of both sides of each pair.
 */
export const speakerOf = perSentence(readSpeaker);

/**
 * The name a sentence opens with, with its title ("Press secretary Sarah Sanders framed …"): the run of
 * content words from its start up to the last name in it, or null when it opens otherwise.
 */
function openingName(sentence: Analyzed, from = 0): string | null {
  const { tokens } = sentence;
  let last = -1;
  for (let i = from; i < Math.min(tokens.length, from + MAX_SPEAKER_WORDS); i++) {
    const token = tokens[i] as Token;
    if (
      (token.stop && !(i > from && ofInTitle(tokens, i))) ||
      token.value !== null ||
      (i > from && separated(sentence, tokens[i - 1] as Token, token))
    )
      break;
    if (isName(token)) last = i;
  }
  // "Berg's stated aim was plain: "…"": the name, not its possessive.
  return last < 0
    ? null
    : tokens
        .slice(from, last + 1)
        .map((t) => t.text.replace(POSSESSIVE, ''))
        .join(' ');
}

/**
 * Who opens the clause that ends on a colon before a quotation: "Asked about the outcome, Kremlin spokesman
 * Dmitry Peskov shot back at reporters: "…"" — Peskov, whatever verb comes before the colon.
 */
function clauseOpeningName(sentence: Analyzed, colonBefore: Token): string | null {
  const { tokens } = sentence;
  let from = colonBefore.index;
  while (from > 0 && !separated(sentence, tokens[from - 1] as Token, tokens[from] as Token)) from--;
  return openingName(sentence, from);
}

/** The pronoun that says a sentence's remark ("…," he told reporters), if one does. */
function sayingPronoun(sentence: Analyzed): Token | undefined {
  const { tokens } = sentence;
  for (const verb of tokens) {
    if (!SPEECH.has(verb.lower)) continue;
    let j = verb.index - 1;
    while (tokens[j] && BRIDGE.has((tokens[j] as Token).lower)) j--;
    if (PRONOUNS.has(tokens[j]?.lower ?? '')) return tokens[j];
  }
  return undefined;
}

/**
 * The one a pronoun that says the remark stands for, named earlier in the same sentence: "Tillerson was
 * candid about the motive: "…," he told reporters" — Tillerson.
 */
/** Words that open a sentence capitalised and name no one: "Nothing has been scheduled …, she said". */
const NO_ONE = new Set([
  'nothing',
  'nobody',
  'none',
  'no',
  'neither',
  'everyone',
  'everything',
  'everybody',
  'someone',
  'something',
]);

/** Pronouns of a person, never of a place. */
const PERSONAL_PRONOUNS = new Set(['he', 'she']);

function namedBeforePronoun(sentence: Analyzed): string | null {
  const pronoun = sayingPronoun(sentence);
  if (!pronoun) return null;
  const { tokens, text } = sentence;
  // "The President, he said, had pressed Putin": set off by commas inside the clause, the pronoun's remark
  // has for its subject the name before it, which is no speaker.
  const verb = tokens[pronoun.index + 1];
  const before = tokens[pronoun.index - 1];
  const after = verb ? tokens[verb.index + 1] : undefined;
  if (
    before &&
    verb &&
    after &&
    /,/.test(text.slice(before.end, pronoun.start)) &&
    /,/.test(text.slice(verb.end, after.start))
  )
    return null;
  // "He" or "she" is no place: "In South Korea, he told Kim Jong Un …" names no speaker before it.
  const personal = PERSONAL_PRONOUNS.has(pronoun.lower);
  const nameAt = (t: Token) => {
    if (!isName(t) || quotedToken(sentence)[t.index] || NO_ONE.has(t.lower)) return false;
    // "Talking to reporters, he said …": a verb opening the sentence is no name; nor is a word of manner or
    // time ("Earlier, in South Korea, he had told …", "Yesterday, she said").
    if (!t.proper && (isVerbForm(t) || MODIFIERS.has(t.stem) || TIMES.has(t.stem))) return false;
    // "addressing Kim Jong Un directly, he declared": the object of a participle is not who speaks.
    let start = t.index;
    while (start > 0 && isName(tokens[start - 1]) && !separated(sentence, tokens[start - 1] as Token, t))
      start--;
    const previous = tokens[start - 1];
    if (previous && !previous.capital && /ing$/.test(previous.lower) && isVerbForm(previous)) return false;
    // "aboard Air Force One he told reporters": where or with whom, not who.
    if (previous && PREPOSITIONS.has(previous.lower)) return false;
    if (!personal) return true;
    let end = t.index;
    while (isName(tokens[end + 1]) && !separated(sentence, tokens[end] as Token, tokens[end + 1] as Token))
      end++;
    return (
      !isPlaceName(
        stemWord(
          tokens
            .slice(t.index, end + 1)
            .map((w) => w.lower)
            .join(' '),
        ),
      ) && !isPlaceName(t.stem)
    );
  };
  const first = tokens.slice(0, pronoun.index).findIndex(nameAt);
  if (first < 0) return null;
  let last = first;
  while (isName(tokens[last + 1]) && !separated(sentence, tokens[last] as Token, tokens[last + 1] as Token))
    last++;
  // "Trump's stated rationale …: he told reporters" is Trump speaking.
  return tokens
    .slice(first, last + 1)
    .map((t) => t.text)
    .join(' ')
    .replace(/'s$/, '');
}

/**
 * The one named right after a quotation, whatever verb follows: ""Ask the Americans," Kremlin spokesman
 * Dmitry Peskov shot back" — names and the role words among them, ending on a name ("…," officials said
 * names no one).
 */
function speakerAfterQuotation(sentence: Analyzed): string | null {
  const { tokens, text } = sentence;
  const close = text.search(/[,?!]["\u201D']\s+\p{L}/u);
  if (close < 0) return null;
  const run: Token[] = [];
  for (const token of tokens.filter((t) => t.start > close + 2)) {
    if (run.length >= MAX_SPEAKER_WORDS || (run.length && separated(sentence, run.at(-1) as Token, token)))
      break;
    // A role word between names: "Kremlin spokesman Dmitry Peskov".
    const roleWord = !token.stop && token.value === null && /^\p{Ll}/u.test(token.text);
    if (!isName(token) && !roleWord) break;
    run.push(token);
  }
  while (run.length && !isName(run.at(-1))) run.pop();
  return run.length ? run.map((t) => t.text).join(' ') : null;
}

export function isHedged(text: string): boolean {
  return HEDGES.test(text);
}

/**
 * The same words put in other mouths: each side names a speaker the other does not mention at all
 * ("Sanders said the meeting will take place" / "Peskov said the meeting will take place").
 */
/** How many sentences back a speaker named only by "he" or by quotation marks is looked for. */
const SPEAKER_LOOKBACK = 3;

/** Pronouns that stand for a speaker named in the sentence before: "“…,” he said." */
export const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they']);

/**
 * Who a sentence attributes its content to, as a reader would: a pronoun ("he said") stands for the speaker
 * of the sentence before it (`previous`, from the same article) or, failing one, its first name; a sentence
 * that is all quotation goes on the speaker of the sentence before. A sentence before that names its speaker
 * the same way sends the search on back, up to SPEAKER_LOOKBACK sentences.
 */
export function speakerIn(
  sentence: Analyzed,
  previous?: (back?: number) => Analyzed | null,
  back = 1,
): string | null {
  const named = speakerOf(sentence);
  if (named || !previous) return named;
  const byPronoun = sayingPronoun(sentence) !== undefined;
  // A sentence that is all quotation ("“There is no formal meeting.”") goes on the speaker before it.
  const quoteOnly = isAllQuotation(sentence.text);
  const before = byPronoun || quoteOnly ? previous(back) : null;
  if (!before) return null;
  // The sentence before may be all quotation or "she said" too: its speaker is further back.
  const speaker =
    speakerOf(before) ?? (back < SPEAKER_LOOKBACK ? speakerIn(before, previous, back + 1) : null);
  if (quoteOnly && !byPronoun) return speaker;
  // Failing a speaker, the sentence's first name: "Trump gave a speech in South Korea …" — Trump.
  return speaker ?? before.tokens.find((t) => isName(t))?.text ?? null;
}

/** The last capitalised word of a speaker as written, without a possessive: "Sarah Sanders" → Sanders. */
const surnameOf = (speaker: string): string | undefined => namesIn(speaker).at(-1)?.replace(POSSESSIVE, '');

/**
 * A person named with an office before the name: a role word, then a capitalised word after it
 * ("Russian presidential aide Yuri Ushakov", "Secretary of State Rex Tillerson"); not "the White House".
 */
export function isTitledPerson(speaker: string): boolean {
  const words = speaker.split(' ');
  const role = words.findIndex((word) => ROLES.has(word.toLowerCase()));
  // …and ends on a name: "Senior White House officials" is no one person.
  return (
    role >= 0 &&
    words.slice(role + 1).some((word) => /^\p{Lu}/u.test(word)) &&
    /^\p{Lu}/u.test(words.at(-1) ?? '')
  );
}

export function differentSpeakers(
  claim: Analyzed,
  statement: Analyzed,
  { previous, titleOf }: SpeakerContext = {},
): { claim: string; statement: string } | null {
  // Who only withholds a remark gives no account of it: "Tillerson did not say whether Trump accepted
  // Putin's denial" is no account of Tillerson's against "Lavrov told reporters that Trump accepted it".
  if (onlyWithholds(claim) || onlyWithholds(statement)) return null;
  const mine = speakerOf(claim);
  const theirs = speakerIn(statement, previous);
  if (!mine || !theirs || unnamed(mine) || unnamed(theirs)) return null;
  // Two people named with their offices are two speakers though they serve one side ("Russian presidential
  // aide Yuri Ushakov" / "Russian Foreign Minister Sergey Lavrov"); a side and its person are one.
  const twoPeople = isTitledPerson(mine) && isTitledPerson(theirs) && surnameOf(mine) !== surnameOf(theirs);
  if (!twoPeople && sameSide(mine, theirs, statement, { previous, titleOf })) return null;
  // A claim that mentions the statement's speaker at all is not putting the words in another mouth; a place
  // or its people in the speaker's title is no mention of the speaker ("Russian" in "Russian Foreign Minister
  // Sergey Lavrov" / "Russian presidential aide Yuri Ushakov").
  const personal = (speaker: string) =>
    namesIn(speaker).filter((word) => {
      const stem = stemWord(word.replace(POSSESSIVE, ''));
      return !isPlaceName(stem) && !isDemonym(stem);
    });
  const writes = (sentence: Analyzed, word: string) =>
    sentence.tokens.some((t) => t.text.replace(POSSESSIVE, '') === word);
  // Two people each titled with an office are told apart by their own names, not by the side their titles
  // share ("White House chief of staff John Kelly" / "White House press secretary Sarah Sanders").
  const theirNames = twoPeople ? [surnameOf(theirs) ?? ''] : personal(theirs);
  if (theirNames.some((word) => word !== '' && writes(claim, word))) return null;
  // …nor is a statement that reports the claim's speaker doing what the claim says ("Putin, the reporters
  // heard, denied any such involvement" / ""President Putin denied such involvement," Tillerson said").
  const quoted = quotedToken(statement);
  if (
    personal(mine).some((word) =>
      statement.tokens.some((t) => quoted[t.index] && t.text.replace(POSSESSIVE, '') === word),
    )
  )
    return null;
  return { claim: mine, statement: theirs };
}

/** Content words inside quotation marks ("…" or “…”). */
const QUOTATION = /["\u201C]([^"\u201C\u201D]+)["\u201D]/gu;
/**
 * The same in single marks, as British outlets quote ('We want Putin's help,' he said): opened before a
 * letter where no letter stands before it, closed after a letter or a stop where none follows. An apostrophe
 * inside a word ("Putin's") neither opens nor closes one.
 */
const SINGLE_QUOTATION =
  /(?<![\p{L}\p{N}])'(?=\p{L})((?:[^'"]|'(?=\p{L}))+?)(?<=[\p{L}\p{N}.,?!])'(?![\p{L}\p{N}])/gu;

/** A sentence's quotations: in double marks, or, in a sentence that has none, in single marks. */
const quotationMatches = (text: string): RegExpMatchArray[] =>
  /["\u201C\u201D]/.test(text) ? [...text.matchAll(QUOTATION)] : [...text.matchAll(SINGLE_QUOTATION)];

/** Whether a token lies inside quotation marks. */
const quotedToken = perSentence((sentence: Analyzed): boolean[] => withinQuotations(sentence, () => true));

/** Whether each token lies inside a quotation that `keep` takes (by its words). */
function withinQuotations(sentence: Analyzed, keep: (words: string) => boolean): boolean[] {
  const within = sentence.tokens.map(() => false);
  for (const match of quotationMatches(sentence.text)) {
    if (!keep(match[1] ?? '')) continue;
    const start = match.index ?? 0;
    const end = start + match[0].length;
    for (const token of sentence.tokens)
      if (token.start > start && token.end < end) within[token.index] = true;
  }
  return within;
}

/** How far after a verb of saying its "that" may come: "told reporters that", "said on Friday that". */
const THAT_REACH = 4;
/** …and after a verb that names whom it tells: "told state-run news organization Itar Tass that". */
const TOLD_THAT_REACH = 8;

/**
 * The sentence's first verb of saying ("according to" reports no remark of its own), past one whose remark is
 * withheld: "Tillerson declined to say whether …, telling reporters that …" reports what he told them.
 */
const reportingVerb = perSentence((sentence: Analyzed): Token | undefined => {
  const withheld = withheldRemark(sentence);
  const reporting = sentence.tokens.filter(
    (t) =>
      (SPEECH.has(t.lower) || putsIt(sentence.tokens, t)) &&
      t.lower !== 'according' &&
      !(withheld && t === withheld.token),
  );
  // A verb before the noun: "In a statement issued on Sunday, the Kremlin said …" reports after "said". A
  // question a sentence or clause opens on is what the remark answers: "Asked about it, Tillerson said …".
  const first = reporting[0];
  const opens =
    first !== undefined &&
    (first.index === 0 ||
      /[:;]/.test(sentence.text.slice(sentence.tokens[first.index - 1]?.end ?? 0, first.start)));
  const answered = opens && /^ask/.test(first.lower) ? reporting.slice(1) : reporting;
  return (
    answered.find((t) => t.lower !== 'statement') ??
    reporting.find((t) => t.lower !== 'statement') ??
    reporting[0]
  );
});

/**
 * A speaker that is only an office, capitalised because it opens the sentence ("Officials said …"): no one
 * in particular, and no other party than "senior White House officials".
 */
function unnamed(speaker: string): boolean {
  const word = speaker.toLowerCase();
  return !word.includes(' ') && (ROLES.has(word) || ROLES.has(word.replace(/s$/, '')));
}

/** A sentence whose one remark is withheld, reporting none besides: "X did not say whether …". */
function onlyWithholds(sentence: Analyzed): boolean {
  return (
    withheldRemark(sentence) !== null && !reportingVerb(sentence) && !quotedToken(sentence).includes(true)
  );
}

/**
 * Where a remark reported in indirect speech begins: after "that" following a verb of saying ("Lavrov told
 * reporters that …"), or right after the verb when "that" is left out and nothing is quoted.
 */
const remarkStart = perSentence((sentence: Analyzed): Token | undefined => {
  const { tokens } = sentence;
  const verb = reportingVerb(sentence);
  if (!verb) return undefined;
  const reach = ADDRESSED.has(verb.lower) ? TOLD_THAT_REACH : THAT_REACH;
  // "told reporters that …", and an asked question: "asking whether, when the two leaders meet, …".
  const that = tokens
    .slice(verb.index + 1, verb.index + 1 + reach)
    .find((t) => t.lower === 'that' || t.lower === 'whether');
  if (that) return that;
  // "McMaster put it this way: …", "She added: …": what follows the colon.
  const colon = tokens
    .slice(verb.index, verb.index + reach)
    .find((t) => /^\s*:/.test(sentence.text.slice(t.end, tokens[t.index + 1]?.start ?? t.end)));
  if (colon && !quotedToken(sentence).includes(true)) return colon;
  return !quotedToken(sentence).includes(true) && reportsDirectly(sentence, verb) ? verb : undefined;
});

/**
 * Content words of what a sentence reports someone said, in quotation marks or in indirect speech ("Lavrov
 * told reporters that Trump accepted Putin's denial"): a remark is the same whether quoted or not.
 */
export const saidStems = perSentence((sentence: Analyzed): Set<string> => {
  const quoted = quotedToken(sentence);
  const from = remarkStart(sentence)?.index ?? Number.POSITIVE_INFINITY;
  return new Set(
    sentence.tokens.filter((t) => !t.stop && (quoted[t.index] || t.index > from)).map((t) => t.stem),
  );
});

/**
 * saidStems without the words of a quoted question: "“When the two leaders meet, is there something
 * sufficiently substantive?” Tillerson said" asks whether, and tells nothing of a meeting.
 */
export const toldStems = perSentence((sentence: Analyzed): Set<string> => {
  const asked = withinQuotations(sentence, (words) => words.trim().endsWith('?'));
  const said = saidStems(sentence);
  return new Set(sentence.tokens.filter((t) => said.has(t.stem) && !asked[t.index]).map((t) => t.stem));
});

/**
 * Whether a token is in the frame of a reported remark rather than in the remark: "On Thursday | Ushakov
 * told Itar Tass that they would meet on Friday" — Thursday dates the telling, Friday the meeting. A sentence
 * that reports no remark is all remark (the writer's own).
 */
export function inFrame(sentence: Analyzed, token: Token): boolean {
  // Quotation marks without a verb of saying may only set a phrase apart: "the so-called "class photo"".
  if (!reportingVerb(sentence)) return false;
  const quoted = quotedToken(sentence);
  if (quoted.includes(true)) return !quoted[token.index];
  const from = remarkStart(sentence);
  return from !== undefined && token.index <= from.index;
}

/** Words after a verb of saying that start no remark: when, where or to whom it was said. */
const NOT_A_REMARK = new Set('on in at after before during to by from with of for'.split(' '));

/**
 * Whether the verb is followed straight away by the remark, with "that" left out: "Peskov said the two
 * presidents' paths would cross". Not "told reporters", nor "said on Friday", nor "said." at the end.
 */
function reportsDirectly(sentence: Analyzed, verb: Token): boolean {
  const next = sentence.tokens[verb.index + 1];
  if (!next || ADDRESSED.has(verb.lower) || verb.lower.startsWith('ask')) return false;
  return sentence.text.slice(verb.end, next.start).trim() === '' && !NOT_A_REMARK.has(next.lower);
}

/** The words of each quotation in a sentence, lower case, punctuation left out. */
const quotations = perSentence((sentence: Analyzed): string[] =>
  quotationMatches(sentence.text).map((match) =>
    (match[1] ?? '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s']+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  ),
);

/** A quotation of fewer words than this is not taken as one remark when quoted word for word. */
const MIN_VERBATIM_WORDS = 3;

/**
 * Whether a whole quotation of one sentence is quoted word for word in the other: "“Ask the Americans,”
 * Peskov snapped" / Lavrov: "Why are you asking me? Ask the Americans." Short, but the same remark.
 */
function quotedWithin(short: Analyzed, long: Analyzed): boolean {
  const theirs = quotations(long).map((quote) => ` ${quote} `);
  return quotations(short).some(
    (quote) =>
      quote.split(' ').length >= MIN_VERBATIM_WORDS && theirs.some((other) => other.includes(` ${quote} `)),
  );
}

/** The quotations of a sentence long enough to be known again word for word elsewhere ("Ask the Americans"). */
export const remarksQuoted = perSentence((sentence: Analyzed): string[] =>
  quotations(sentence).filter((quote) => quote.split(' ').length >= MIN_VERBATIM_WORDS),
);

/** Whether one sentence quotes a whole quotation of the other word for word, either way round. */
export function quotesVerbatim(a: Analyzed, b: Analyzed): boolean {
  return quotedWithin(a, b) || quotedWithin(b, a);
}

/** A quotation shorter than this many content words is too common to identify a remark. */
const MIN_QUOTED_WORDS = 3;
/** Share of the shorter quotation's words the other must have for the two to be one remark. */
const SAME_QUOTE_SHARE = 0.8;

/**
 * Whether both sentences report the same remark: "“Is there something substantive?” X said" / "…" Y asked;
 * "X said that Trump accepted Putin's denial" / "Y told reporters that Trump had accepted Putin's denial".
 */
export function sameQuotation(claim: Analyzed, statement: Analyzed): boolean {
  if (quotesVerbatim(claim, statement)) return true;
  const mine = saidStems(claim);
  const theirs = saidStems(statement);
  const shorter = Math.min(mine.size, theirs.size);
  if (shorter < MIN_QUOTED_WORDS) return false;
  const shared = [...mine].filter((stem) => theirs.has(stem)).length;
  return shared >= SAME_QUOTE_SHARE * shorter;
}

/** The capitalised words of a speaker as written: its names and titles ("White House", "Sarah Sanders"). */
export const namesIn = (speaker: string) => speaker.split(' ').filter((word) => /^\p{Lu}/u.test(word));

/** The most lower-case words a title holds ("deputy press secretary"). */
export const TITLE_WORDS = 3;
/** How many sentences back in the statement's article a speaker's full title is looked for. */
const TITLE_REACH = 30;

/**
 * The longest way the sentences name a speaker with its title before it, ending on the speaker's last word:
 * "Sanders" → "White House press secretary Sarah Sanders", "Trump" → "US President Donald Trump".
 */
export function titled(speaker: string, sentences: readonly Pick<Analyzed, 'text' | 'tokens'>[]): string {
  const last = speaker.split(' ').at(-1) ?? '';
  let longest = speaker;
  for (const sentence of sentences) {
    const { tokens } = sentence;
    for (const token of tokens) {
      if (token.text !== last) continue;
      const run: Token[] = [token];
      // Names, then the lower-case words of a title before them, then whom it is of: "White House | press
      // secretary | Sarah Sanders"; "charges against former top Trump" is no title.
      let titleWords = 0;
      for (let j = token.index - 1; j >= 0 && run.length < MAX_SPEAKER_WORDS; j--) {
        const word = tokens[j] as Token;
        const ofTitle = ofInTitle(tokens, j);
        if ((word.stop && !ofTitle) || word.value !== null || separated(sentence, word, run[0])) break;
        // Nor past the end of a sentence a quotation holds ("… regarding Russian involvement. President
        // Putin denied …"); a full stop after a capital is an abbreviation's ("Mr. Putin").
        if (!word.capital && /[.!?]/.test(sentence.text.slice(word.end, run[0]?.start))) break;
        // A second run of title words, or a fourth word of one, ends the title.
        if (!word.capital && !ofTitle && ((run[0]?.capital && titleWords > 0) || ++titleWords > TITLE_WORDS))
          break;
        run.unshift(word);
      }
      // A title begins with whom it is of, not with its lower-case words.
      while (run.length > 1 && !run[0]?.capital) run.shift();
      const phrase = run.map((t) => t.text).join(' ');
      if (phrase.length > longest.length) longest = phrase;
    }
  }
  return longest;
}

export interface SpeakerContext {
  /** The sentence `back` (default 1) before the statement in its article. */
  previous?: (back?: number) => Analyzed | null;
  /** The speaker's full title as the statement's corpus gives it anywhere ("Trump" → "US President …"). */
  titleOf?: (speaker: string) => string;
}

/** The longest way the statement's article (up to TITLE_REACH sentences back) or its corpus names a party. */
function fullTitle(party: string, statement: Analyzed, { previous, titleOf }: SpeakerContext): string {
  const around = [statement];
  for (let back = 1; back <= TITLE_REACH && previous; back++) {
    const sentence = previous(back);
    if (!sentence) break;
    around.push(sentence);
  }
  const near = titled(party, around);
  const far = titleOf?.(party) ?? '';
  return far.length > near.length ? far : near;
}

/** How short a name may be and still be read as the start of another ("Vlad" for Vladimir). */
const MIN_SHORT_NAME = 4;

/**
 * Whether a name of the claim is the statement's party by another of its names, as the statement's article
 * or corpus gives it in full: "Vlad" or "The Donald" for "Putin" or "Trump", whom they name "Russian
 * President Vladimir Putin" and "US President Donald Trump".
 */
export function otherNameOf(
  mine: string,
  theirs: string,
  statement: Analyzed,
  context: SpeakerContext,
): boolean {
  const words = namesIn(fullTitle(theirs, statement, context)).filter((word) => word !== theirs);
  const own = namesIn(mine).filter((word) => word !== 'The');
  return (
    own.length > 0 &&
    own.every((name) =>
      words.some((word) => word === name || (name.length >= MIN_SHORT_NAME && word.startsWith(name))),
    )
  );
}

/**
 * Whether two speakers may be one side: the same party (sameParty), or one named only by its side — a place
 * or an institution ("Washington", "US president", "the White House") — that the other's title, as the
 * statement's article (up to TITLE_REACH sentences back) or its corpus (`titleOf`) gives it, belongs to ("US
 * President Donald Trump", "White House press secretary Sarah Sanders"). Two people of one side are still two speakers ("Russian Foreign Minister Sergei Lavrov" /
 * "Russian President Vladimir Putin").
 */
export function sameSide(
  mine: string,
  theirs: string,
  statement: Analyzed,
  context: SpeakerContext = {},
): boolean {
  if (sameParty(mine, theirs)) return true;
  const full = fullTitle(theirs, statement, context);
  const title = namesIn(full);
  const side = namesIn(mine);
  if (side.length === 0) return false;
  // Every name of the claim's speaker is in the title ("White House" in "White House press secretary …"),
  // an office capitalised or not ("the Press Secretary" is "White House press secretary Sarah Sanders").
  if (side.every((word) => title.includes(word))) return true;
  const titleWords = full.toLowerCase().split(' ');
  const stemOf = (word: string) => stemWord(word.replace(/'s$/, ''));
  const titleStems = title.map(stemOf);
  // A place the title's place is, or lies in ("Washington" for "US President Donald Trump").
  const placeOfTitle = (word: string) => {
    const stem = stemOf(word);
    return isPlaceName(stem) && titleStems.some((other) => samePlace(stem, other));
  };
  // An office, each of its words in the title or naming the title's place ("the American President" for "US
  // President Donald Trump").
  if (
    ROLES.has(side.at(-1)?.toLowerCase() ?? '') &&
    side.every((word) => titleWords.includes(word.toLowerCase()) || placeOfTitle(word))
  )
    return true;
  return side.every(placeOfTitle);
}

/**
 * The same party named differently: "the White House" / "White House press secretary Sarah Sanders", or in
 * full and by its initials: "the UN" / "United Nations officials".
 */
export function sameParty(a: string, b: string): boolean {
  const bNames = namesIn(b);
  if (namesIn(a).some((word) => bNames.includes(word))) return true;
  return abbreviatedEitherWay(acronymForms(analyze(a)), acronymForms(analyze(b)));
}
