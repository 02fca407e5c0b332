import { analyze } from '../../lib/core/match/analyze';
import { similarity } from '../../lib/core/match/similarity';
import { referenceIdf } from '../../lib/core/match/term-weights';
import { classifyStance } from '../../lib/core/stance/classify-stance';

/** A claim judged against one statement on their own, with reference term weights (no corpus). */
export function judge(claimText: string, statementText: string) {
  const claim = analyze(claimText);
  const statement = analyze(statementText);
  return classifyStance(claim, statement, similarity(claim, statement, referenceIdf));
}
