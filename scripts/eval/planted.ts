import { readFileSync } from 'node:fs';
import { checkArticle } from '../../lib/core/check';
import type { PreparedCorpus } from '../../lib/core/corpus';
import { normalizeText } from '../../lib/core/text/normalize';
import type { Match } from '../../lib/core/types';

interface Case {
  text: string;
  target?: string;
  kind?: string;
}
interface Planted {
  contradictions: Case[];
  paraphrases: Case[];
  unrelated: Case[];
}

export interface CaseResult extends Case {
  group: 'contradictions' | 'paraphrases' | 'unrelated';
  /** The stance given to the targeted statement (or the strongest one, for unrelated sentences); null if none. */
  stance: Match['stance'] | null;
  reasons: string[];
  statement: string | null;
  /** Other statements the sentence is shown in conflict with: what a reader would see beside its verdict. */
  conflictsElsewhere: string[];
}

export interface PlantedSummary {
  contradictionsFlagged: number;
  contradictions: number;
  paraphrasesAgreeing: number;
  paraphrasesInConflict: number;
  /** Paraphrases shown in conflict with some statement other than their target. */
  paraphrasesWithConflictElsewhere: number;
  paraphrases: number;
  unrelatedFlagged: number;
  unrelated: number;
  cases: CaseResult[];
}

/** Each planted sentence checked on its own against the corpora; the verdict on its target statement counts. */
export function evaluatePlanted(file: string, corpora: PreparedCorpus[]): PlantedSummary {
  const planted = JSON.parse(readFileSync(file, 'utf8')) as Planted;
  const cases: CaseResult[] = [];
  for (const group of ['contradictions', 'paraphrases', 'unrelated'] as const) {
    for (const c of planted[group]) {
      const report = checkArticle({ title: '', url: '', site: '', text: c.text }, corpora);
      const matches = report.claims.flatMap((claim) => claim.matches);
      const target = c.target === undefined ? undefined : normalizeText(c.target);
      const hit = target
        ? matches.find((m) => normalizeText(m.statement.text).includes(target))
        : matches.find((m) => m.stance !== 'related');
      cases.push({
        ...c,
        group,
        stance: hit?.stance ?? null,
        reasons: hit?.reasons.map((r) => `${r.kind}: ${r.detail}`) ?? [],
        statement: hit?.statement.text ?? null,
        conflictsElsewhere: matches
          .filter((m) => m.stance === 'conflict' && m !== hit)
          .map((m) => m.statement.text),
      });
    }
  }
  const of = (group: CaseResult['group']) => cases.filter((c) => c.group === group);
  return {
    contradictionsFlagged: of('contradictions').filter((c) => c.stance === 'conflict').length,
    contradictions: of('contradictions').length,
    paraphrasesAgreeing: of('paraphrases').filter((c) => c.stance === 'agree').length,
    paraphrasesInConflict: of('paraphrases').filter((c) => c.stance === 'conflict').length,
    paraphrasesWithConflictElsewhere: of('paraphrases').filter((c) => c.conflictsElsewhere.length > 0).length,
    paraphrases: of('paraphrases').length,
    unrelatedFlagged: of('unrelated').filter((c) => c.stance === 'agree' || c.stance === 'conflict').length,
    unrelated: of('unrelated').length,
    cases,
  };
}
