import type { PreparedCorpus } from '../corpus';
import { type Analyzed, analyze } from '../match/analyze';
import { type Similarity, similarity } from '../match/similarity';
import { weightIn } from '../match/statement-index';
import { synonymsOf } from '../match/synonyms';
import { referenceIdf } from '../match/term-weights';
import { isHedged } from '../stance/attribution';
import { classifyStance } from '../stance/classify-stance';
import { negatedStems } from '../stance/negation';
import { opposedWords } from '../stance/opposites';

/**
 * Features of a (claim, article) pair for the learned stance model: what the rule engine of the sidebar sees
 * (similarities, its agree / conflict / related verdicts and their reasons), summed up over the article's
 * statements, plus a few cues of the article's wording. All are plain numbers, mostly 0..1.
 */
export const FEATURE_NAMES = [
  'maxSimilarity',
  'secondSimilarity',
  'meanTop3Similarity',
  'maxClaimCoverage',
  'articleCoverage',
  'similarStatementsLog',
  'agreeShare',
  'conflictShare',
  'relatedShare',
  'negationReason',
  'numberReason',
  'antonymReason',
  'entityReason',
  'dateReason',
  'claimNegated',
  'claimQuestion',
  'claimHedged',
  'refutingCuesTop',
  'refutingCuesArticle',
  'hedgeCuesTop',
  'hedgeCuesArticle',
  'negatedInTop',
  'leadSimilarity',
  'statementsLog',
  'claimLengthLog',
  'claimRefuting',
  'refutingLead',
  'hedgeLead',
  'refutingWeighted',
  'hedgeWeighted',
  'negationWeighted',
  'antonymInTop',
] as const;

/** Words with which articles debunk what they report (rates per statement). */
const REFUTING =
  /\b(fake|fraud|hoax|false|falsely|deny|denies|denied|refute[sd]?|debunk(ed|s)?|bogus|untrue|myth|prank|pranks|retract(ed|s)?|not true|no evidence|satire|satirical|fabricated|doctored|misleading)\b/i;
/** Words with which articles report without endorsing. */
const HEDGING =
  /\b(reportedly|allegedly|alleged|claims?|claimed|according to|rumou?rs?|unconfirmed|unverified|appears?|apparently|purportedly|supposedly|if true|could not be (independently )?verified|it is unclear)\b/i;

/** How many of the best-matching statements the verdict features look at. */
const TOP = 5;
/** How many statements the similarity-weighted cue features look at. */
const WEIGHTED_TOP = 10;
/** The lead of an article, where it says what it thinks of the claim. */
const LEAD = 5;

/** Share of the best statements' similarity that falls on statements with the cue. */
function weightedCue(
  scored: { sim: Similarity; statement: Analyzed }[],
  has: (s: Analyzed) => boolean,
): number {
  const top = scored.slice(0, WEIGHTED_TOP);
  const total = top.reduce((sum, t) => sum + t.sim.score, 0);
  return total > 0 ? top.reduce((sum, t) => sum + (has(t.statement) ? t.sim.score : 0), 0) / total : 0;
}

function coverageOfArticle(claim: Analyzed, corpus: PreparedCorpus): number {
  const total = claim.stems.reduce((sum, stem) => sum + referenceIdf(stem), 0);
  if (total === 0) return 0;
  const { termIds } = corpus.index;
  let found = 0;
  for (const stem of claim.stems) {
    if (termIds.has(stem) || synonymsOf(stem).some((s) => termIds.has(s))) found += referenceIdf(stem);
  }
  return found / total;
}

const rate = (texts: string[], pattern: RegExp) =>
  texts.length ? texts.filter((text) => pattern.test(text)).length / texts.length : 0;

export function pairFeatures(
  claimText: string,
  corpus: PreparedCorpus,
  analyzedStatements?: Analyzed[],
): number[] {
  const claim = analyze(claimText);
  const statements = analyzedStatements ?? corpus.statements.map((s) => analyze(s.text));
  const weightOf = weightIn(corpus.index);
  const scored: { sim: Similarity; statement: Analyzed }[] = statements
    .map((statement) => ({ sim: similarity(claim, statement, weightOf), statement }))
    .sort((a, b) => b.sim.score - a.sim.score);
  const top = scored.slice(0, TOP);
  const scores = scored.map((s) => s.sim.score);
  const verdicts = top.map(({ sim, statement }) => classifyStance(claim, statement, sim, { weightOf }));
  const share = (stance: string) => verdicts.filter((v) => v?.stance === stance).length / TOP;
  const reason = (kind: string) =>
    verdicts.some((v) => v?.stance === 'conflict' && v.reasons.some((r) => r.kind === kind)) ? 1 : 0;
  const topTexts = top.map((t) => t.statement.text);
  const allTexts = statements.map((s) => s.text);
  const negatedTop = top.filter(({ statement }) => negatedStems(statement).size > 0).length / TOP;
  return [
    scores[0] ?? 0,
    scores[1] ?? 0,
    (scores.slice(0, 3).reduce((a, b) => a + b, 0) || 0) / 3,
    Math.max(0, ...scored.map((s) => s.sim.claimCoverage)),
    coverageOfArticle(claim, corpus),
    Math.log1p(scores.filter((s) => s >= 0.2).length),
    share('agree'),
    share('conflict'),
    share('related'),
    reason('negation'),
    reason('number'),
    reason('antonym'),
    reason('entity'),
    reason('date'),
    negatedStems(claim).size > 0 ? 1 : 0,
    /\?\s*$/.test(claimText) ? 1 : 0,
    isHedged(claimText) ? 1 : 0,
    rate(topTexts, REFUTING),
    rate(allTexts, REFUTING),
    rate(topTexts, HEDGING),
    rate(allTexts, HEDGING),
    negatedTop,
    statements[0] ? similarity(claim, statements[0], weightOf).score : 0,
    Math.log1p(statements.length),
    Math.log1p(claim.stems.length),
    REFUTING.test(claimText) ? 1 : 0,
    rate(allTexts.slice(0, LEAD), REFUTING),
    rate(allTexts.slice(0, LEAD), HEDGING),
    weightedCue(scored, (s) => REFUTING.test(s.text)),
    weightedCue(scored, (s) => HEDGING.test(s.text)),
    weightedCue(scored, (s) => negatedStems(s).size > 0),
    top.some(({ statement }) => opposedWords(claim, statement) !== null) ? 1 : 0,
  ];
}
