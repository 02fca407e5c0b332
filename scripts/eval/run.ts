/**
 * `npm run eval`: how good the stance engine is, on data it was not tuned on.
 * - FNC-1: the held-out fifth of the training bodies (split by Body ID, never trained on), through the same
 *   features and model as `crosscheck fnc1`: relative score, macro-F1, per-class F1, confusion matrix.
 * - Planted sentences (test/fixtures/stance/planted.json, and planted-2.json written independently of the
 *   engine): paraphrases and contradictions of the seed articles, and unrelated sentences, checked against
 *   the bundled corpus like a page would be; and whole articles written to agree, to contradict and to be
 *   about something else (test/fixtures/stance/articles), checked claim by claim.
 * Writes eval/results/eval.json and eval/results/fnc1-confusion.svg. Without the FNC-1 files (see
 * scripts/train/fnc1-data.ts) only the planted sentences are checked, and the results are left as they were.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSeedCorpusFile } from '../../lib/build/seed-corpus';
import { prepareCorpus } from '../../lib/core/corpus';
import model from '../../lib/core/data/stance-model.json';
import { cueFeatures } from '../../lib/core/fnc1/cue-words';
import { scoreFnc1 } from '../../lib/core/fnc1/score';
import { checkModel, predictStance, type StanceModel } from '../../lib/core/fnc1/softmax-model';
import { FNC1_STANCES } from '../../lib/core/fnc1/stances';
import { featuresOf } from '../train/features';
import { fnc1DirOf, isHeldOut, missingFnc1, readFnc1 } from '../train/fnc1-data';
import { confusionSvg } from './confusion-svg';
import { evaluatePlanted, type PlantedSummary } from './planted';
import { evaluateArticles } from './planted-articles';

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const pct = (x: number) => `${(x * 100).toFixed(2)}%`;

/** The model's figures on the held-out fifth of the FNC-1 training bodies. */
function heldOutScores(dir: string) {
  const started = performance.now();
  const { pairs, bodies } = readFnc1(dir);
  const heldOut = pairs.filter((pair) => isHeldOut(pair.bodyId));
  const stanceModel = checkModel(model as StanceModel);
  const { rows, bodyWords } = featuresOf(heldOut, bodies);
  const predicted = rows.map((row, i) => {
    const pair = heldOut[i] as (typeof heldOut)[number];
    const words = bodyWords.get(pair.bodyId) ?? new Set<string>();
    return predictStance(stanceModel, row, () => cueFeatures(stanceModel.cues, pair.headline, words));
  });
  const scores = scoreFnc1(
    heldOut.map((pair) => pair.stance),
    predicted,
  );
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `FNC-1 held-out: ${scores.pairs} pairs from ${new Set(heldOut.map((p) => p.bodyId)).size} bodies (${seconds.toFixed(1)} s)`,
  );
  console.log(
    `  relative score ${pct(scores.relativeScore)}   macro-F1 ${scores.macroF1.toFixed(3)}   accuracy ${pct(scores.accuracy)}`,
  );
  console.log(`  F1: ${FNC1_STANCES.map((s) => `${s} ${scores.f1[s].toFixed(3)}`).join('   ')}`);
  return { scores, seconds };
}

const dir = fnc1DirOf(process.argv);
const missing = missingFnc1(dir);
const fnc1 = missing ? null : heldOutScores(dir);
if (missing) console.log(`${missing} FNC-1 figures skipped.`);

const seedCorpus = prepareCorpus(buildSeedCorpusFile(root('seeds')));

/** Prints one planted set's counts and each sentence judged otherwise than planted. */
function reportPlanted(title: string, file: string): PlantedSummary {
  const result = evaluatePlanted(root(file), [seedCorpus]);
  console.log(`${title} (${file}):`);
  console.log(
    `  contradictions flagged as conflict: ${result.contradictionsFlagged} of ${result.contradictions}`,
  );
  console.log(`  paraphrases flagged as agree:       ${result.paraphrasesAgreeing} of ${result.paraphrases}`);
  console.log(`  paraphrases flagged as conflict:    ${result.paraphrasesInConflict}`);
  console.log(`  … in conflict with another statement: ${result.paraphrasesWithConflictElsewhere}`);
  console.log(`  unrelated sentences flagged:        ${result.unrelatedFlagged} of ${result.unrelated}`);
  for (const c of result.cases) {
    const expected = c.group === 'contradictions' ? 'conflict' : c.group === 'paraphrases' ? 'agree' : null;
    if (c.stance !== expected && !(expected === null && c.stance === 'related')) {
      console.log(`  miss (${c.group}${c.kind ? `, ${c.kind}` : ''}): ${c.stance ?? 'no match'} — ${c.text}`);
    }
  }
  return result;
}

/**
 * The planted sentence sets: the key of each in eval.json, its title, its file in test/fixtures/stance/. How
 * each was written stands beside it.
 */
const PLANTED_SETS: [key: string, title: string, file: string][] = [
  ['planted', 'Planted sentences against the seed corpus', 'planted.json'],
  // Written apart from the engine, by someone who had not read it: a check on rules fitted to the first set.
  ['plantedSecond', 'Second planted set, written independently', 'planted-2.json'],
  // A fourth, written after the rules were fitted to the sets before it.
  ['plantedFourth', 'Fourth planted set, written independently', 'planted-4.json'],
  // A sixth, written freely from the seeds alone: synonyms, moved negations, indirect speech.
  ['plantedSixth', 'Sixth planted set, written independently', 'planted-6.json'],
  // An eighth, written last, in the issue's shape (single changes of five kinds, faithful paraphrases).
  ['plantedEighth', 'Eighth planted set, written independently', 'planted-8.json'],
  // A ninth, written with the eighth articles after every rule before: heavier rewording, six kinds.
  ['plantedNinth', 'Ninth planted set, written independently', 'planted-9.json'],
  // A tenth and an eleventh, each measured untouched before any rule was fitted to it.
  ['plantedTenth', 'Tenth planted set, written independently', 'planted-10.json'],
  ['plantedEleventh', 'Eleventh planted set, written independently', 'planted-11.json'],
  // A twelfth, written after every rule of the engine then and first measured as it was.
  ['plantedTwelfth', 'Twelfth planted set, written independently', 'planted-12.json'],
  // A thirteenth, in wire, tabloid and analysis styles; measured untouched first.
  ['plantedThirteenth', 'Thirteenth planted set, written independently', 'planted-13.json'],
  // A fourteenth, written after the tone rule and measured untouched first (wire, TV script, column lines).
  ['plantedFourteenth', 'Fourteenth planted set, written independently', 'planted-14.json'],
  // A fifteenth, written after the fourteenth's faults were mended (interview, editorial, factbox, briefing).
  ['plantedFifteenth', 'Fifteenth planted set, written independently', 'planted-15.json'],
  // A sixteenth (live blog, wire, radio, long-read, fact-check lines), measured untouched first.
  ['plantedSixteenth', 'Sixteenth planted set, written independently', 'planted-16.json'],
  // A seventeenth (analysis, tabloid, TV crawl in capitals, wire, Q&A lines), left as first measured.
  ['plantedSeventeenth', 'Seventeenth planted set, written independently', 'planted-17.json'],
  // An eighteenth (newsletter, court-style summary, podcast, wire, local paper, post), measured untouched.
  ['plantedEighteenth', 'Eighteenth planted set, written independently', 'planted-18.json'],
  // A nineteenth (British report with single quotation marks, TV lead-in, flash, brief, letter, recap).
  ['plantedNineteenth', 'Nineteenth planted set, written independently', 'planted-19.json'],
  // A twentieth (Q&A explainer, datelined wire, magazine, show notes, fact-check, column), measured untouched.
  ['plantedTwentieth', 'Twentieth planted set, written independently', 'planted-20.json'],
  // A twenty-first (TV transcript, briefing, op-ed, wire brief, a Russian outlet's report, reader comment).
  ['plantedTwentyFirst', 'Twenty-first planted set, written independently', 'planted-21.json'],
  // A twenty-second (close rewrites with one fact changed; sports desk, local TV, press review, timeline,
  // investors' newsletter, memoir), measured untouched.
  ['plantedTwentySecond', 'Twenty-second planted set, written independently', 'planted-22.json'],
  // A twenty-third (student paper, "what we know", radio, liveblog, newsletter, fact box), measured untouched.
  ['plantedTwentyThird', 'Twenty-third planted set, written independently', 'planted-23.json'],
  // A twenty-fourth (European paper in translation, business wire, magazine, radio, Asian outlet, blog).
  ['plantedTwentyFourth', 'Twenty-fourth planted set, written independently', 'planted-24.json'],
  // A twenty-fifth (encyclopedia entry, White House press release, analyst's newsletter, children's explainer).
  ['plantedTwentyFifth', 'Twenty-fifth planted set, written independently', 'planted-25.json'],
  // A twenty-sixth (social-media thread, Australian paper, Chinese state outlet in English, economics weekly).
  ['plantedTwentySixth', 'Twenty-sixth planted set, written independently', 'planted-26.json'],
  // A twenty-seventh (tabloid, correction notice, academic commentary, sports desk on politics).
  ['plantedTwentySeventh', 'Twenty-seventh planted set, written independently', 'planted-27.json'],
  // A twenty-eighth (public broadcaster, diplomats' trade magazine, civics worksheet, radio phone-in host).
  ['plantedTwentyEighth', 'Twenty-eighth planted set, written independently', 'planted-28.json'],
  // A twenty-ninth (agency alert, Sunday long-read, think-tank newsletter, readers' Q&A column).
  ['plantedTwentyNinth', 'Twenty-ninth planted set, written independently', 'planted-29.json'],
  // A thirtieth (Japanese paper in English, columnist, plain English for learners, financial terminal).
  ['plantedThirtieth', 'Thirtieth planted set, written independently', 'planted-30.json'],
  // A thirty-first (factbox, regional politics column, podcast host, foreign ministry summary).
  ['plantedThirtyFirst', 'Thirty-first planted set, written independently', 'planted-31.json'],
  // A thirty-second (British report in single quotation marks, news quiz, military blog, Korean outlet).
  ['plantedThirtySecond', 'Thirty-second planted set, written independently', 'planted-32.json'],
  // A thirty-third (cable-news chyron, academic abstract, travel writer, corrections line).
  ['plantedThirtyThird', 'Thirty-third planted set, written independently', 'planted-33.json'],
  // A thirty-fourth (live blog, Indian broadsheet, fact-check column, diplomatic cable).
  ['plantedThirtyFourth', 'Thirty-fourth planted set, written independently', 'planted-34.json'],
  // A thirty-fifth (morning email briefing, op-ed columnist, radio bulletin, German paper in English).
  ['plantedThirtyFifth', 'Thirty-fifth planted set, written independently', 'planted-35.json'],
  // A thirty-sixth (teen news magazine, legal-affairs brief, Australian outlet, timeline entries).
  ['plantedThirtySixth', 'Thirty-sixth planted set, written independently', 'planted-36.json'],
  // A thirty-seventh (wire explainer, Canadian public broadcaster, sardonic newsletter, court-reporter summary).
  ['plantedThirtySeventh', 'Thirty-seventh planted set, written independently', 'planted-37.json'],
  // A thirty-eighth (Vietnamese state paper, business wire, history handout, text-message alert).
  ['plantedThirtyEighth', 'Thirty-eighth planted set, written independently', 'planted-38.json'],
  // A thirty-ninth (Russian outlet in English, Washington insider column, magazine profile, Q&A transcript).
  ['plantedThirtyNinth', 'Thirty-ninth planted set, written independently', 'planted-39.json'],
  // A fortieth (week-in-review digest, French wire in English, numbered explainer thread, parliamentary note).
  ['plantedFortieth', 'Fortieth planted set, written independently', 'planted-40.json'],
  // A forty-first (TV evening news, Gulf daily, student opinion page, photo-caption desk).
  ['plantedFortyFirst', 'Forty-first planted set, written independently', 'planted-41.json'],
  // A forty-second (podcast summary, Irish broadsheet, security-policy journal, local TV website).
  ['plantedFortySecond', 'Forty-second planted set, written independently', 'planted-42.json'],
  // A forty-third, reworded freely on purpose (Scandinavian broadcaster, "five shocking facts", wire analysis,
  // radio call-in monologue).
  ['plantedFortyThird', 'Forty-third planted set, written independently', 'planted-43.json'],
  // A forty-fourth, likewise (Japanese business daily, Indian TV site, diplomat's memoir, debate brief).
  ['plantedFortyFourth', 'Forty-fourth planted set, written independently', 'planted-44.json'],
  // A forty-fifth, likewise (South African daily, gossip site, congressional staff memo, quiz answer key).
  ['plantedFortyFifth', 'Forty-fifth planted set, written independently', 'planted-45.json'],
  // An eighth round: a forty-sixth (Irish broadsheet, radio script read aloud, teen explainer, diplomatic
  // cable summary).
  ['plantedFortySixth', 'Forty-sixth planted set, written independently', 'planted-46.json'],
  // A forty-seventh, reworded freely (Indian daily, timeline, investor newsletter, fact-checker's verdicts).
  ['plantedFortySeventh', 'Forty-seventh planted set, written independently', 'planted-47.json'],
  // A forty-eighth (New Zealand regional paper, international-relations blog, sports-desk match report,
  // court-style chronology).
  ['plantedFortyEighth', 'Forty-eighth planted set, written independently', 'planted-48.json'],
  // A ninth round: a forty-ninth (Scottish daily, TV news ticker, debate briefing notes, Singapore business
  // paper).
  ['plantedFortyNinth', 'Forty-ninth planted set, written independently', 'planted-49.json'],
  // A fiftieth, reworded freely (wire "what we know", satire site, alumni magazine, Kenyan daily).
  ['plantedFiftieth', 'Fiftieth planted set, written independently', 'planted-50.json'],
  // A fifty-first (local TV website, foreign-policy newsletter, translated Spanish summary, research guide).
  ['plantedFiftyFirst', 'Fifty-first planted set, written independently', 'planted-51.json'],
  // A tenth round: a fifty-second (Welsh regional paper, morning briefing email, university press office,
  // Philippine daily).
  ['plantedFiftySecond', 'Fifty-second planted set, written independently', 'planted-52.json'],
  // A fifty-third, reworded freely (long-form magazine, Canadian wire, podcast description, "five things").
  ['plantedFiftyThird', 'Fifty-third planted set, written independently', 'planted-53.json'],
  // A fifty-fourth (German outlet in English, community radio summary, think-tank recap, Nigerian daily).
  ['plantedFiftyFourth', 'Fifty-fourth planted set, written independently', 'planted-54.json'],
  // An eleventh round: a fifty-fifth (Australian tabloid, interview Q&A summary, legal-style chronology,
  // children's news magazine).
  ['plantedFiftyFifth', 'Fifty-fifth planted set, written independently', 'planted-55.json'],
  // A fifty-sixth, reworded freely (South African daily, politics newsletter, briefing note, student paper).
  ['plantedFiftySixth', 'Fifty-sixth planted set, written independently', 'planted-56.json'],
  // A fifty-seventh (local TV website, economics weekly, numbered thread, Pakistani daily).
  ['plantedFiftySeventh', 'Fifty-seventh planted set, written independently', 'planted-57.json'],
  // A twelfth round: a fifty-eighth (Canadian public broadcaster, radio host's read-out, EU press summary,
  // Ghanaian daily).
  ['plantedFiftyEighth', 'Fifty-eighth planted set, written independently', 'planted-58.json'],
  // A fifty-ninth, reworded freely (markets brief, satirical monologue recap, Malaysian daily, situation
  // report).
  ['plantedFiftyNinth', 'Fifty-ninth planted set, written independently', 'planted-59.json'],
  // A sixtieth (Scottish broadsheet, Filipino tabloid, lecture summary, TV caption feed).
  ['plantedSixtieth', 'Sixtieth planted set, written independently', 'planted-60.json'],
  // A thirteenth round: a sixty-first (New York tabloid, Japanese wire's English desk, forum summary post,
  // Kenyan broadcaster).
  ['plantedSixtyFirst', 'Sixty-first planted set, written independently', 'planted-61.json'],
  // A sixty-second, reworded freely (Australian public broadcaster, think-piece newsletter, South Korean
  // daily, briefs column).
  ['plantedSixtySecond', 'Sixty-second planted set, written independently', 'planted-62.json'],
  // A sixty-third (Washington insider newsletter, Thai daily, wire quick facts, TV anchor script).
  ['plantedSixtyThird', 'Sixty-third planted set, written independently', 'planted-63.json'],
  // A fourteenth round: a sixty-fourth (British tabloid, Swiss agency's English wire, debate brief,
  // Bangladeshi daily).
  ['plantedSixtyFourth', 'Sixty-fourth planted set, written independently', 'planted-64.json'],
  // A sixty-fifth, reworded freely (Chicago daily, policy digest, Sri Lankan daily, sports-radio host).
  ['plantedSixtyFifth', 'Sixty-fifth planted set, written independently', 'planted-65.json'],
  // A sixty-sixth (Israeli daily, public affairs TV website, diplomats' newsletter, Nigerian tabloid).
  ['plantedSixtySixth', 'Sixty-sixth planted set, written independently', 'planted-66.json'],
  // A fifteenth round: a sixty-seventh (Singapore broadsheet, technology site, op-ed columnist, wire factbox).
  ['plantedSixtySeventh', 'Sixty-seventh planted set, written independently', 'planted-67.json'],
  // A sixty-eighth (translated Quebec outlet, cable-news ticker, Ugandan daily, veterans' magazine).
  ['plantedSixtyEighth', 'Sixty-eighth planted set, written independently', 'planted-68.json'],
  // A sixty-ninth (Irish tabloid, Vietnamese state agency's English service, seminar notes, push digest).
  ['plantedSixtyNinth', 'Sixty-ninth planted set, written independently', 'planted-69.json'],
  // A sixteenth round: a seventieth (Brazilian outlet in translation, business-school case study, local radio
  // bulletin, Turkish daily).
  ['plantedSeventieth', 'Seventieth planted set, written independently', 'planted-70.json'],
  // A seventy-first, reworded freely (financial column, hearing summary, Korean-American paper, Scottish
  // tabloid).
  ['plantedSeventyFirst', 'Seventy-first planted set, written independently', 'planted-71.json'],
  // A seventy-second (Indian wire, 'on this day' column, Model UN fact sheet, Alaskan weekly).
  ['plantedSeventySecond', 'Seventy-second planted set, written independently', 'planted-72.json'],
  // A seventeenth round: a seventy-third (Mexican outlet's English edition, corrections column, think-tank
  // podcast summary, Welsh broadsheet).
  ['plantedSeventyThird', 'Seventy-third planted set, written independently', 'planted-73.json'],
  // A seventy-fourth, reworded freely (Japanese public broadcaster, talk-radio recap, international-relations
  // newsletter, Caribbean daily).
  ['plantedSeventyFourth', 'Seventy-fourth planted set, written independently', 'planted-74.json'],
  // A seventy-fifth (German wire in English, weekly magazine, parliamentary library briefing, New Zealand site).
  ['plantedSeventyFifth', 'Seventy-fifth planted set, written independently', 'planted-75.json'],
  // An eighteenth round: a seventy-sixth (Spanish wire in English, evening newscast script, moot-court
  // statement of facts, Ghanaian daily).
  ['plantedSeventySixth', 'Seventy-sixth planted set, written independently', 'planted-76.json'],
  // A seventy-seventh, reworded freely (Hong Kong daily, humour newsletter, shipping trade paper, Norwegian
  // broadcaster in English).
  ['plantedSeventySeventh', 'Seventy-seventh planted set, written independently', 'planted-77.json'],
  // A seventy-eighth (Australian wire, diplomatic week-ahead column, civics answer key, Indonesian daily).
  ['plantedSeventyEighth', 'Seventy-eighth planted set, written independently', 'planted-78.json'],
  // A nineteenth round: a seventy-ninth (Philippine broadsheet, news-literacy teaching guide, Chilean outlet's
  // English summary, London evening paper).
  ['plantedSeventyNinth', 'Seventy-ninth planted set, written independently', 'planted-79.json'],
  // An eightieth, reworded freely (Polish weekly in English, sports columnist, foreign-ministry watchers'
  // blog, Zimbabwean daily).
  ['plantedEightieth', 'Eightieth planted set, written independently', 'planted-80.json'],
  // An eighty-first (Italian agency's English wire, city magazine digest, congressional research memo,
  // Malaysian daily).
  ['plantedEightyFirst', 'Eighty-first planted set, written independently', 'planted-81.json'],
  // A twentieth round: an eighty-second (Taiwanese daily in English, encyclopedia entry, trade-union column,
  // Caribbean daily).
  ['plantedEightySecond', 'Eighty-second planted set, written independently', 'planted-82.json'],
  // An eighty-third (Dutch broadcaster's English service, fact-checking write-up, aviation trade journal,
  // Indonesian daily).
  ['plantedEightyThird', 'Eighty-third planted set, written independently', 'planted-83.json'],
  // An eighty-fourth (Estonian broadcaster in English, travel magazine, retired diplomat's blog, Cameroonian
  // daily).
  ['plantedEightyFourth', 'Eighty-fourth planted set, written independently', 'planted-84.json'],
  // A twenty-first round: an eighty-fifth (Greek paper's English edition, morning radio summary, agency
  // explainer, East African weekly).
  ['plantedEightyFifth', 'Eighty-fifth planted set, written independently', 'planted-85.json'],
  // An eighty-sixth, names mostly given as descriptions (Quebec outlet's English summary, US public radio,
  // podcast show notes, Sri Lankan Sunday paper).
  ['plantedEightySixth', 'Eighty-sixth planted set, written independently', 'planted-86.json'],
  // An eighty-seventh (British live blog, defence weekly, Namibian daily, talk-radio website).
  ['plantedEightySeventh', 'Eighty-seventh planted set, written independently', 'planted-87.json'],
  // A twenty-second round: an eighty-eighth (Swedish radio in English, think-tank commentary, Jamaican
  // daily, wire corrections).
  ['plantedEightyEighth', 'Eighty-eighth planted set, written independently', 'planted-88.json'],
  // An eighty-ninth, its changed facts in later clauses, number words and "Nov. 9" dates (Japanese daily in
  // English, world briefs, student radio, Kenyan business daily).
  ['plantedEightyNinth', 'Eighty-ninth planted set, written independently', 'planted-89.json'],
  // A ninetieth (Irish broadcaster, state-media-style wire, Hong Kong tabloid, university newsletter).
  ['plantedNinetieth', 'Ninetieth planted set, written independently', 'planted-90.json'],
  // A twenty-third round: a ninety-first, its changed facts in subordinate clauses (Scottish Sunday diary,
  // Singaporean business daily, American long-read, Nigerian radio website).
  ['plantedNinetyFirst', 'Ninety-first planted set, written independently', 'planted-91.json'],
  // A ninety-second, reworded heavily (Danish agency in English, TV key moments, Pakistani Sunday magazine,
  // school newspaper).
  ['plantedNinetySecond', 'Ninety-second planted set, written independently', 'planted-92.json'],
  // A ninety-third (Philippine TV website, Belgian EU outlet in English, financial newswire, travel blog).
  ['plantedNinetyThird', 'Ninety-third planted set, written independently', 'planted-93.json'],
  // A twenty-fourth round, left as first measured: a ninety-fourth (Finnish broadcaster in English, Sunday
  // show summary, Moroccan outlet in English, investigative newsletter).
  ['plantedNinetyFourth', 'Ninety-fourth planted set, written independently', 'planted-94.json'],
  // A ninety-fifth, numbers and dates written several ways (diaspora paper, Australian financial daily,
  // British local radio, class handout).
  ['plantedNinetyFifth', 'Ninety-fifth planted set, written independently', 'planted-95.json'],
  // A ninety-sixth (South African radio website, Czech outlet in English, cable fact-check segment,
  // lifestyle magazine).
  ['plantedNinetySixth', 'Ninety-sixth planted set, written independently', 'planted-96.json'],
  // A twenty-fifth round: a ninety-seventh, attribution and hedges written into most sentences (Portuguese
  // agency wire, Lebanese daily in English, retired teachers' newsletter, radio call-in summary).
  ['plantedNinetySeventh', 'Ninety-seventh planted set, written independently', 'planted-97.json'],
  // A ninety-eighth, changed facts in later clauses (Egyptian daily in English, bank morning note, debate
  // club recap, Icelandic broadcaster in English).
  ['plantedNinetyEighth', 'Ninety-eighth planted set, written independently', 'planted-98.json'],
  // A ninety-ninth, passives and nouns for verbs (Austrian outlet in English, Kazakh state agency,
  // parliamentary written-questions digest, Jordanian daily in English).
  ['plantedNinetyNinth', 'Ninety-ninth planted set, written independently', 'planted-99.json'],
  // A twenty-sixth round: a hundredth, sentences opening on a clause or phrase (Ukrainian outlet in English,
  // US regional politics brief, "what we know" explainer, Croatian broadcaster in English).
  ['plantedHundredth', 'Hundredth planted set, written independently', 'planted-100.json'],
  // A hundred-and-first, people and places named by description (Malaysian business daily, British evening
  // paper, podcast summary, Peruvian outlet in English).
  ['plantedHundredFirst', 'Hundred-and-first planted set, written independently', 'planted-101.json'],
  // A hundred-and-second, reworded heavily, dictionary opposites (Serbian agency wire, Canadian analysis
  // column, civics quiz explanation, Ghanaian radio website).
  ['plantedHundredSecond', 'Hundred-and-second planted set, written independently', 'planted-102.json'],
  // A twenty-seventh round: a hundred-and-third, quotations turned into reported speech (Romanian outlet in
  // English, US business cable website, international-relations course reading, Bangladeshi daily).
  ['plantedHundredThird', 'Hundred-and-third planted set, written independently', 'planted-103.json'],
  // A hundred-and-fourth, counts, durations and dates in words and other formats (Slovak agency, Australian
  // morning TV website, Chinese state outlet in English, US fact-checking newsletter).
  ['plantedHundredFourth', 'Hundred-and-fourth planted set, written independently', 'planted-104.json'],
  // A hundred-and-fifth, two seed facts in one sentence (Lithuanian broadcaster, Texas daily, diplomatic
  // history blog, Zambian daily).
  ['plantedHundredFifth', 'Hundred-and-fifth planted set, written independently', 'planted-105.json'],
  // A twenty-eighth round: a hundred-and-sixth, short plain sentences (Latvian broadcaster, US talk-radio
  // website, Japanese economic daily in English, Ethiopian daily).
  ['plantedHundredSixth', 'Hundred-and-sixth planted set, written independently', 'planted-106.json'],
  // A hundred-and-seventh, everyday news opposites (Israeli daily, UK student paper, Swiss broadcaster,
  // Vietnamese business magazine).
  ['plantedHundredSeventh', 'Hundred-and-seventh planted set, written independently', 'planted-107.json'],
  // A hundred-and-eighth, places and speakers changed for near ones (Brazilian wire summary, New England local
  // paper, European think-tank brief, Sri Lankan news site).
  ['plantedHundredEighth', 'Hundred-and-eighth planted set, written independently', 'planted-108.json'],
];
const plantedResults = PLANTED_SETS.map(
  ([key, title, file]) => [key, reportPlanted(title, `test/fixtures/stance/${file}`)] as const,
);

// Whole articles, also written apart from the engine: checked claim by claim as a page would be. The
// second set (a newsletter, a live blog, an opinion column) was written after the rules were fitted to the
// first.
const share = ([ok, all]: [number, number]) => `${ok} of ${all}`;
function reportArticles(dir: string) {
  const result = evaluateArticles(root(dir), [seedCorpus]);
  console.log(`Planted articles (${dir}), claim by claim:`);
  console.log(`  sentences planted to agree found agreeing:        ${share(result.agree)}`);
  console.log(`  sentences planted to contradict found in conflict: ${share(result.conflict)}`);
  console.log(`  background sentences left unflagged:              ${share(result.none)}`);
  if (result.offTopicClaims > 0) {
    console.log(
      `  claims of the off-topic article flagged:          ${result.offTopicFlagged} of ${result.offTopicClaims}`,
    );
  }
  for (const c of result.cases.filter((x) => !x.ok)) {
    const got = c.found.length ? c.found.join(' and ') : c.claimed ? 'nothing' : 'no claim';
    console.log(`  miss (${c.article}, ${c.expect}${c.kind ? `, ${c.kind}` : ''}): ${got} — ${c.text}`);
  }
  return result;
}
/** The planted article sets: the key of each in eval.json and its folder in test/fixtures/stance/. */
const ARTICLE_SETS: [key: string, dir: string][] = [
  ['plantedArticles', 'articles'],
  ['plantedArticlesThird', 'articles-3'],
  // Two rival outlets' reports of the same day, reworded freely: the hardest set.
  ['plantedArticlesFifth', 'articles-5'],
  // A wire report, a tabloid that gets a fact wrong in each paragraph, an analysis mixing both.
  ['plantedArticlesSixth', 'articles-6'],
  // Written after the rules fitted to the sixth: a regional paper, a broadcast script, an explainer.
  ['plantedArticlesSeventh', 'articles-7'],
  // Written with the ninth sentence set: an opinion column, a wire rewrite, a live blog, an unrelated report.
  ['plantedArticlesEighth', 'articles-8'],
  // Written with the eleventh: a TV recap, a foreign desk's piece, a newsletter, a rowing report.
  ['plantedArticlesNinth', 'articles-9'],
  // Written with the twelfth: a weekly roundup, a partisan blog, a radio bulletin.
  ['plantedArticlesTenth', 'articles-10'],
  // Written with the thirteenth: an explainer, a story on the Kremlin's readout, a column.
  ['plantedArticlesEleventh', 'articles-11'],
  // Written with the fourteenth: a regional paper's summary, a podcast write-up, a fact box.
  ['plantedArticlesTwelfth', 'articles-12'],
  // Written with the fifteenth: an editorial, a morning briefing, a report from an Asian outlet.
  ['plantedArticlesThirteenth', 'articles-13'],
  // Written with the sixteenth: a live blog, a magazine long-read, a wire rewrite.
  ['plantedArticlesFourteenth', 'articles-14'],
  // Written with the seventeenth: a diplomatic analysis, a tabloid story, an explainer.
  ['plantedArticlesFifteenth', 'articles-15'],
  // Written with the eighteenth: a Sunday long-read, a wire rewrite, an opinion column.
  ['plantedArticlesSixteenth', 'articles-16'],
  // Written with the nineteenth: a British broadsheet, a regional round-up, a foreign-policy newsletter.
  ['plantedArticlesSeventeenth', 'articles-17'],
  // Written with the twentieth: a datelined wire story, a Q&A explainer, a magazine feature.
  ['plantedArticlesEighteenth', 'articles-18'],
  // Written with the twenty-first: a Russian outlet's report, a TV news web story, an academic's op-ed.
  ['plantedArticlesNineteenth', 'articles-19'],
  // Written with the twenty-second: a press review, a timeline explainer, an investors' newsletter.
  ['plantedArticlesTwentieth', 'articles-20'],
  // Written with the twenty-third: a student paper, a liveblog, a "what we know" explainer.
  ['plantedArticlesTwentyFirst', 'articles-21'],
  // Written with the twenty-fourth: an Asian outlet's report, a political magazine, a blog.
  ['plantedArticlesTwentySecond', 'articles-22'],
  // Written with the twenty-fifth: a wiki-style summary, a think-tank brief, a local TV station's story.
  ['plantedArticlesTwentyThird', 'articles-23'],
  // Written with the twenty-sixth: an Australian broadsheet, a "what we know" explainer, a first-person dispatch.
  ['plantedArticlesTwentyFourth', 'articles-24'],
  // Written with the twenty-seventh: a tabloid, a weekly digest, a podcast written up.
  ['plantedArticlesTwentyFifth', 'articles-25'],
  // Written with the twenty-eighth: an Indian daily, a "five things to know" list, an editorial.
  ['plantedArticlesTwentySixth', 'articles-26'],
  // Written with the twenty-ninth: a German outlet's English service, a live page, a retrospective.
  ['plantedArticlesTwentySeventh', 'articles-27'],
  // Written with the thirtieth: a Japanese daily's report, a local-radio story, a media-criticism piece.
  ['plantedArticlesTwentyEighth', 'articles-28'],
  // Written with the thirty-first: a French outlet in English, an executives' newsletter, a community explainer.
  ['plantedArticlesTwentyNinth', 'articles-29'],
  // Written with the thirty-second: a British broadsheet, a student paper, a fact check.
  ['plantedArticlesThirtieth', 'articles-30'],
  // Written with the thirty-third: a Singapore daily, a Washington newsletter, a Sunday magazine narrative.
  ['plantedArticlesThirtyFirst', 'articles-31'],
  // Written with the thirty-fourth: a live blog with timestamped entries, an Indian broadsheet, a cable summary.
  ['plantedArticlesThirtySecond', 'articles-32'],
  // Written with the thirty-fifth: a morning email briefing, a radio bulletin, a German paper in English.
  ['plantedArticlesThirtyThird', 'articles-33'],
  // Written with the thirty-sixth: a teen magazine, a legal-affairs brief, an Australian outlet.
  ['plantedArticlesThirtyFourth', 'articles-34'],
  // Written with the thirty-seventh: a wire explainer, a Canadian broadcaster, a sardonic newsletter.
  ['plantedArticlesThirtyFifth', 'articles-35'],
  // Written with the thirty-eighth: a Vietnamese state paper, a business wire brief, a history handout.
  ['plantedArticlesThirtySixth', 'articles-36'],
  // Written with the thirty-ninth: a Russian outlet, a Washington column, a magazine profile.
  ['plantedArticlesThirtySeventh', 'articles-37'],
  // Written with the fortieth: a week-in-review digest, a French wire report, a numbered explainer thread.
  ['plantedArticlesThirtyEighth', 'articles-38'],
  // Written with the forty-first: a TV evening-news script, a Gulf daily, a student opinion page.
  ['plantedArticlesThirtyNinth', 'articles-39'],
  // Written with the forty-second: a podcast summary, an Irish broadsheet, a local TV website.
  ['plantedArticlesFortieth', 'articles-40'],
  // Written with the forty-third: a Scandinavian broadcaster, a "five shocking facts" list, a radio monologue.
  ['plantedArticlesFortyFirst', 'articles-41'],
  // Written with the forty-fourth: a Japanese business daily, an Indian TV site, a diplomat's memoir.
  ['plantedArticlesFortySecond', 'articles-42'],
  // Written with the forty-fifth: a South African daily, a gossip site, a congressional staff memo.
  ['plantedArticlesFortyThird', 'articles-43'],
  // Written with the forty-sixth: an Irish broadsheet, a radio script, a teen explainer.
  ['plantedArticlesFortyFourth', 'articles-44'],
  // Written with the forty-seventh: an Indian daily, a timeline, an investor brief.
  ['plantedArticlesFortyFifth', 'articles-45'],
  // Written with the forty-eighth: a New Zealand regional paper, an academic blog, a sports-desk report.
  ['plantedArticlesFortySixth', 'articles-46'],
  // Written with the forty-ninth: a Scottish daily, a TV news ticker, a Singapore business paper.
  ['plantedArticlesFortySeventh', 'articles-47'],
  // Written with the fiftieth: a wire explainer, a satire site, a Kenyan daily.
  ['plantedArticlesFortyEighth', 'articles-48'],
  // Written with the fifty-first: a local TV website, a foreign-policy newsletter, a Spanish summary.
  ['plantedArticlesFortyNinth', 'articles-49'],
  // Written with the fifty-second: a Welsh regional paper, a Philippine daily, a morning briefing.
  ['plantedArticlesFiftieth', 'articles-50'],
  // Written with the fifty-third: a long-form magazine, a Canadian wire, a "five things" list.
  ['plantedArticlesFiftyFirst', 'articles-51'],
  // Written with the fifty-fourth: a German outlet in English, a community radio summary, a Nigerian daily.
  ['plantedArticlesFiftySecond', 'articles-52'],
  // Written with the fifty-fifth: a Hong Kong daily, a newsmagazine recap, a podcast episode summary.
  ['plantedArticlesFiftyThird', 'articles-53'],
  // Written with the fifty-sixth: a factbox in prose, a Japanese paper's English edition, a live blog.
  ['plantedArticlesFiftyFourth', 'articles-54'],
  // Written with the fifty-seventh: a Sunday analysis column, a translated Korean wire, a fact-check.
  ['plantedArticlesFiftyFifth', 'articles-55'],
  // Written with the fifty-eighth: an Irish tabloid, a regional US paper, a school newsletter.
  ['plantedArticlesFiftySixth', 'articles-56'],
  // Written with the fifty-ninth: an Indian TV website, a press-corps profile, a numbered explainer.
  ['plantedArticlesFiftySeventh', 'articles-57'],
  // Written with the sixtieth: a US cable-news site, a Russian outlet's English service, a Vietnamese daily.
  ['plantedArticlesFiftyEighth', 'articles-58'],
  // Written with the sixty-first: a long read, a public radio summary, a business daily's Asia briefing.
  ['plantedArticlesFiftyNinth', 'articles-59'],
  // Written with the sixty-second: a German weekly in English, a Caribbean paper, a classroom handout.
  ['plantedArticlesSixtieth', 'articles-60'],
  // Written with the sixty-third: a Polish outlet in English, a fact-check explainer, a student bulletin.
  ['plantedArticlesSixtyFirst', 'articles-61'],
  // Written with the sixty-fourth: an Australian Sunday paper, a French outlet in English, a diaspora paper.
  ['plantedArticlesSixtySecond', 'articles-62'],
  // Written with the sixty-fifth: a Nordic broadcaster in English, an Indonesian daily, a week in review.
  ['plantedArticlesSixtyThird', 'articles-63'],
  // Written with the sixty-sixth: a Hong Kong business weekly, a Dutch outlet in English, a call-in recap.
  ['plantedArticlesSixtyFourth', 'articles-64'],
  // Written with the sixty-seventh: a Singapore broadsheet, a technology site, a wire factbox.
  ['plantedArticlesSixtyFifth', 'articles-65'],
  // Written with the sixty-eighth: a translated Quebec outlet, a Ugandan daily, a veterans' magazine.
  ['plantedArticlesSixtySixth', 'articles-66'],
  // Written with the sixty-ninth: an Irish tabloid, a Vietnamese state agency, seminar notes.
  ['plantedArticlesSixtySeventh', 'articles-67'],
  // Written with the seventieth: a Brazilian outlet in translation, a case study, a Turkish daily.
  ['plantedArticlesSixtyEighth', 'articles-68'],
  // Written with the seventy-first: a financial column, a hearing summary, a Korean-American paper.
  ['plantedArticlesSixtyNinth', 'articles-69'],
  // Written with the seventy-second: an Indian wire, an 'on this day' column, a Model UN fact sheet.
  ['plantedArticlesSeventieth', 'articles-70'],
  // Written with the seventy-third: a Mexican outlet in English, a podcast summary, a Welsh broadsheet.
  ['plantedArticlesSeventyFirst', 'articles-71'],
  // Written with the seventy-fourth: a Japanese broadcaster, a talk-radio recap, a Caribbean daily.
  ['plantedArticlesSeventySecond', 'articles-72'],
  // Written with the seventy-fifth: a German wire, a weekly magazine, a library briefing.
  ['plantedArticlesSeventyThird', 'articles-73'],
  // Written with the seventy-sixth: a Spanish wire, a newscast script, a statement of facts.
  ['plantedArticlesSeventyFourth', 'articles-74'],
  // Written with the seventy-seventh: a Hong Kong daily, a humour newsletter, a Norwegian broadcaster.
  ['plantedArticlesSeventyFifth', 'articles-75'],
  // Written with the seventy-eighth: an Australian wire, a diplomatic column, an Indonesian daily.
  ['plantedArticlesSeventySixth', 'articles-76'],
  // Written with the seventy-ninth: a Philippine broadsheet, a teaching guide, a London evening paper.
  ['plantedArticlesSeventySeventh', 'articles-77'],
  // Written with the eightieth: a Polish weekly, a sports column, a Zimbabwean daily.
  ['plantedArticlesSeventyEighth', 'articles-78'],
  // Written with the eighty-first: an Italian wire, a city digest, a research memo.
  ['plantedArticlesSeventyNinth', 'articles-79'],
  // Written with the eighty-second: a Taiwanese daily, an encyclopedia entry, a Caribbean daily.
  ['plantedArticlesEightieth', 'articles-80'],
  // Written with the eighty-third: a Dutch broadcaster, a fact-check, an Indonesian daily.
  ['plantedArticlesEightyFirst', 'articles-81'],
  // Written with the eighty-fourth: an Estonian broadcaster, a travel dispatch, a Cameroonian daily.
  ['plantedArticlesEightySecond', 'articles-82'],
  // Written with the eighty-fifth: a Greek paper, a radio summary, an East African weekly.
  ['plantedArticlesEightyThird', 'articles-83'],
  // Written with the eighty-sixth: a Quebec outlet, public radio, a Sri Lankan paper.
  ['plantedArticlesEightyFourth', 'articles-84'],
  // Written with the eighty-seventh: a live blog, a defence weekly, a Namibian daily.
  ['plantedArticlesEightyFifth', 'articles-85'],
  // Written with the eighty-eighth: Swedish radio, a think-tank commentary, a Jamaican daily.
  ['plantedArticlesEightySixth', 'articles-86'],
  // Written with the eighty-ninth: a Japanese daily, world briefs, a Kenyan business daily.
  ['plantedArticlesEightySeventh', 'articles-87'],
  // Written with the ninetieth: an Irish broadcaster, a state-media-style wire, a Hong Kong tabloid.
  ['plantedArticlesEightyEighth', 'articles-88'],
  // Written with the ninety-first: a Scottish diary, a Singaporean daily, an American long-read.
  ['plantedArticlesEightyNinth', 'articles-89'],
  // Written with the ninety-second: a Danish agency, TV key moments, a Pakistani magazine.
  ['plantedArticlesNinetieth', 'articles-90'],
  // Written with the ninety-third: a Philippine TV website, a Belgian outlet, a financial newswire.
  ['plantedArticlesNinetyFirst', 'articles-91'],
  // Written with the ninety-fourth: a Finnish broadcaster, a Sunday show, a Moroccan outlet.
  ['plantedArticlesNinetySecond', 'articles-92'],
  // Written with the ninety-fifth: a diaspora paper, an Australian financial daily, a class handout.
  ['plantedArticlesNinetyThird', 'articles-93'],
  // Written with the ninety-sixth: South African radio, a Czech outlet, a lifestyle magazine.
  ['plantedArticlesNinetyFourth', 'articles-94'],
  // Written with the ninety-seventh: a Portuguese agency wire, a Lebanese daily, a teachers' newsletter.
  ['plantedArticlesNinetyFifth', 'articles-95'],
  // Written with the ninety-eighth: an Egyptian daily, a bank morning note, a debate club recap.
  ['plantedArticlesNinetySixth', 'articles-96'],
  // Written with the ninety-ninth: an Austrian outlet, a Kazakh state agency, a Jordanian daily.
  ['plantedArticlesNinetySeventh', 'articles-97'],
  // Written with the hundredth: a Ukrainian outlet, a US regional brief, a "what we know" explainer.
  ['plantedArticlesNinetyEighth', 'articles-98'],
  // Written with the hundred-and-first: a Malaysian daily, a British evening paper, a podcast summary.
  ['plantedArticlesNinetyNinth', 'articles-99'],
  // Written with the hundred-and-second: a Serbian agency, a Canadian column, a civics quiz.
  ['plantedArticlesHundredth', 'articles-100'],
  // Written with the hundred-and-third: a Romanian outlet, a business cable website, a course reading.
  ['plantedArticlesHundredFirst', 'articles-101'],
  // Written with the hundred-and-fourth: a Slovak agency, a morning TV website, a fact-checking newsletter.
  ['plantedArticlesHundredSecond', 'articles-102'],
  // Written with the hundred-and-fifth: a Lithuanian broadcaster, a Texas daily, a diplomatic history blog.
  ['plantedArticlesHundredThird', 'articles-103'],
  // Written with the hundred-and-sixth: a Latvian broadcaster, a talk-radio website, a Japanese daily.
  ['plantedArticlesHundredFourth', 'articles-104'],
  // Written with the hundred-and-seventh: an Israeli daily, a UK student paper, a Swiss broadcaster.
  ['plantedArticlesHundredFifth', 'articles-105'],
  // Written with the hundred-and-eighth: a Brazilian wire, a New England paper, a think-tank brief.
  ['plantedArticlesHundredSixth', 'articles-106'],
];
const articleResults = ARTICLE_SETS.map(
  ([key, dir]) => [key, reportArticles(`test/fixtures/stance/${dir}`)] as const,
);

if (!fnc1) {
  console.log('eval/results left as they were: they hold FNC-1 figures.');
} else {
  mkdirSync(root('eval/results'), { recursive: true });
  const { scores, seconds } = fnc1;
  const report: Record<string, unknown> = { fnc1: { ...scores, seconds: Number(seconds.toFixed(1)) } };
  for (const [key, { cases, ...summary }] of plantedResults) {
    report[key] = summary;
    report[`${key}Cases`] = cases;
  }
  for (const [key, result] of articleResults) report[key] = result;
  writeFileSync(root('eval/results/eval.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(
    root('eval/results/fnc1-confusion.svg'),
    confusionSvg(
      scores,
      `FNC-1 held-out: relative score ${pct(scores.relativeScore)}, macro-F1 ${scores.macroF1.toFixed(3)}`,
    ),
  );
  console.log('Wrote eval/results/eval.json and eval/results/fnc1-confusion.svg');
}
