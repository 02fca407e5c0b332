import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildSeedCorpusFile } from '../../lib/build/seed-corpus';
import { prepareCorpus } from '../../lib/core/corpus';
import { evaluatePlanted } from '../../scripts/eval/planted';
import { evaluateArticles } from '../../scripts/eval/planted-articles';

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const seedCorpora = () => [prepareCorpus(buildSeedCorpusFile(root('seeds')))];

/** A planted set's results, and the sentences of a group judged otherwise than planted. */
function plantedSet(file: string) {
  const result = evaluatePlanted(root(file), seedCorpora());
  const missed = (group: string, want: string) =>
    result.cases.filter((c) => c.group === group && c.stance !== want).map((c) => c.text);
  return { result, missed };
}

/** Shares of a planted set judged as planted, held to floors: contradictions, paraphrases agreeing, and a cap
 * on paraphrases in conflict. */
function expectShares(
  { result, missed }: ReturnType<typeof plantedSet>,
  floors: { contradictions: number; paraphrases: number; paraphrasesInConflict: number },
) {
  expect(
    result.contradictionsFlagged / result.contradictions,
    missed('contradictions', 'conflict').join('\n'),
  ).toBeGreaterThanOrEqual(floors.contradictions);
  expect(
    result.paraphrasesAgreeing / result.paraphrases,
    missed('paraphrases', 'agree').join('\n'),
  ).toBeGreaterThanOrEqual(floors.paraphrases);
  expect(result.paraphrasesInConflict / result.paraphrases).toBeLessThanOrEqual(floors.paraphrasesInConflict);
}

/**
 * Shares of planted articles judged as planted, held to floors, and nothing of the off-topic article
 * flagged (an off-topic article there must make claims for that to mean anything).
 */
function expectArticleShares(
  articles: ReturnType<typeof evaluateArticles>,
  floors: { agree: number; conflict: number },
) {
  expect(articles.agree[0] / articles.agree[1]).toBeGreaterThanOrEqual(floors.agree);
  expect(articles.conflict[0] / articles.conflict[1]).toBeGreaterThanOrEqual(floors.conflict);
  expect(articles.offTopicClaims).toBeGreaterThan(5);
  expect(articles.offTopicFlagged).toBe(0);
}

describe('planted paraphrases and contradictions of the seed articles', () => {
  const { result, missed } = plantedSet('test/fixtures/stance/planted.json');

  it('flags at least 8 of the 9 planted contradictions as conflicts', () => {
    expect(
      result.contradictionsFlagged,
      missed('contradictions', 'conflict').join('\n'),
    ).toBeGreaterThanOrEqual(8);
  });

  it('finds at least 7 of the 8 paraphrases agreeing, and at most one in conflict', () => {
    expect(result.paraphrasesAgreeing, missed('paraphrases', 'agree').join('\n')).toBeGreaterThanOrEqual(7);
    expect(result.paraphrasesInConflict).toBeLessThanOrEqual(1);
  });

  it('flags no unrelated sentence', () => {
    expect(result.unrelatedFlagged).toBe(0);
  });

  it('gives each flagged contradiction the kind of reason it was planted with', () => {
    const kinds: Record<string, string[]> = {
      number: ['number'],
      negation: ['negation'],
      antonym: ['antonym', 'negation'],
      place: ['entity'],
      speaker: ['attribution'],
    };
    for (const c of result.cases.filter((x) => x.group === 'contradictions' && x.stance === 'conflict')) {
      const allowed = kinds[c.kind ?? ''] ?? [];
      expect(
        c.reasons.some((r) => allowed.includes(r.split(':')[0] ?? '')),
        c.text,
      ).toBe(true);
    }
  });
});

describe('the second planted set, written without reading the engine', () => {
  const planted = plantedSet('test/fixtures/stance/planted-2.json');
  const { result } = planted;

  // Floors a little under what the engine does on it (`npm run eval` lists the misses): the contradictions it
  // misses need what the engine cannot read yet ("made headway" against "stalled", "no move to publicize"
  // against "promoted").
  it('flags five in six contradictions, finds seven in eight paraphrases agreeing, one in eight at most in conflict', () => {
    expectShares(planted, { contradictions: 5 / 6, paraphrases: 7 / 8, paraphrasesInConflict: 1 / 8 });
  });

  it('flags no unrelated sentence', () => {
    expect(
      result.cases.filter((c) => c.group === 'unrelated' && c.stance !== null && c.stance !== 'related'),
    ).toEqual([]);
  });
});

describe('planted whole articles, checked claim by claim', () => {
  const result = evaluateArticles(root('test/fixtures/stance/articles'), seedCorpora());
  const misses = (label: string) =>
    result.cases
      .filter((c) => c.expect === label && !c.ok)
      .map((c) => `${c.found.join('+') || 'nothing'}: ${c.text}`)
      .join('\n');
  const ratio = ([ok, all]: [number, number]) => ok / all;

  it('finds at least seven in eight sentences written to agree agreeing', () => {
    expect(ratio(result.agree), misses('agree')).toBeGreaterThanOrEqual(7 / 8);
  });

  it('finds at least two in three sentences written to contradict in conflict', () => {
    expect(ratio(result.conflict), misses('conflict')).toBeGreaterThanOrEqual(2 / 3);
  });

  it('leaves background unflagged but for one, and flags nothing in an article about something else', () => {
    const [ok, all] = result.none;
    expect(all - ok, misses('none')).toBeLessThanOrEqual(1);
    expect(result.offTopicClaims).toBeGreaterThan(5);
    expect(result.offTopicFlagged).toBe(0);
  });
});

describe('a third set of planted articles (a newsletter, a live blog, an opinion column)', () => {
  const result = evaluateArticles(root('test/fixtures/stance/articles-3'), seedCorpora());
  const ratio = ([ok, all]: [number, number]) => ok / all;

  it('finds most agreeing sentences agreeing and most contradictions in conflict', () => {
    expect(ratio(result.agree)).toBeGreaterThanOrEqual(7 / 8);
    expect(ratio(result.conflict)).toBeGreaterThanOrEqual(0.6);
  });

  it('flags no opinion or background sentence as a conflict, and no agreeing one either', () => {
    const wrong = result.cases.filter(
      (c) => (c.expect === 'none' || c.expect === 'agree') && c.found.includes('conflict'),
    );
    expect(wrong.map((c) => c.text)).toEqual([]);
  });
});

describe('the fourth planted set, written after the rules were fitted to the others', () => {
  const planted = plantedSet('test/fixtures/stance/planted-4.json');
  const { result } = planted;

  it("meets the issue's ratios: 8 in 9 contradictions, 7 in 8 paraphrases, at most 1 in 8 in conflict", () => {
    expectShares(planted, { contradictions: 8 / 9, paraphrases: 7 / 8, paraphrasesInConflict: 1 / 8 });
  });

  it('flags no unrelated sentence', () => {
    expect(result.unrelatedFlagged).toBe(0);
  });
});

describe('a fifth set: two rival outlets reporting the same day in their own words', () => {
  const result = evaluateArticles(root('test/fixtures/stance/articles-5'), seedCorpora());

  // Freely reworded reports are the hardest: a contradiction said in other words than the statement's
  // ("observed in relaxed conversation" / "seen casually talking") is often not matched at all. The floors
  // hold what is found; `npm run eval` lists the misses.
  it('finds most rewordings agreeing and some contradictions, and no agreeing sentence in conflict', () => {
    const [agreeing, planted] = result.agree;
    expect(agreeing / planted).toBeGreaterThanOrEqual(0.8);
    expect(result.conflict[0] / result.conflict[1]).toBeGreaterThanOrEqual(0.4);
    expect(result.cases.filter((c) => c.expect !== 'conflict' && c.found.includes('conflict'))).toEqual([]);
  });
});

describe('a sixth set, sentences and articles written from the seeds alone', () => {
  const planted = plantedSet('test/fixtures/stance/planted-6.json');
  const articles = evaluateArticles(root('test/fixtures/stance/articles-6'), seedCorpora());

  // Floors under what the engine does on them (`npm run eval` lists the misses): first measured at 16 of 30
  // contradictions and 18 of 28 paraphrases, 2 paraphrases in conflict; free rewordings ("frowned" /
  // "smiling", "played down" / "raised") are what it still misses.
  it('flags most contradictions, finds most paraphrases agreeing and none in conflict', () => {
    expectShares(planted, { contradictions: 0.7, paraphrases: 0.75, paraphrasesInConflict: 0 });
    expect(planted.result.unrelatedFlagged).toBe(0);
  });

  it("finds most of the articles' agreements and contradictions, and flags nothing off-topic", () => {
    expectArticleShares(articles, { agree: 0.8, conflict: 0.75 });
    expect(articles.cases.filter((c) => c.expect === 'none' && c.found.includes('conflict'))).toEqual([]);
  });
});

describe('a seventh set of articles, written after the rules were fitted to the sixth', () => {
  const result = evaluateArticles(root('test/fixtures/stance/articles-7'), seedCorpora());

  // First measured at 18 of 20 agreeing, 12 of 18 contradictions, 8 of 8 background, 1 off-topic claim
  // flagged (a weak agreement at similarity 0.28 over "capital", "city" and "Saturday", still there).
  it('finds most agreements and contradictions, and no agreeing or background sentence in conflict', () => {
    expect(result.agree[0] / result.agree[1]).toBeGreaterThanOrEqual(0.85);
    expect(result.conflict[0] / result.conflict[1]).toBeGreaterThanOrEqual(0.65);
    expect(result.cases.filter((c) => c.expect !== 'conflict' && c.found.includes('conflict'))).toEqual([]);
    expect(result.offTopicFlagged).toBeLessThanOrEqual(1);
  });
});

describe('an eighth sentence set, written last in the shape of the issue', () => {
  const planted = plantedSet('test/fixtures/stance/planted-8.json');

  // First measured at 22 of 25 contradictions, 20 of 24 paraphrases agreeing, 2 in conflict, 0 of 12
  // unrelated flagged; "played down" / "promoted" is what it misses ("conciliatory" / "bellicose" is found
  // since words of opposite tone are compared, tone.ts).
  it("meets the issue's ratios: 8 in 9 contradictions, 7 in 8 paraphrases, none in conflict", () => {
    expectShares(planted, { contradictions: 8 / 9, paraphrases: 7 / 8, paraphrasesInConflict: 0 });
    expect(planted.result.unrelatedFlagged).toBe(0);
  });
});

describe('a ninth sentence set and eighth articles, written after every rule before them', () => {
  const planted = plantedSet('test/fixtures/stance/planted-9.json');
  const articles = evaluateArticles(root('test/fixtures/stance/articles-8'), seedCorpora());

  // First measured at 24 of 30 contradictions, 26 of 30 paraphrases agreeing, 2 in conflict ("Da Nang" /
  // "Danang" read as two places), 0 of 15 unrelated; the articles at 30 of 35 agreeing, 7 of 14
  // contradictions, 6 of 8 background unflagged, 0 of 14 off-topic claims. Still missed: a speaker swapped
  // behind a shared quotation whose frames share nothing, "played down" / "promoted", "frosty" / "friendly".
  it('flags most contradictions and finds nearly all paraphrases agreeing, none in conflict', () => {
    expectShares(planted, { contradictions: 0.85, paraphrases: 0.9, paraphrasesInConflict: 0 });
    expect(planted.result.unrelatedFlagged).toBe(0);
  });

  it("finds most of the articles' agreements and contradictions, and flags nothing off-topic", () => {
    expectArticleShares(articles, { agree: 0.9, conflict: 0.6 });
    expect(articles.cases.filter((c) => c.expect !== 'conflict' && c.found.includes('conflict'))).toEqual([]);
  });
});

describe('a tenth and an eleventh sentence set and ninth articles, each measured untouched first', () => {
  const tenth = plantedSet('test/fixtures/stance/planted-10.json');
  const eleventh = plantedSet('test/fixtures/stance/planted-11.json');
  const articles = evaluateArticles(root('test/fixtures/stance/articles-9'), seedCorpora());

  // Tenth first measured at 24 of 27 contradictions, 19 of 24 paraphrases agreeing, none in conflict, 1 of 12
  // unrelated flagged (Melania Trump "accompanied the president to the gala dinner" agrees with the photo
  // before the gala dinner: still so; and, since second-sense synonyms, "the APEC leaders' closing
  // declaration" agrees over "declare" ~ "state", the verb's synonym matching the noun of a "state visit").
  // Eleventh first measured at 22 of 30, 28 of 30, 1 ("Washington" / "the United States" read as rivals), 0 of 15.
  it('flags nearly all contradictions of the tenth and most of the eleventh, paraphrases agreeing', () => {
    expectShares(tenth, { contradictions: 8 / 9, paraphrases: 0.85, paraphrasesInConflict: 0 });
    expect(tenth.result.unrelatedFlagged).toBeLessThanOrEqual(2);
    expectShares(eleventh, { contradictions: 0.8, paraphrases: 0.95, paraphrasesInConflict: 0 });
    expect(eleventh.result.unrelatedFlagged).toBe(0);
  });

  // First measured at 29 of 30 agreeing, 8 of 13 contradictions, 7 of 7 background, 0 of 16 off-topic.
  it("finds nearly all the ninth articles' agreements, most contradictions, and flags nothing else", () => {
    expectArticleShares(articles, { agree: 0.95, conflict: 0.65 });
    expect(articles.none[0]).toBe(articles.none[1]);
  });
});

describe('a twelfth sentence set and tenth articles, written after the main rules and measured untouched', () => {
  const twelfth = plantedSet('test/fixtures/stance/planted-12.json');
  const articles = evaluateArticles(root('test/fixtures/stance/articles-10'), seedCorpora());

  // First measured untouched, on text the engine had not seen: 20 of 27 contradictions, 19 of 24 paraphrases
  // agreeing, none in conflict, 1 of 12 unrelated (a press secretary's appointment agreeing over her title,
  // mended since by a rule the thirteenth set asked for too); the articles 23 of 28, 7 of 12, 6 of 7
  // background, 0 of 16 off-topic. No other rule was fitted to them; comparing words of opposite tone
  // (tone.ts, written for the misses every set shares) since finds 22 of 27 ("hurt" / "help" Trump, a
  // "conciliatory" / "bellicose" speech). What they miss is mostly wording no lexicon here links (hostile /
  // friendly said of "the exchange" against "the chat", "played down", "leave the door open" for "not rule
  // out") and speakers swapped behind a paraphrased quotation.
  it('flags most contradictions and finds most paraphrases agreeing, none in conflict', () => {
    expectShares(twelfth, { contradictions: 0.8, paraphrases: 0.75, paraphrasesInConflict: 0 });
    expect(twelfth.result.unrelatedFlagged).toBe(0);
    expect(twelfth.result.paraphrasesWithConflictElsewhere).toBe(0);
  });

  it("finds most of the tenth articles' agreements and about half their contradictions, nothing off-topic", () => {
    expectArticleShares(articles, { agree: 0.8, conflict: 0.55 });
    expect(articles.cases.filter((c) => c.expect !== 'conflict' && c.found.includes('conflict'))).toEqual([]);
  });
});

describe('a thirteenth sentence set and eleventh articles, measured untouched first', () => {
  const thirteenth = plantedSet('test/fixtures/stance/planted-13.json');
  const articles = evaluateArticles(root('test/fixtures/stance/articles-11'), seedCorpora());

  // First measured at 17 of 24 contradictions, 20 of 24 paraphrases agreeing, 2 in conflict ("not only
  // possible but likely" and "wasted no time denying" read as denials), 1 of 12 unrelated; the articles at 26
  // of 26 agreeing, 9 of 11 contradictions, 4 of 5 background, 0 of 15 off-topic.
  it('finds nearly all paraphrases agreeing, none in conflict, and most contradictions', () => {
    // 0.85 since a year the statement does not give counts against agreement in sentences alike in little
    // else: "… about Russia's involvement in the 2016 election, Tillerson told reporters" / his remark
    // without the election (similarity 0.33) is now related, not agreeing.
    expectShares(thirteenth, { contradictions: 0.7, paraphrases: 0.85, paraphrasesInConflict: 0 });
    expect(thirteenth.result.unrelatedFlagged).toBe(0);
  });

  // Words of opposite tone (tone.ts) since find a tenth contradiction.
  it("finds every one of the eleventh articles' agreements and nearly all contradictions", () => {
    expectArticleShares(articles, { agree: 1, conflict: 0.9 });
  });
});

/**
 * A sentence set and articles written together from the seeds alone, each measured untouched first (the
 * figures in the comment before each); the floors hold what the engine does on them now.
 */
function writtenTogether(
  title: string,
  [planted, articlesDir]: [string, string],
  floors: {
    contradictions: number;
    paraphrases: number;
    agree: number;
    conflict: number;
    background: number;
    /** Unrelated sentences flagged, at most (0 unless the set is left as first measured). */
    unrelated?: number;
    /**
     * Agreements or background sentences also shown in conflict, at most: 0 unless every one is two
     * speakers' accounts of one thing, which the issue counts as a conflict.
     */
    otherConflicts?: number;
  },
) {
  describe(title, () => {
    const set = plantedSet(`test/fixtures/stance/${planted}.json`);
    const articles = evaluateArticles(root(`test/fixtures/stance/${articlesDir}`), seedCorpora());

    it('flags most contradictions, finds most paraphrases agreeing, none in conflict, nothing unrelated', () => {
      const { contradictions, paraphrases } = floors;
      expectShares(set, { contradictions, paraphrases, paraphrasesInConflict: 0 });
      expect(set.result.unrelatedFlagged).toBeLessThanOrEqual(floors.unrelated ?? 0);
    });

    it("finds most of the articles' agreements and contradictions, leaves most background alone", () => {
      expectArticleShares(articles, { agree: floors.agree, conflict: floors.conflict });
      expect(articles.none[0] / articles.none[1]).toBeGreaterThanOrEqual(floors.background);
      expect(
        articles.cases.filter((c) => c.expect !== 'conflict' && c.found.includes('conflict')).length,
      ).toBeLessThanOrEqual(floors.otherConflicts ?? 0);
      expect(articles.offTopicFlagged).toBe(0);
    });
  });
}

// Written after the tone rule. First measured at 19 of 27 contradictions, 18 of 24 paraphrases agreeing, 2 in
// conflict ("head off dangerous incidents" read against "prevent" them; "during the trip, because Washington"
// given the trip as its role), 0 of 12 unrelated; the articles at 20 of 21 agreeing, 9 of 12 contradictions,
// 6 of 6 background, 0 of 13 off-topic, and 3 agreements also shown in conflict with another statement
// ("never held" reaching back to "presidents", "the question of a formal meeting", "refused to say" against
// "accepted"). All five mended since; the contradictions it misses are wording no lexicon here links
// ("played down", "frowning", "moved ahead smoothly"). One article contradiction ("an official quickly confirmed
// Lavrov's claim") was found only by reading the official against Lavrov, which the claim names; no longer.
writtenTogether('a fourteenth sentence set and twelfth articles', ['planted-14', 'articles-12'], {
  contradictions: 0.7,
  paraphrases: 0.8,
  agree: 0.95,
  conflict: 0.65,
  background: 1,
});

// Written after the fourteenth's faults were mended. First measured at 19 of 27 contradictions, 22 of 24
// paraphrases agreeing, 1 in conflict ("on the trip because Washington hopes" given the trip as its role), 0
// of 12 unrelated; the articles at 24 of 27 agreeing, 7 of 13 contradictions, 4 of 6 background, 0 of 12
// off-topic, and 3 agreements shown in conflict (speakers named by their side — "the White House",
// "Washington", "the US president" — against the person speaking for it; "Moscow's help" / "Putin's help").
// All four mended since.
writtenTogether('a fifteenth sentence set and thirteenth articles', ['planted-15', 'articles-13'], {
  contradictions: 0.7,
  paraphrases: 0.9,
  agree: 0.95,
  conflict: 0.6,
  background: 0.65,
});

// Written after every rule before it. First measured at 19 of 27 contradictions, 20 of 24 paraphrases
// agreeing, none in conflict, 0 of 12 unrelated; the articles at 19 of 21 agreeing, 6 of 12 contradictions, 5
// of 6 background, 0 of 12 off-topic, 1 agreement shown in conflict (two speakers' "accounts" similar over
// names alone). Since: a videographer of another outlet, parties with their parts swapped, a negation reaching
// back past "but", and that agreement.
writtenTogether('a sixteenth sentence set and fourteenth articles', ['planted-16', 'articles-14'], {
  contradictions: 0.8,
  paraphrases: 0.8,
  agree: 0.9,
  conflict: 0.5,
  background: 0.8,
});

// Written last, and left as first measured (no rule fitted to it): 15 of 27 contradictions, 19 of 24
// paraphrases agreeing, none in conflict, 1 of 12 unrelated flagged ("Putin has led Russia as either president
// or prime minister since 1999" agrees over the role words "president" and "prime minister"); the articles
// at 24 of 28 agreeing, 7 of 12 contradictions, 5 of 6 background, 0 of 13 off-topic. Four of its sentences
// are a TV crawl in capitals, which the claim filter reads as labels and leaves out.
writtenTogether(
  'a seventeenth sentence set and fifteenth articles, left as first measured',
  ['planted-17', 'articles-15'],
  {
    contradictions: 0.55,
    paraphrases: 0.75,
    agree: 0.85,
    conflict: 0.55,
    background: 0.8,
    unrelated: 1,
  },
);

// Written after every rule before it and measured untouched first: 23 of 27 contradictions, 23 of 24
// paraphrases agreeing, none in conflict, 0 of 12 unrelated; the articles at 30 of 30 agreeing, 11 of 12
// contradictions, 4 of 6 background, 0 of 24 off-topic, 2 agreements and 1 background sentence also shown in
// conflict ("examined closely" / "opened", a denial at the end of a long "whether" clause, "January" /
// "November 11" of two things). Mended since: those three, an opening title ("Special counsel Robert
// Mueller's"), "Tillerson didn't say whether", and "Putin smiling" / "Putin frowning".
writtenTogether('an eighteenth sentence set and sixteenth articles', ['planted-18', 'articles-16'], {
  contradictions: 0.85,
  paraphrases: 0.9,
  agree: 0.95,
  conflict: 0.9,
  background: 0.8,
});

// Written after every rule before it and measured untouched first: 22 of 27 contradictions, 23 of 24
// paraphrases agreeing, none in conflict, 1 of 12 unrelated ("the second time Vietnam had hosted the APEC
// leaders' meeting" agrees with a statement over "meeting" and "summit"); the articles at 27 of 29 agreeing,
// 5 of 6 contradictions, 5 of 6 background, 0 of 21 off-topic, and 2 agreements also shown in conflict — both
// two speakers' accounts of one thing (Peskov and Ushakov on a meeting on the sidelines; the Kremlin and
// Sanders on whether the two met), conflicts as the issue counts them. Mended since: British quoting (single
// marks, "the US Secretary of State, Rex Tillerson, said"), counts read as bounds, "Although …, …" as two
// clauses, "a guilty plea" against "two guilty pleas", "rather than" as a denial.
writtenTogether('a nineteenth sentence set and seventeenth articles', ['planted-19', 'articles-17'], {
  contradictions: 0.9,
  paraphrases: 0.9,
  agree: 0.9,
  conflict: 0.95,
  background: 0.8,
  unrelated: 1,
  // Two speakers' accounts of one thing each: Peskov against Ushakov, and the Kremlin against Sanders both
  // ways ("the White House press secretary, Sarah Sanders, has told reporters" there will be no formal
  // meeting / the Kremlin said the two had met), the issue's own example of an attributed conflict.
  otherConflicts: 3,
});

// Written after every rule before it and measured untouched first: 21 of 27 contradictions, 22 of 24
// paraphrases agreeing, none in conflict, 0 of 12 unrelated; the articles at 30 of 30 agreeing, 5 of 6
// contradictions, 6 of 6 background, 0 of 20 off-topic, and 1 agreement also shown in conflict ("a formal
// meeting between Trump and Putin never took place" against "will not hold a formal meeting"), mended since.
// What it misses is wording no lexicon here links ("frosty", "played down", "nearly identical accounts",
// "built up expectations") and a claim against an anaphoric statement ("No conclusion has been made on that").
writtenTogether('a twentieth sentence set and eighteenth articles', ['planted-20', 'articles-18'], {
  contradictions: 0.75,
  paraphrases: 0.9,
  agree: 0.95,
  conflict: 0.8,
  background: 0.95,
});

// Written after every rule before it and measured untouched first: 17 of 27 contradictions, 22 of 24
// paraphrases agreeing, none in conflict, 0 of 12 unrelated; the articles at 27 of 30 agreeing, 4 of 6
// contradictions, 6 of 6 background, 0 of 21 off-topic, and 4 agreements also shown in conflict. Its TV
// transcript lines open on a speaker label in capitals ("TOM REILLY, ANCHOR:"), now cut from claims. Mended
// since: that, "Putin was frowning", a saying pronoun's name in its own sentence, "put it", "Trump's stated
// rationale", "Peskov nonetheless insisted", "the President" as an office, "blue Vietnamese shifts" as a noun.
// One agreement stays in conflict: Peskov's "the meeting would take place" against Sanders' "the meeting was
// off", two accounts of one thing.
writtenTogether('a twenty-first sentence set and nineteenth articles', ['planted-21', 'articles-19'], {
  contradictions: 0.7,
  paraphrases: 0.9,
  agree: 0.9,
  conflict: 0.8,
  background: 0.95,
  otherConflicts: 1,
});

// Written after every rule before it, most of it close rewrites of the seeds with one fact changed, and
// measured untouched first: 26 of 27 contradictions, 23 of 24 paraphrases agreeing, 1 in conflict ("lined up
// side by side" against "stood next to each other"), 0 of 12 unrelated; the articles at 28 of 29 agreeing, 4 of
// 6 contradictions, 6 of 6 background, 0 of 19 off-topic, and 1 agreement also shown in conflict ("According
// to CNN, the White House said …" against a remark Tillerson declined to make). Mended since: "lined up", "no
// scheduled, formal meeting", and a remark withheld read as no remark said.
writtenTogether('a twenty-second sentence set and twentieth articles', ['planted-22', 'articles-20'], {
  contradictions: 0.9,
  paraphrases: 0.95,
  agree: 0.95,
  conflict: 0.6,
  background: 0.95,
});

// Written after every rule before it, most of its lines opening on a label ("Fact box:", "What we know:",
// "09:05 local time:"), and measured untouched first: 15 of 27 contradictions, 21 of 24 paraphrases agreeing,
// none in conflict, 2 of 12 unrelated flagged (APEC's earlier summit in Hanoi, Da Nang's air base, each
// agreeing with a statement over "summit", "leaders" or "city"); the articles at 27 of 27 agreeing, 6 of 6
// contradictions, 5 of 6 background, 0 of 20 off-topic, and 2 agreements also shown in conflict. Mended
// since: what follows a label looked up on its own, a role past a copula, "in the first place" / "the last
// two days", "the two would meet" as no count of meetings. One agreement stays in conflict: Sanders' "a
// meeting had never been confirmed" against Peskov's "the meeting will take place", two accounts of one
// thing.
writtenTogether('a twenty-third sentence set and twenty-first articles', ['planted-23', 'articles-21'], {
  contradictions: 0.55,
  paraphrases: 0.85,
  agree: 0.95,
  conflict: 0.95,
  background: 0.8,
  unrelated: 2,
  otherConflicts: 1,
});

// Written last, after every rule before it, and measured untouched first: 22 of 27 contradictions, 24 of 24
// paraphrases agreeing, none in conflict, 0 of 12 unrelated; the articles at 30 of 30 agreeing, 5 of 6
// contradictions, 6 of 6 background, 0 of 16 off-topic, none shown in conflict. Mended since: a quoted question
// asserts nothing, "the RIA Novosti agency that" as a slot, "close attention" / "opened", "formally begins"
// against "no formal meeting".
writtenTogether('a twenty-fourth sentence set and twenty-second articles', ['planted-24', 'articles-22'], {
  contradictions: 0.8,
  paraphrases: 0.95,
  agree: 0.95,
  conflict: 0.8,
  background: 0.95,
});

// Three pairs written together in a later session, each by a writer who read only the seeds, in styles no set
// before had (an encyclopedia entry, a press release, a children's explainer; a social-media thread, a Chinese
// state outlet, an economics weekly; a tabloid, a correction notice, a sports desk on politics), and measured
// untouched first: contradictions 16, 17 and 19 of 27, paraphrases agreeing 22, 24 and 23 of 24, none in
// conflict, unrelated flagged 0, 1 and 0 of 12; the articles at 28/30, 30/30 and 25/30 agreeing, 6/6, 6/6 and
// 4/6 contradictions, 5/6, 5/6 and 6/6 background, no off-topic claim flagged. Mended since: two named people's
// accounts weighed without their titles, "questioned whether" and other verbs of saying, a speaker opening the
// clause before a colon, "is the one who", "no evidence that", "once" / "twice", "failed to agree" against
// "reached agreement", two outlets described alike, the day a party "cited" a reason. The unrelated one left
// flagged: Trump's talks with Duterte in Manila agreeing over "Asian summit" and "talks".
writtenTogether('a twenty-fifth sentence set and twenty-third articles', ['planted-25', 'articles-23'], {
  contradictions: 0.75,
  paraphrases: 0.9,
  agree: 0.9,
  conflict: 0.95,
  background: 0.8,
  otherConflicts: 1,
});

writtenTogether('a twenty-sixth sentence set and twenty-fourth articles', ['planted-26', 'articles-24'], {
  contradictions: 0.8,
  paraphrases: 0.95,
  agree: 0.95,
  conflict: 0.95,
  background: 0.8,
  unrelated: 1,
  // Sanders' "never been confirmed and would not take place" against Peskov's "The meeting will take place on
  // the sidelines": two accounts of one thing.
  otherConflicts: 1,
});

writtenTogether('a twenty-seventh sentence set and twenty-fifth articles', ['planted-27', 'articles-25'], {
  contradictions: 0.75,
  paraphrases: 0.9,
  agree: 0.8,
  conflict: 0.8,
  background: 0.95,
});

// Three more pairs, written after every rule above by writers who read only the seeds, and measured untouched:
// contradictions 17, 20 and 13 of 27 (50 of 81), paraphrases agreeing 24, 23 and 22 of 24, none in conflict,
// unrelated flagged 1, 0 and 0 of 12; the articles at 27/30, 29/30 and 28/30 agreeing, 4/6, 6/6 and 5/6
// contradictions, 6/6, 5/6 and 6/6 background, no off-topic claim flagged, and 2, 0 and 1 agreements also shown
// in conflict. Mended since: two officials of one side as two speakers, "Nov. 9, 2017", a weekday against a
// full date, "more than one occasion" against "only once", "he" standing for no place, "were denied access",
// "the Interfax news agency", a possessive speaker ("according to Tillerson's account").
writtenTogether('a twenty-eighth sentence set and twenty-sixth articles', ['planted-28', 'articles-26'], {
  contradictions: 0.65,
  paraphrases: 0.95,
  agree: 0.95,
  conflict: 0.65,
  background: 0.95,
  unrelated: 1,
});

writtenTogether('a twenty-ninth sentence set and twenty-seventh articles', ['planted-29', 'articles-27'], {
  contradictions: 0.75,
  paraphrases: 0.9,
  agree: 0.95,
  conflict: 0.95,
  background: 0.8,
});

writtenTogether('a thirtieth sentence set and twenty-eighth articles', ['planted-30', 'articles-28'], {
  contradictions: 0.55,
  paraphrases: 0.9,
  agree: 0.9,
  conflict: 0.8,
  background: 0.95,
});

// A third round of three pairs, written after every rule above and measured untouched: contradictions 21, 21
// and 16 of 27 (58 of 81, 72%), paraphrases agreeing 23, 24 and 19 of 24, 0, 0 and 1 in conflict, unrelated
// flagged 1, 0 and 0 of 12 (Trump's talks with Duterte in Manila again); the articles at 28/30, 26/30 and
// 27/30 agreeing, 5/6, 4/6 and 4/6 contradictions, 6/6, 5/6 and 6/6 background, no off-topic claim flagged,
// and 1, 3 and 1 agreements also shown in conflict. Mended since: "was telling reporters", "nothing, formal
// meeting or otherwise,", "nothing to do with", "Nothing" or "Talking" opening a sentence read as a speaker.
// Left in conflict: Sanders' "no formal meeting" against the Russians' account (two accounts of one thing),
// and "entered not guilty pleas" against someone else's "guilty plea".
writtenTogether('a thirty-first sentence set and twenty-ninth articles', ['planted-31', 'articles-29'], {
  contradictions: 0.75,
  paraphrases: 0.9,
  agree: 0.9,
  conflict: 0.8,
  background: 0.95,
  unrelated: 1,
  otherConflicts: 1,
});

writtenTogether('a thirty-second sentence set and thirtieth articles', ['planted-32', 'articles-30'], {
  contradictions: 0.75,
  paraphrases: 0.95,
  agree: 0.85,
  conflict: 0.65,
  background: 0.8,
  otherConflicts: 1,
});

writtenTogether('a thirty-third sentence set and thirty-first articles', ['planted-33', 'articles-31'], {
  contradictions: 0.55,
  paraphrases: 0.8,
  agree: 0.9,
  conflict: 0.65,
  background: 0.95,
});

// A fourth round of three pairs, written after every rule above and measured untouched: contradictions 22, 26
// and 25 of 27 (73 of 81, 90%), paraphrases agreeing 22, 24 and 23 of 24, 1, 0 and 1 in conflict, unrelated
// flagged 2, 1 and 0 of 12 (Hanoi 2006, the 2016 expulsions, the Trans-Pacific Partnership: topic words
// alone); the articles at 30/30, 30/30 and 26/30 agreeing, 5/6, 4/6 and 6/6 contradictions, 6/6 background
// each, no off-topic claim flagged (the live blog's entries first read with their times: the evaluator now
// folds dashes as claims are folded). Mended since: a live blog entry's time, hours and minutes and "G20"
// counting nothing, "absent a", "non-", an impersonal report's speaker, an adverb in a speaker's name, a
// people before a verb, a verb and its act's noun as the same thing in a place, what is bargained over.
// Left: "played down" against "promoted" (WordNet does not oppose them), "lowered" / "raised" found only once
// the people rule above was mended, "hype" / "promoted", a conclusion reached / "No conclusion has been made
// on that" (an anaphoric statement).
writtenTogether('a thirty-fourth sentence set and thirty-second articles', ['planted-34', 'articles-32'], {
  contradictions: 0.85,
  paraphrases: 0.95,
  agree: 0.95,
  conflict: 0.95,
  background: 0.95,
  unrelated: 2,
  // "POTUS told press …" against the same remark of Trump's: the title's initials are not read as his.
  otherConflicts: 1,
});

writtenTogether('a thirty-fifth sentence set and thirty-third articles', ['planted-35', 'articles-33'], {
  contradictions: 0.9,
  paraphrases: 0.95,
  agree: 0.95,
  conflict: 0.8,
  background: 0.95,
  unrelated: 1,
  // Sanders' "no formal meeting" against the Russians' account twice (two accounts of one thing), and
  // Putin's denial against Tillerson's account of the first meeting (similar over the words of the denial).
  otherConflicts: 3,
});

writtenTogether('a thirty-sixth sentence set and thirty-fourth articles', ['planted-36', 'articles-34'], {
  contradictions: 0.9,
  paraphrases: 0.95,
  agree: 0.85,
  conflict: 0.95,
  background: 0.95,
});

// A fifth round of three pairs, written after every rule above and measured untouched: contradictions 25, 22
// and 19 of 27 (66 of 81, 81%), paraphrases agreeing 22, 23 and 22 of 24, none in conflict, unrelated
// flagged 0, 0 and 1 of 12 (Hanoi 2006 again); the articles at 28/30, 29/30 and 28/30 agreeing, 5/6, 4/6 and
// 6/6 contradictions, 6/6, 4/6 and 5/6 background, no off-topic claim flagged. Mended since: the lexicon's
// opposites inherited from senses of many kinds ("stay" / "interactions"), a place against a titled person,
// "Sun." for Sunday, adverbs of manner on WordNet's scales ("frostily" / "amiably"), a denied verb reaching
// the verb after "to" ("never bothered to deny"), "also" on one side only, a weekday dating the telling.
// Left: "played down" again, "address" / "speech" (WordNet's third sense of "address"), "the secretary of
// state confirmed" read as no speaker, "Neither man put on" (a phrasal verb), questions and answers ("Q: …
// A: Yes; …"), "stalled" / "advanced", "rejected" / "reinforced", text-message abbreviations ("Pres.", "PM").
writtenTogether('a thirty-seventh sentence set and thirty-fifth articles', ['planted-37', 'articles-35'], {
  contradictions: 0.9,
  paraphrases: 0.9,
  agree: 0.9,
  conflict: 0.8,
  background: 0.95,
  // Sanders' "no formal meeting" against the Russians' account, twice: two accounts of one thing.
  otherConflicts: 2,
});

writtenTogether('a thirty-eighth sentence set and thirty-sixth articles', ['planted-38', 'articles-36'], {
  contradictions: 0.85,
  paraphrases: 0.95,
  agree: 0.95,
  conflict: 0.8,
  background: 0.65,
  otherConflicts: 1,
});

writtenTogether('a thirty-ninth sentence set and thirty-seventh articles', ['planted-39', 'articles-37'], {
  contradictions: 0.7,
  paraphrases: 0.9,
  agree: 0.9,
  conflict: 0.95,
  background: 0.8,
  unrelated: 1,
  otherConflicts: 2,
});

// A sixth round of three pairs, reworded more freely, written after every rule above and measured untouched:
// contradictions 20, 18 and 18 of 27 (56 of 81, 69%), paraphrases agreeing 19, 20 and 19 of 24, 0, 0 and 2
// in conflict, unrelated flagged 1, 0 and 0 of 12; the articles at 25/30, 28/30 and 25/30 agreeing, 4/6, 6/6
// and 4/6 contradictions, all background left alone, no off-topic claim flagged. Mended since: "In the end" /
// "intrigue that began", "the prevention of", "informed", two days of a month of different things, a
// weekday the other side also names, a thread's post number, "Vietnam's capital" / "in Vietnam, senior", one
// count on both sides and one remark withheld on both sides as shared, "no longer". Left: "at no point
// disputed" / "denied", "played down", "the head of the Kremlin" as Putin, "last stop" / "final stop" in
// short sentences, "said in a statement issued on Sunday that" (reaching that "that" turned two accounts of
// one side into conflicts), days in sentences alike under 0.4.
writtenTogether('a fortieth sentence set and thirty-eighth articles', ['planted-40', 'articles-38'], {
  contradictions: 0.7,
  paraphrases: 0.75,
  agree: 0.8,
  conflict: 0.65,
  background: 0.95,
  unrelated: 1,
  // Sanders' "no formal meeting" against the Russians' account, twice: two accounts of one thing.
  otherConflicts: 2,
});

writtenTogether('a forty-first sentence set and thirty-ninth articles', ['planted-41', 'articles-39'], {
  contradictions: 0.65,
  paraphrases: 0.9,
  agree: 0.9,
  conflict: 0.95,
  background: 0.95,
  // "did not hold a formal meeting" against the Russians' account, twice.
  otherConflicts: 2,
});

writtenTogether('a forty-second sentence set and fortieth articles', ['planted-42', 'articles-40'], {
  contradictions: 0.7,
  paraphrases: 0.9,
  agree: 0.8,
  conflict: 0.8,
  background: 0.95,
  // "never did hold their formal meeting" against the Russians' account; Putin's own denial against
  // Tillerson's account of the first meeting (similar over the words of the denial); Sanders' account against
  // Peskov's.
  otherConflicts: 3,
});

// A seventh round of three pairs whose writers were told to reword freely, in their own vocabulary wherever a
// synonym exists, measured untouched: contradictions 11, 20 and 15 of 27 (46 of 81, 57%; the third measured
// after the two-hyphen dateline below), paraphrases agreeing 19, 21 and 17 of 24 (57 of 72, 79%), none in
// conflict, no unrelated sentence flagged; the articles at 26/30, 28/30 and 26/30 agreeing, 5/6, 5/6 and 3/6
// contradictions, 5/6, 6/6 and 5/6 background, no off-topic claim flagged. Mended since: a dateline written
// with two hyphens, "The President, he said, had pressed Putin …" read as Putin speaking. Left, and what most
// misses here are: sentences that share too few words to be found at all ("Moscow swiftly played down the
// accord while Washington said nothing at all"; "Moscow" for the Kremlin, "accord" for the agreement,
// "retinues" for entourages), "address" for "speech", "matched" / "contradicted", labels such as "Correct:".
writtenTogether('a forty-third sentence set and forty-first articles', ['planted-43', 'articles-41'], {
  contradictions: 0.4,
  paraphrases: 0.75,
  agree: 0.85,
  conflict: 0.8,
  background: 0.8,
});

writtenTogether('a forty-fourth sentence set and forty-second articles', ['planted-44', 'articles-42'], {
  contradictions: 0.75,
  paraphrases: 0.85,
  agree: 0.95,
  conflict: 0.8,
  background: 0.95,
  // Sanders' "no meeting … confirmed" against the Russians' account: two accounts of one thing.
  otherConflicts: 1,
});

writtenTogether('a forty-fifth sentence set and forty-third articles', ['planted-45', 'articles-43'], {
  contradictions: 0.55,
  paraphrases: 0.7,
  agree: 0.85,
  conflict: 0.5,
  background: 0.8,
});

// An eighth round of three pairs (Irish broadsheet, radio script, teen explainer, diplomatic cable; Indian
// daily, timeline, investor newsletter, fact-checker, reworded freely; New Zealand regional paper, academic
// blog, sports desk, court-style chronology), measured untouched: contradictions 24, 21 and 19 of 27 (64 of 81,
// 79%), paraphrases agreeing 23, 22 and 21 of 24 (66 of 72, 92%), none in conflict, one unrelated sentence
// flagged; the articles at 26/30, 30/30 and 27/30 agreeing, 6/6, 4/6 and 4/6 contradictions, 5/6, 5/6 and 6/6
// background, no off-topic claim flagged. Mended since: a negation past an aside naming who says it ("would
// not, … Sanders informed reporters, be holding"), "Moscow" for the Kremlin, "In a statement issued on Sunday,
// the Kremlin said" dating the telling, "his campaign never worked with" denying no campaign, "In December
// 2016, …" vouched for by no "2016 election", "Photo-op watch:" read as a credit, "several hours before" /
// "minutes before", "departed for Ho Chi Minh City" / "heading to the capital city of Hanoi". Left: "played
// down" / "promoted", "bolster" / "harm", "frowned" / "smiling", "let into" / "not granted access".
writtenTogether('a forty-sixth sentence set and forty-fourth articles', ['planted-46', 'articles-44'], {
  contradictions: 0.85,
  paraphrases: 0.9,
  agree: 0.9,
  conflict: 0.95,
  background: 0.8,
  // Sanders' "no meeting … had ever been confirmed" against the Russians' account, and against Peskov's: two
  // accounts of one thing, twice.
  otherConflicts: 2,
});

writtenTogether('a forty-seventh sentence set and forty-fifth articles', ['planted-47', 'articles-45'], {
  contradictions: 0.85,
  paraphrases: 0.9,
  agree: 0.95,
  conflict: 0.65,
  background: 0.8,
  // A timeline's "November 11: Trump and Putin shook hands … ahead of an APEC plenary session" against the
  // photo caption's handshake "ahead of the … gala dinner … on November 10": two handshakes, read as one.
  otherConflicts: 1,
});

writtenTogether('a forty-eighth sentence set and forty-sixth articles', ['planted-48', 'articles-46'], {
  contradictions: 0.7,
  paraphrases: 0.85,
  agree: 0.9,
  conflict: 0.65,
  background: 0.95,
  // "with journalists accompanying Trump denied access to every APEC event": "denied" without "were" is not
  // read as a denial, so "every" stands against "not … any of the APEC events".
  otherConflicts: 1,
});

// A ninth round of three pairs, written after every rule of the session that measured the eighth (Scottish
// daily, TV news ticker, debate briefing notes, Singapore business paper; wire explainer, satire site, alumni
// magazine, Kenyan daily, reworded freely; local TV website, foreign-policy newsletter, translated Spanish
// summary, research guide), measured untouched: contradictions 22, 24 and 23 of 27 (69 of 81, 85%),
// paraphrases agreeing 21, 19 and 21 of 24 (61 of 72, 85%), one in conflict ("Trump pressed Putin" read as a
// rival of "pressed President Putin"), no unrelated sentence flagged; the articles at 30/30, 29/30 and 29/30
// agreeing, 3/6, 4/6 and 4/6 contradictions, 5/6 background each, no off-topic claim flagged. Mended since:
// that paraphrase, and "Air Force One lands in the Philippines" / "touched down in Vietnam" (twice). Every
// agreement also shown in conflict below is Sanders' "no formal meeting" against the Kremlin's account: two
// accounts of one thing. Left: "played down" / "promoted", "tense" / "friendly", "moved forward" / "stalled",
// "Indonesia will be the last stop" (a long statement's last clause), background sentences about APEC's 21
// economies agreeing on shared topic words.
writtenTogether('a forty-ninth sentence set and forty-seventh articles', ['planted-49', 'articles-47'], {
  contradictions: 0.8,
  paraphrases: 0.85,
  agree: 0.95,
  conflict: 0.65,
  background: 0.8,
  otherConflicts: 1,
});

writtenTogether('a fiftieth sentence set and forty-eighth articles', ['planted-50', 'articles-48'], {
  contradictions: 0.85,
  paraphrases: 0.8,
  agree: 0.95,
  conflict: 0.65,
  background: 0.8,
  otherConflicts: 1,
});

writtenTogether('a fifty-first sentence set and forty-ninth articles', ['planted-51', 'articles-49'], {
  contradictions: 0.85,
  paraphrases: 0.85,
  agree: 0.95,
  conflict: 0.8,
  background: 0.8,
  otherConflicts: 1,
});

// A tenth round of three pairs, written after every rule of the session (Welsh regional paper, morning
// briefing email, university press office, Philippine daily; long-form magazine, Canadian wire, podcast
// description, "five things to know", reworded freely; German outlet in English, community radio summary,
// think-tank recap, Nigerian daily), measured untouched: contradictions 23, 24 and 23 of 27 (70 of 81, 86%),
// paraphrases agreeing 21, 15 and 21 of 24 (57 of 72, 79%), none in conflict, one unrelated sentence flagged
// in each; the articles at 29/30, 25/30 and 30/30 agreeing, 4/6, 4/6 and 5/6 contradictions, 6/6 background
// each, no off-topic claim flagged. Mended since: "Russian President Vladimir Putin" read as a place against
// "after Hanoi held it", and "What never happened, in the end, was a formal meeting" (a pseudo-cleft whose
// negation did not reach the meeting). Left: the reworded-freely set's paraphrases (vocabulary: "under the
// microscope", "retinues", "run-ins"); two unrelated sentences agreeing on topic words ("agreed on the
// sidelines of the Da Nang summit", a typhoon that "struck" Vietnam). The agreements in conflict are
// Sanders' and the Kremlin's two accounts of one thing.
writtenTogether('a fifty-second sentence set and fiftieth articles', ['planted-52', 'articles-50'], {
  contradictions: 0.85,
  paraphrases: 0.85,
  agree: 0.95,
  conflict: 0.65,
  background: 0.95,
  // "The eleven remaining members of the Trans-Pacific Partnership agreed on the sidelines of the Da Nang
  // summit …": alike on the summit's words only, it agrees.
  unrelated: 1,
  otherConflicts: 2,
});

writtenTogether('a fifty-third sentence set and fifty-first articles', ['planted-53', 'articles-51'], {
  contradictions: 0.85,
  paraphrases: 0.6,
  agree: 0.8,
  conflict: 0.65,
  background: 0.95,
  otherConflicts: 2,
});

writtenTogether('a fifty-fourth sentence set and fifty-second articles', ['planted-54', 'articles-52'], {
  contradictions: 0.85,
  paraphrases: 0.85,
  agree: 0.95,
  conflict: 0.8,
  background: 0.95,
  // "Days before the APEC summit opened, Typhoon Damrey struck central Vietnam …": "struck" as in striking a
  // deal, and the summit's words.
  unrelated: 1,
});

// An eleventh round of three pairs, written after every rule of the session including the adjective and noun
// synonyms (Australian tabloid, interview Q&A summary, legal-style chronology, children's news magazine; South
// African daily, politics newsletter, government briefing note, student paper, reworded freely; local TV
// website, economics weekly, numbered thread, Pakistani daily), measured untouched: contradictions 18, 24
// and 21 of 27 (63 of 81, 78%), paraphrases agreeing 21, 24 and 24 of 24 (69 of 72, 96%), none in conflict,
// no unrelated sentence flagged; the articles at 29/30, 29/30 and 30/30 agreeing, 5/6, 6/6 and 5/6
// contradictions, 6/6, 6/6 and 5/6 background, no off-topic claim flagged. Mended since: "Tillerson did say
// that" and "Asked about …, Tillerson said that" against "didn't say whether"; "the preceding four days";
// "negotiated openly …, not behind the scenes"; "4/ Back in Japan, Trump gave a … speech"; participles of
// saying ("insisting"); a question quoted after a colon ("McMaster replied: '…substantive?'"); "four
// officials" / "two administration officials"; a dateline with its day ("DA NANG, Nov. 11 --"); a remark
// only withheld is no speaker's account. Left: vocabulary ("chinwag", "yakking", "swallowed" a denial,
// "played down" against "promoted", "frowned" against "smiling", "openly" against "quietly").
writtenTogether('a fifty-fifth sentence set and fifty-third articles', ['planted-55', 'articles-53'], {
  contradictions: 0.75,
  paraphrases: 0.85,
  agree: 0.95,
  conflict: 0.8,
  background: 0.95,
  // Sanders' and Peskov's accounts of whether a meeting would take place.
  otherConflicts: 1,
});

writtenTogether('a fifty-sixth sentence set and fifty-fourth articles', ['planted-56', 'articles-54'], {
  contradictions: 0.9,
  paraphrases: 0.95,
  agree: 0.95,
  conflict: 0.95,
  background: 0.95,
});

writtenTogether('a fifty-seventh sentence set and fifty-fifth articles', ['planted-57', 'articles-55'], {
  contradictions: 0.9,
  paraphrases: 0.95,
  agree: 0.95,
  conflict: 0.8,
  background: 0.8,
  // "Sanders … did leave the door open to informal encounters" against "Sanders told reporters the meeting
  // was off": the meeting called off read as a denial of the encounters.
  otherConflicts: 1,
});

// A twelfth round of three pairs, written after every rule of the eleventh (Canadian public broadcaster,
// radio host's read-out, EU press summary, Ghanaian daily; markets brief, satirical monologue recap,
// Malaysian daily, defence situation report, reworded freely; Scottish broadsheet, Filipino tabloid, lecture
// summary, TV caption feed), measured untouched: contradictions 23, 24 and 22 of 27 (69 of 81, 85%),
// paraphrases agreeing 22, 21 and 23 of 24 (66 of 72, 92%), one paraphrase in conflict in each of the first
// two, no unrelated sentence flagged; the articles at 28/30, 28/30 and 30/30 agreeing, 5/6, 6/6 and 5/6
// contradictions, 4/6, 5/6 and 6/6 background, no off-topic claim flagged. Mended since: the paraphrases in
// conflict ("was declared off"; "Asia-Pacific Rim" / "Asian-Pacific Rim"), "in order to damage", the
// McMaster question after a colon, "It was stated by Sanders that", "Putin, the reporters heard, denied",
// "the central Vietnamese city of Danang" as shared words, "the G20 summit in Germany" against the APEC
// summit in Vietnam, "Officials said", "will not be sitting down for a formal meeting". Left: vocabulary
// ("played down", "openly", "conciliatory address", "rejected that notion", "tout"), and an APEC definition
// agreeing on the summit's name and "meet".
writtenTogether('a fifty-eighth sentence set and fifty-sixth articles', ['planted-58', 'articles-56'], {
  contradictions: 0.9,
  paraphrases: 0.95,
  agree: 0.9,
  conflict: 0.8,
  // Two lines on what APEC is agree with statements naming the summit ("the Asia-Pacific Economic Cooperation
  // conference") and its leaders meeting.
  background: 0.65,
  // The White House's and the Kremlin's accounts of whether the two met.
  otherConflicts: 1,
});

writtenTogether('a fifty-ninth sentence set and fifty-seventh articles', ['planted-59', 'articles-57'], {
  contradictions: 0.85,
  paraphrases: 0.9,
  agree: 0.95,
  conflict: 0.95,
  background: 0.95,
});

writtenTogether('a sixtieth sentence set and fifty-eighth articles', ['planted-60', 'articles-58'], {
  contradictions: 0.8,
  paraphrases: 0.95,
  agree: 0.95,
  conflict: 0.95,
  background: 0.95,
});

// A thirteenth round of three pairs, written after every rule of the twelfth (New York tabloid, Japanese
// wire's English desk, forum summary post, Kenyan broadcaster; Australian public broadcaster, think-piece
// newsletter, South Korean daily, briefs column, reworded freely; Washington insider newsletter, Thai daily,
// wire quick facts, TV anchor script), measured untouched: contradictions 25, 24 and 24 of 27 (73 of 81,
// 90%), paraphrases agreeing 23, 24 and 24 of 24 (71 of 72, 99%), none in conflict, no unrelated sentence
// flagged; the articles at 30/30, 29/30 and 30/30 agreeing, 4/6, 6/6 and 6/6 contradictions, 6/6, 5/6 and 6/6
// background, no off-topic claim flagged — the first round to meet every bar of the issue in every set.
// Mended since: "said the Russian presidential aide Yuri Ushakov", "the forum's summit in Vladivostok in
// 2012" against the summit in Vietnam, "in terms of a formal meeting, there is nothing on the calendar", a
// quoted question taken for a remark told. Left: "played down", "negotiated openly", "boost" against "harm".
writtenTogether('a sixty-first sentence set and fifty-ninth articles', ['planted-61', 'articles-59'], {
  contradictions: 0.9,
  paraphrases: 0.95,
  agree: 0.95,
  conflict: 0.8,
  background: 0.95,
});

writtenTogether('a sixty-second sentence set and sixtieth articles', ['planted-62', 'articles-60'], {
  contradictions: 0.85,
  paraphrases: 0.95,
  agree: 0.95,
  conflict: 0.95,
  background: 0.95,
});

writtenTogether('a sixty-third sentence set and sixty-first articles', ['planted-63', 'articles-61'], {
  contradictions: 0.85,
  paraphrases: 0.95,
  agree: 0.95,
  conflict: 0.95,
  background: 0.95,
});

// A fourteenth round of three pairs, written after every rule of the thirteenth (British tabloid, Swiss
// agency's English wire, debate brief, Bangladeshi daily; Chicago daily, policy digest, Sri Lankan daily,
// sports-radio host, reworded freely; Israeli daily, public affairs TV website, diplomats' newsletter,
// Nigerian tabloid), measured untouched: contradictions 24, 23 and 24 of 27 (71 of 81, 88%), paraphrases
// agreeing 23, 24 and 22 of 24 (69 of 72, 96%), one paraphrase in conflict (the last set), no unrelated
// sentence flagged; the articles at 29/30, 30/30 and 29/30 agreeing, 5/6, 6/6 and 5/6 contradictions, 5/6, 6/6
// and 6/6 background, no off-topic claim flagged. Mended since: "between the two, a notion" counted as two
// notions (the paraphrase in conflict), "the G20 in Italy" against "the G20 summit in Germany", and "addressing
// Kim Jong Un directly, he declared" read as Kim speaking. Left: "played down", "negotiated openly",
// "frowning", "never even on the table", "it's White House chief of staff John Kelly telling reporters".
writtenTogether('a sixty-fourth sentence set and sixty-second articles', ['planted-64', 'articles-62'], {
  contradictions: 0.85,
  paraphrases: 0.95,
  agree: 0.95,
  conflict: 0.8,
  background: 0.8,
  // "spotted chatting … on Saturday" against Ushakov's word that the two would meet on Friday.
  otherConflicts: 1,
});

writtenTogether('a sixty-fifth sentence set and sixty-third articles', ['planted-65', 'articles-63'], {
  contradictions: 0.85,
  paraphrases: 0.95,
  agree: 0.95,
  conflict: 0.95,
  background: 0.95,
});

writtenTogether('a sixty-sixth sentence set and sixty-fourth articles', ['planted-66', 'articles-64'], {
  contradictions: 0.85,
  paraphrases: 0.95,
  agree: 0.95,
  conflict: 0.8,
  background: 0.95,
});

// A fifteenth round of three pairs, written after every rule of the fourteenth (Singapore broadsheet,
// technology site, op-ed columnist, wire factbox; translated Quebec outlet, cable-news ticker, Ugandan daily,
// veterans' magazine; Irish tabloid, Vietnamese state agency, seminar notes, push digest), measured untouched:
// contradictions 26, 22 and 25 of 27 (73 of 81, 90%), paraphrases agreeing 24, 24 and 22 of 24 (70 of 72,
// 97%), one paraphrase in conflict (the last set), no unrelated sentence flagged; the articles at 30/30, 29/30
// and 27/30 agreeing, 6/6, 6/6 and 5/6 contradictions, all background left alone, no off-topic claim flagged.
// Mended since: "The Press Secretary added" read against Sanders (the paraphrase in conflict), "the G20 Summit
// in Argentina" (capitalised) not set against "the G20 summit in Germany", "Earlier, …, he had told" read as
// Earlier speaking, a speaker before a 15-word aside, and "As for a scheduled, formal meeting, Sanders said
// there was simply nothing" not reaching back to the meeting. Left: "plays down", "negotiated openly",
// "frowned", "boost" against "harm", slang ("natters", "bigging up").
writtenTogether('a sixty-seventh sentence set and sixty-fifth articles', ['planted-67', 'articles-65'], {
  contradictions: 0.95,
  paraphrases: 0.95,
  agree: 0.95,
  conflict: 0.95,
  background: 0.95,
  // "The Kremlin said … had met … and reached agreement" against the White House's word that no formal
  // meeting would be held: two speakers' accounts of one thing.
  otherConflicts: 1,
});

writtenTogether('a sixty-eighth sentence set and sixty-sixth articles', ['planted-68', 'articles-66'], {
  contradictions: 0.85,
  paraphrases: 0.95,
  agree: 0.95,
  conflict: 0.95,
  background: 0.95,
});

writtenTogether('a sixty-ninth sentence set and sixty-seventh articles', ['planted-69', 'articles-67'], {
  contradictions: 0.9,
  paraphrases: 0.95,
  agree: 0.9,
  conflict: 0.95,
  background: 0.95,
});

// A sixteenth round of three pairs, written after every rule of the fifteenth (Brazilian outlet in
// translation, business-school case study, local radio bulletin, Turkish daily; financial column, hearing
// summary, Korean-American paper, Scottish tabloid, reworded freely; Indian wire, "on this day" column, Model
// UN fact sheet, Alaskan weekly), measured untouched: contradictions 23, 25 and 23 of 27 (71 of 81, 88%),
// paraphrases agreeing 24, 22 and 24 of 24 (70 of 72, 97%), one paraphrase in conflict (the middle set), one
// unrelated sentence flagged (the first); the articles at 28/30, 30/30 and 30/30 agreeing, 5/6, 4/6 and 6/6
// contradictions, 5/6, 5/6 and 6/6 background, no off-topic claim flagged. Mended since: "Vlad and The Donald"
// set against "Putin and Trump" (the paraphrase in conflict), "ISIL" against "the Islamic State group" and
// "contradicted what the Russian side had told reporters" read as the Russian side speaking (two article
// agreements in conflict), "each one wearing" counted as one, "November ninth", "John Kelly" read as an
// adverb, an APEC background agreeing over "leaders'" and "city". Left: "played down", "negotiated openly",
// "boost" against "harm", "rejected" against "echoed", and an unrelated sentence on Obama's expulsion of
// Russian diplomats that agrees over "Russian interference in the election".
writtenTogether('a seventieth sentence set and sixty-eighth articles', ['planted-70', 'articles-68'], {
  contradictions: 0.9,
  paraphrases: 0.95,
  agree: 0.95,
  conflict: 0.8,
  background: 0.95,
  unrelated: 1,
});

writtenTogether('a seventy-first sentence set and sixty-ninth articles', ['planted-71', 'articles-69'], {
  contradictions: 0.9,
  paraphrases: 0.95,
  agree: 0.95,
  conflict: 0.65,
  background: 0.8,
});

writtenTogether('a seventy-second sentence set and seventieth articles', ['planted-72', 'articles-70'], {
  contradictions: 0.85,
  paraphrases: 0.95,
  agree: 0.95,
  conflict: 0.95,
  background: 0.95,
});

// A seventeenth round of three pairs, written after every rule of the sixteenth (Mexican outlet's English
// edition, corrections column, think-tank podcast summary, Welsh broadsheet; Japanese public broadcaster,
// talk-radio recap, international-relations newsletter, Caribbean daily, reworded freely; German wire in
// English, weekly magazine, parliamentary library briefing, New Zealand site), measured untouched:
// contradictions 24, 23 and 24 of 27 (71 of 81, 88%), paraphrases agreeing 24, 23 and 24 of 24 (71 of 72,
// 99%), one paraphrase in conflict (the middle set), no unrelated sentence flagged; the articles at 30/30,
// 29/30 and 30/30 agreeing, 5/6, 4/6 and 6/6 contradictions, all background left alone, no off-topic claim
// flagged. Mended since: "no scheduled formal meeting was on the calendar or anticipated" read against "we
// don't anticipate one" (the paraphrase in conflict), "did not, however, leave the door open", "White House
// chief of staff John Kelly", "Over in Japan, Trump gave a blunt, fire-and-brimstone speech", "the first
// two weeks" against "the first week", two days in nearly the same sentences where one says "also", and
// "Tillerson has said that at their first meeting …" against his declining to say whether the two would meet
// in Vietnam. Left: "played down", "negotiated openly", "never even came up" against "had been discussed".
writtenTogether('a seventy-third sentence set and seventy-first articles', ['planted-73', 'articles-71'], {
  contradictions: 0.85,
  paraphrases: 0.95,
  agree: 0.95,
  conflict: 0.95,
  background: 0.95,
  // The Kremlin's account that the two met against Sanders' that they would not, each way: two speakers'
  // accounts of one thing, the issue's own example.
  otherConflicts: 2,
});

writtenTogether('a seventy-fourth sentence set and seventy-second articles', ['planted-74', 'articles-72'], {
  contradictions: 0.9,
  paraphrases: 0.95,
  agree: 0.95,
  conflict: 0.8,
  background: 0.95,
});

writtenTogether('a seventy-fifth sentence set and seventy-third articles', ['planted-75', 'articles-73'], {
  contradictions: 0.9,
  paraphrases: 0.95,
  agree: 0.95,
  conflict: 0.95,
  background: 0.95,
  // The White House's word that there would be no formal meeting against the Kremlin's that the two met.
  otherConflicts: 1,
});

// An eighteenth round of three pairs, written after every rule of the seventeenth (Spanish wire in English,
// evening newscast script, moot-court statement of facts, Ghanaian daily; Hong Kong daily, humour newsletter,
// shipping trade paper, Norwegian broadcaster in English, reworded freely; Australian wire, diplomatic
// week-ahead column, civics answer key, Indonesian daily), measured untouched: contradictions 26, 25 and 26 of
// 27 (77 of 81, 95%), paraphrases agreeing 24 of 24 each (72 of 72), none in conflict, one unrelated sentence
// flagged (the first set); the articles at 30/30 each agreeing, 5/6, 6/6 and 4/6 contradictions, 6/6, 5/6 and
// 6/6 background, no off-topic claim flagged. Mended since: "Vietnam previously hosted the APEC leaders'
// summit in 2006" agreeing with a 2017 report of the summit there (the unrelated sentence), "the first ten
// days" against "the first week". Left: "negotiated openly", "play down", "reject" against "reinforced",
// "had not pressed Putin" found by no statement, a background sentence on Mueller's appointment
// agreeing with one that names him special counsel. Each set's one article agreement also in conflict is two
// speakers' accounts of one thing (the Kremlin or Peskov against the White House).
writtenTogether('a seventy-sixth sentence set and seventy-fourth articles', ['planted-76', 'articles-74'], {
  contradictions: 0.95,
  paraphrases: 0.95,
  agree: 0.95,
  conflict: 0.8,
  background: 0.95,
  otherConflicts: 1,
});

writtenTogether('a seventy-seventh sentence set and seventy-fifth articles', ['planted-77', 'articles-75'], {
  contradictions: 0.9,
  paraphrases: 0.95,
  agree: 0.95,
  conflict: 0.95,
  background: 0.8,
  otherConflicts: 1,
});

writtenTogether('a seventy-eighth sentence set and seventy-sixth articles', ['planted-78', 'articles-76'], {
  contradictions: 0.95,
  paraphrases: 0.95,
  agree: 0.95,
  conflict: 0.65,
  background: 0.95,
  otherConflicts: 1,
});

// A nineteenth round of three pairs, written after every rule of the eighteenth (Philippine broadsheet,
// news-literacy teaching guide, Chilean outlet's English summary, London evening paper; Polish weekly in
// English, sports columnist, foreign-ministry watchers' blog, Zimbabwean daily, reworded freely; Italian
// agency's English wire, city magazine digest, congressional research memo, Malaysian daily), measured
// untouched: contradictions 26, 21 and 22 of 27 (69 of 81, 85%), paraphrases agreeing 24 of 24 each, none in
// conflict, no unrelated sentence flagged; the articles at 30/30, 29/30 and 29/30 agreeing, 4/6, 4/6 and 5/6
// contradictions, all background left alone, no off-topic claim flagged. Mended since: "three US
// administration officials" against "two administration officials", "a senior Administration official" read
// as a party rival to Trump (an article agreement in conflict), "the gala dinner in Hanoi" against "in the
// central Vietnamese city of Danang". Left: "negotiated openly", "play down", "frowned", "the last leg of his
// tour: Malaysia" against "his final stop", "easing pressure" against "increasing pressure", "NBC News" against
// "Fox News" cameramen, "over the Gulf of Thailand" against "overlooking the South China Sea".
writtenTogether('a seventy-ninth sentence set and seventy-seventh articles', ['planted-79', 'articles-77'], {
  contradictions: 0.95,
  paraphrases: 0.95,
  agree: 0.95,
  conflict: 0.65,
  background: 0.95,
  // Sanders' word that there would be no formal meeting against the Kremlin's that the two met (two
  // accounts of one thing). The Saturday photo-op walk, once set against the Friday gala photo's date, no
  // longer is: the two share no word but "photo" that is no name.
  otherConflicts: 1,
});

writtenTogether('an eightieth sentence set and seventy-eighth articles', ['planted-80', 'articles-78'], {
  contradictions: 0.75,
  paraphrases: 0.95,
  // 28 of 30 since the twenty-first round: Sanders' "the pair were going to be in the same place" had agreed
  // only with "no formal meeting will take place" (a noun of a verb, no place); the quotation it paraphrases
  // is three sentences long, "she" saying it, and too unlike it to be found.
  agree: 0.9,
  conflict: 0.65,
  background: 0.95,
});

writtenTogether('an eighty-first sentence set and seventy-ninth articles', ['planted-81', 'articles-79'], {
  contradictions: 0.85,
  paraphrases: 0.95,
  agree: 0.95,
  conflict: 0.95,
  background: 0.95,
});

// A twentieth round of three pairs, written after every rule of the nineteenth (Taiwanese daily in English,
// encyclopedia entry, trade-union column, Caribbean daily; Dutch broadcaster's English service, fact-checking
// write-up, aviation trade journal, Indonesian daily; Estonian broadcaster in English, travel magazine,
// retired diplomat's blog, Cameroonian daily), measured untouched: contradictions 21, 24 and 25 of 27 (70 of
// 81, 86%), paraphrases agreeing 22, 24 and 24 of 24, 1 in conflict ("According to Mr Tillerson, the
// president pressed Mr Putin", the statement capitalising "The President"), no unrelated sentence flagged;
// the articles at 29/30, 30/30 and 30/30 agreeing, 4/6, 3/6 and 6/6 contradictions, 6/6, 5/6 and 6/6
// background. Mended since: "on 8 November" against "on Thursday" in a report of that week, "about an hour
// before" against "minutes before", "North Korea and Iran" against "North Korea and Ukraine", "a briefing
// for the travelling press in Japan" against "briefing reporters in China", "Trump's Asian tour" against his
// "trip through Asia". Left: "negotiated openly", "play down", "boost" for "harm", "easing" for "ramping up"
// pressure, a two-day meeting the statement calls "the two world leaders" met at, Peskov put in Lavrov's
// place in indirect speech. One background sentence agrees, rightly: the first Trump-Putin meeting on the
// sidelines of the G20, which a seed tells too.
writtenTogether('an eighty-second sentence set and eightieth articles', ['planted-82', 'articles-80'], {
  contradictions: 0.8,
  paraphrases: 0.95,
  agree: 0.95,
  conflict: 0.95,
  background: 0.95,
  // Sanders' word that no meeting was confirmed against Peskov's that it would take place.
  otherConflicts: 1,
});

writtenTogether('an eighty-third sentence set and eighty-first articles', ['planted-83', 'articles-81'], {
  contradictions: 0.9,
  paraphrases: 0.95,
  agree: 0.95,
  conflict: 0.8,
  background: 0.8,
  // Sanders' account against Peskov's, and against the Kremlin's that the two met: two accounts each.
  otherConflicts: 2,
});

writtenTogether('an eighty-fourth sentence set and eighty-second articles', ['planted-84', 'articles-82'], {
  contradictions: 0.9,
  paraphrases: 0.95,
  agree: 0.95,
  conflict: 0.95,
  background: 0.95,
  // Peskov's word that the meeting would take place against Sanders' that it was off (two accounts of one
  // thing), and a loose one: Sanders' "in the same place" set against Peskov's "will take place".
  otherConflicts: 2,
});

// A twenty-first round of three pairs, written after every rule of the twentieth (Greek paper's English
// edition, morning radio summary, agency explainer, East African weekly; a Quebec outlet's English summary,
// US public radio, podcast show notes, Sri Lankan Sunday paper, names mostly given as descriptions, "the
// Russian leader"; British live blog, defence weekly, Namibian daily, talk-radio website), measured
// untouched: contradictions 25, 24 and 25 of 27 (74 of 81, 91%), paraphrases agreeing 24, 22 and 24 of 24,
// 1 in conflict ("According to the secretary of state, the Russian president denied …" read as the Russian
// president's words), no unrelated sentence flagged; the articles at 28/30, 30/30 and 29/30 agreeing, 6/6,
// 5/6 and 4/6 contradictions, 6/6, 5/6 and 6/6 background. Mended since: an opening "According to"
// someone unnamed, "the American President" as Trump, "in the same place" read against "will take place",
// a trailing relative clause ("…, which brought the heads of the Pacific Rim economies to the coast") kept
// from a claim's own clause. Left: "openly", "play down", "frowning", "easing" pressure, "will not be on
// Trump's agenda" against "will continue to focus on North Korea", a paraphrase of a long quotation "she"
// said.
writtenTogether('an eighty-fifth sentence set and eighty-third articles', ['planted-85', 'articles-83'], {
  contradictions: 0.9,
  paraphrases: 0.95,
  agree: 0.95,
  conflict: 0.95,
  background: 0.95,
});

writtenTogether('an eighty-sixth sentence set and eighty-fourth articles', ['planted-86', 'articles-84'], {
  contradictions: 0.85,
  paraphrases: 0.95,
  agree: 0.95,
  conflict: 0.8,
  background: 0.8,
  // The Kremlin's account that the two met against Sanders' that they would not.
  otherConflicts: 1,
});

writtenTogether('an eighty-seventh sentence set and eighty-fifth articles', ['planted-87', 'articles-85'], {
  contradictions: 0.9,
  paraphrases: 0.95,
  agree: 0.95,
  conflict: 0.65,
  background: 0.95,
  // The Kremlin's account that the two met against Sanders' that they would not.
  otherConflicts: 1,
});

// A twenty-second round of three pairs, written after every rule of the twenty-first (Swedish radio in
// English, think-tank commentary with asides in dashes, Jamaican daily, wire corrections; a Japanese daily in
// English, world briefs, student radio and a Kenyan business daily, its changed facts in later clauses and
// number words; an Irish broadcaster, a state-media-style wire, a Hong Kong tabloid, a university
// newsletter), measured untouched: contradictions 26, 25 and 25 of 27 (76 of 81, 94%), paraphrases
// agreeing 23, 24 and 24 of 24, 1 in conflict ("not once, but on more than one occasion" read as a count of
// one), no unrelated sentence flagged; the articles at 30/30, 29/30 and 29/30 agreeing, 4/6, 6/6 and 3/6
// contradictions, all background left alone. Mended since: "not once", a speaker before an aside in dashes,
// "the American President had rejected" set against "Trump accepted" (an office is no doer to tell apart),
// the noun a name opens ("the APEC summit on Saturday") read as a tie between two days. Left: "openly",
// "play down", "tense" for "friendly", "were let into every one of the APEC events" against "were not
// granted access", "would not raise North Korea" against "will continue to focus on North Korea", "the
// Senate Intelligence Committee" for "US intelligence agencies", "chatting again on Sunday" (another
// occasion, by its "again").
writtenTogether('an eighty-eighth sentence set and eighty-sixth articles', ['planted-88', 'articles-86'], {
  contradictions: 0.95,
  paraphrases: 0.95,
  agree: 0.95,
  conflict: 0.65,
  background: 0.95,
  // A false one: Sanders' quotation "in the same place", said "ahead of the encounters", set against her
  // word that the meeting was off, the encounters read as what the claim is about.
  otherConflicts: 1,
});

writtenTogether('an eighty-ninth sentence set and eighty-seventh articles', ['planted-89', 'articles-87'], {
  contradictions: 0.9,
  paraphrases: 0.95,
  agree: 0.95,
  conflict: 0.95,
  background: 0.95,
  // Sanders' word that there would be no formal meeting against the Kremlin's that the two met.
  otherConflicts: 1,
});

writtenTogether('a ninetieth sentence set and eighty-eighth articles', ['planted-90', 'articles-88'], {
  contradictions: 0.9,
  paraphrases: 0.95,
  agree: 0.95,
  conflict: 0.65,
  background: 0.95,
  // A false one: "The American side said the talks had stalled" read as another speaker than Sanders. (The
  // Saturday stroll to a photo-op was set against the Friday group photo's date when first measured.)
  otherConflicts: 1,
});

// A twenty-third round of three pairs, written after every rule of the twenty-second (Scottish Sunday
// diary, Singaporean business daily, American long-read and Nigerian radio, the changed facts in subordinate
// clauses; a Danish agency in English, TV key moments, a Pakistani Sunday magazine and a school paper,
// reworded heavily; a Philippine TV website, a Belgian outlet in English, a financial newswire, a travel
// blog), measured untouched: contradictions 25, 22 and 25 of 27 (72 of 81, 89%), paraphrases agreeing 24,
// 22 and 24 of 24, 1 in conflict ("the meeting had been called off minutes before" read as denying the
// minutes), no unrelated sentence flagged; the articles at 29/30, 28/30 and 30/30 agreeing, 5/6, 6/6 and 5/6
// contradictions, all background left alone, and one off-topic claim flagged ("ski resorts … announce that
// their first lifts would open" agreeing with Tillerson's account: "resorts" respelled as "reporters").
// Mended since: both. Left: "openly", "play down", "frowned", "did not dispute" against "denied", "the Gulf
// of Tonkin" against "the South China Sea", "rarely attracts much scrutiny" against "always draws intense
// scrutiny", a paraphrase of a long quotation "she" said.
writtenTogether('a ninety-first sentence set and eighty-ninth articles', ['planted-91', 'articles-89'], {
  contradictions: 0.9,
  paraphrases: 0.95,
  agree: 0.95,
  conflict: 0.8,
  background: 0.95,
});

writtenTogether('a ninety-second sentence set and ninetieth articles', ['planted-92', 'articles-90'], {
  contradictions: 0.8,
  paraphrases: 0.95,
  agree: 0.9,
  conflict: 0.95,
  background: 0.95,
  // Sanders' word that the meeting would not happen against Peskov's that it would: two accounts.
  otherConflicts: 1,
});

writtenTogether('a ninety-third sentence set and ninety-first articles', ['planted-93', 'articles-91'], {
  contradictions: 0.9,
  paraphrases: 0.95,
  agree: 0.95,
  conflict: 0.8,
  background: 0.95,
  // Sanders' word that the meeting would not take place against Peskov's that it would: two accounts.
  otherConflicts: 1,
});

// A twenty-fourth round of three pairs, written after every rule of the twenty-third: a Finnish broadcaster in English, a Sunday show summary, a Moroccan
// outlet in English, an investigative newsletter; a diaspora paper, an Australian financial daily, British
// local radio and a class handout, numbers and dates written several ways ("a dozen", "Nov. 10", "the
// 10th"); South African radio, a Czech outlet in English, a cable fact-check segment, a lifestyle magazine.
// Contradictions 25, 24 and 24 of 27 (73 of 81, 90%), paraphrases agreeing 24 of 24 each, none in conflict,
// no unrelated sentence flagged; the articles at 29/30, 29/30 and 28/30 agreeing, 4/6, 4/6 and 5/6
// contradictions, all background left alone. Missed: "openly", "play down", "boost" for "harm" (AFINN rates
// "boost" too weakly to set a tone; letting weak verbs set one after "to" made "to agree a path" clash with
// "to end the war" in twenty sets), "noted that Putin has not denied" against "Putin denied", "the Han
// River" against "the South China Sea". Mended since: the gala dinner "in the northern Vietnamese capital,
// Hanoi" against "in the central Vietnamese city of Danang" (25 of 27 now; one more old article contradiction
// found the same way).
writtenTogether('a ninety-fourth sentence set and ninety-second articles', ['planted-94', 'articles-92'], {
  contradictions: 0.9,
  paraphrases: 0.95,
  agree: 0.95,
  conflict: 0.65,
  background: 0.95,
});

writtenTogether('a ninety-fifth sentence set and ninety-third articles', ['planted-95', 'articles-93'], {
  contradictions: 0.85,
  paraphrases: 0.95,
  agree: 0.95,
  conflict: 0.65,
  background: 0.95,
  // The Kremlin's account that the two met against Sanders' that they would not.
  otherConflicts: 1,
});

writtenTogether('a ninety-sixth sentence set and ninety-fourth articles', ['planted-96', 'articles-94'], {
  contradictions: 0.85,
  paraphrases: 0.95,
  agree: 0.9,
  conflict: 0.8,
  background: 0.95,
  // A false one: "a fiery speech" set against "a bellicose speech" as opposite in tone (WordNet lends
  // "fiery" the tone of "fervent" and "impassioned").
  otherConflicts: 1,
});

// A twenty-fifth round of three pairs, written after every rule of the twenty-fourth and the idiom rule
// ("openly" / "quietly behind the scenes"): a Portuguese agency wire, a Lebanese daily in English, a retired
// teachers' newsletter and a radio call-in summary, attribution and hedges written into most sentences; an
// Egyptian daily in English, a bank's morning note, a debate club recap and an Icelandic broadcaster, changed
// facts in later clauses; an Austrian outlet in English, a Kazakh state agency, a parliamentary digest and a
// Jordanian daily, passives and nouns for verbs. Contradictions 25, 23 and 24 of 27 (72 of 81, 89%),
// paraphrases agreeing 24, 24 and 22 of 24, 0, 0 and 2 in conflict ("The holding of a formal meeting … has
// been ruled out"; "whether Putin's denial had been accepted by the US President" read against "whether Trump
// accepted his denial" as two parties), no unrelated sentence flagged; the articles at 30/30, 30/30 and 27/30
// agreeing, every contradiction found, all background left alone, 0, 2 and 1 agreements also shown in
// conflict. Missed: "played down", "frowned", "boost" for "harm", "straightforward and smooth" for
// "complicated", a speech "while visiting Japan" against one "in South Korea", Peskov for Lavrov in a
// paraphrased quotation. Mended since: both paraphrases, "reporters were told by Kremlin spokesman Dmitry
// Peskov that …" (set 99, 25 of 27 now), "no scheduled, formal meeting was on the calendar or anticipated"
// against "we don't anticipate that there will be one".
writtenTogether('a ninety-seventh sentence set and ninety-fifth articles', ['planted-97', 'articles-95'], {
  contradictions: 0.9,
  paraphrases: 0.95,
  agree: 0.95,
  conflict: 0.8,
  background: 0.95,
});

writtenTogether('a ninety-eighth sentence set and ninety-sixth articles', ['planted-98', 'articles-96'], {
  contradictions: 0.85,
  paraphrases: 0.95,
  agree: 0.95,
  conflict: 0.8,
  background: 0.95,
  // The Kremlin's account that the two met against Sanders' that they would not.
  otherConflicts: 1,
});

writtenTogether('a ninety-ninth sentence set and ninety-seventh articles', ['planted-99', 'articles-97'], {
  contradictions: 0.9,
  paraphrases: 0.95,
  agree: 0.9,
  conflict: 0.8,
  background: 0.95,
});

// A twenty-sixth round of three pairs, written after every rule of the twenty-fifth: a Ukrainian outlet in
// English, a US regional politics brief, a "what we know" explainer and a Croatian broadcaster, sentences
// opening on a clause or phrase; a Malaysian business daily, a British evening paper, a podcast summary and a
// Peruvian outlet, people and places named by description ("the American president", "the Russian leader");
// a Serbian agency wire, a Canadian analysis column, a civics quiz and a Ghanaian radio website, reworded
// heavily with dictionary opposites. Contradictions 27, 23 and 22 of 27 (72 of 81, 89%), paraphrases agreeing
// 24 of 24 each, none in conflict, no unrelated sentence flagged; the articles at 30/30, 29/30 and 30/30
// agreeing, 4/6, 4/6 and 6/6 contradictions, all background left alone, 2, 3 and 0 agreements also shown in
// conflict. Missed: "played down", "frowned", "the Gulf of Thailand" against "the South China Sea", "will sit
// down for formal talks" against "will not hold a formal meeting", descriptions the seeds give as names.
// Mended since: "possible but not likely", "after Sanders' statement" against "before", "appeared hostile"
// against "looked friendly", "rarely draws much scrutiny", "stopped short of concluding", "the New York
// tycoon" read as a rival of Trump.
writtenTogether('a hundredth sentence set and ninety-eighth articles', ['planted-100', 'articles-98'], {
  contradictions: 0.95,
  paraphrases: 0.95,
  agree: 0.95,
  conflict: 0.8,
  background: 0.95,
  // Putin's denial against Tillerson's account of the concerns raised; the Kremlin's account against Sanders'.
  otherConflicts: 2,
});

writtenTogether(
  'a hundred-and-first sentence set and ninety-ninth articles',
  ['planted-101', 'articles-99'],
  {
    contradictions: 0.85,
    paraphrases: 0.95,
    agree: 0.95,
    conflict: 0.8,
    background: 0.95,
    // A false one: "the top US diplomat" against "the American side" as opposites (top / side).
    otherConflicts: 1,
  },
);

writtenTogether('a hundred-and-second sentence set and hundredth articles', ['planted-102', 'articles-100'], {
  contradictions: 0.85,
  paraphrases: 0.95,
  agree: 0.95,
  conflict: 0.8,
  background: 0.95,
});

// A twenty-seventh round of three pairs, written after every rule of the twenty-sixth: a Romanian outlet in
// English, a US business cable website, a course reading summary and a Bangladeshi daily, quotations turned
// into reported speech; a Slovak agency, an Australian morning TV website, a Chinese state outlet and a US
// fact-checking newsletter, counts and dates in words and other formats ("the ninth of November, 2017", "a
// pair of days"); a Lithuanian broadcaster, a Texas daily, a diplomatic history blog and a Zambian daily, two
// seed facts in one sentence. Contradictions 24, 26 and 25 of 27 (75 of 81, 93%), paraphrases agreeing 24 of
// 24 each, none in conflict, no unrelated sentence flagged; the articles at 30/30, 30/30 and 28/30 agreeing,
// 6/6, 6/6 and 5/6 contradictions, 6/6, 5/6 and 6/6 background, 2, 0 and 2 agreements also shown in conflict.
// Missed: "boost" for "harm", "play down" for "raise", Ushakov for Peskov in a reported remark, "has never
// denied" against "Putin denied interfering". Mended since: "openly …, rather than behind the scenes" (25
// of 27 now), "the ninth of November, 2017" against "November 10, 2017" (27 of 27 now).
writtenTogether(
  'a hundred-and-third sentence set and hundred-and-first articles',
  ['planted-103', 'articles-101'],
  {
    contradictions: 0.9,
    paraphrases: 0.95,
    agree: 0.95,
    conflict: 0.8,
    background: 0.95,
    // The Kremlin's account that the two met against the White House's that they would not, both ways.
    otherConflicts: 2,
  },
);

writtenTogether(
  'a hundred-and-fourth sentence set and hundred-and-second articles',
  ['planted-104', 'articles-102'],
  {
    contradictions: 0.95,
    paraphrases: 0.95,
    agree: 0.95,
    conflict: 0.8,
    background: 0.8,
  },
);

writtenTogether(
  'a hundred-and-fifth sentence set and hundred-and-third articles',
  ['planted-105', 'articles-103'],
  {
    contradictions: 0.9,
    paraphrases: 0.95,
    agree: 0.9,
    conflict: 0.8,
    background: 0.95,
    // The White House's account against the Kremlin's; a false one: "a mechanism to stop dangerous incidents"
    // against "a system to prevent dangerous incidents" ("prevent" read as a denial, "stop" not).
    otherConflicts: 2,
  },
);

// A twenty-eighth round of three pairs, written after every rule of the twenty-seventh: a Latvian
// broadcaster, a US talk-radio website, a Japanese economic daily and an Ethiopian daily, in short plain
// sentences; an Israeli daily, a UK student paper, a Swiss broadcaster and a Vietnamese business magazine,
// everyday news opposites; a Brazilian wire summary, a New England paper, a think-tank brief and a Sri Lankan
// site, places and speakers changed for near ones. Contradictions 26, 26 and 25 of 27 (77 of 81, 95%),
// paraphrases agreeing 24 of 24 each, none in conflict, no unrelated sentence flagged: every bar of the issue
// met in every set. The articles at 28/30, 30/30 and 30/30 agreeing, 4/6, 6/6 and 6/6 contradictions, all
// background left alone, one agreement each also shown in conflict (the White House's account against the
// Kremlin's or Peskov's). Missed: "played down", "easing pressure", "the Gulf of Tonkin", a quotation's
// target outranked by other statements it conflicts with, "appeared cold toward each other". Left as
// first measured.
writtenTogether(
  'a hundred-and-sixth sentence set and hundred-and-fourth articles',
  ['planted-106', 'articles-104'],
  {
    contradictions: 0.95,
    paraphrases: 0.95,
    agree: 0.9,
    conflict: 0.65,
    background: 0.95,
    // Sanders' account against Peskov's.
    otherConflicts: 1,
  },
);

writtenTogether(
  'a hundred-and-seventh sentence set and hundred-and-fifth articles',
  ['planted-107', 'articles-105'],
  {
    contradictions: 0.95,
    paraphrases: 0.95,
    agree: 0.95,
    conflict: 0.8,
    background: 0.95,
    // The White House's account against the Kremlin's.
    otherConflicts: 1,
  },
);

writtenTogether(
  'a hundred-and-eighth sentence set and hundred-and-sixth articles',
  ['planted-108', 'articles-106'],
  {
    contradictions: 0.9,
    paraphrases: 0.95,
    agree: 0.95,
    conflict: 0.8,
    background: 0.95,
    // Sanders' account against the Kremlin's.
    otherConflicts: 1,
  },
);
