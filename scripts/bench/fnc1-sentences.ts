import { existsSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { corpusStatements } from '../../lib/core/claims/split-claims';

/**
 * The real sentences the bench corpora start from: every FNC-1 training body split into statements by the
 * same rules the product uses on a corpus article, in body order, each distinct sentence once.
 */
export function fnc1Sentences(bodiesCsv: string): string[] {
  if (!existsSync(bodiesCsv)) {
    throw new Error(
      `FNC-1 bodies not found at ${bodiesCsv}: pass --bodies PATH (the FNC-1 training set, github.com/FakeNewsChallenge/fnc-1)`,
    );
  }
  const rows = Papa.parse<string[]>(readFileSync(bodiesCsv, 'utf8'), { skipEmptyLines: true }).data;
  const seen = new Set<string>();
  const sentences: string[] = [];
  for (const [, body] of rows.slice(1)) {
    for (const claim of corpusStatements(body ?? '')) {
      if (seen.has(claim.text)) continue;
      seen.add(claim.text);
      sentences.push(claim.text);
    }
  }
  return sentences;
}
