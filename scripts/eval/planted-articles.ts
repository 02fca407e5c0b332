import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtml } from '../../lib/cli/files';
import { checkArticle } from '../../lib/core/check';
import type { PreparedCorpus } from '../../lib/core/corpus';
import { readArticles } from '../../lib/core/import/read-articles';
import { normalizeText } from '../../lib/core/text/normalize';
import type { ClaimReport } from '../../lib/core/types';

/** One sentence of a planted article and what the engine should find for it. */
interface KeyEntry {
  article: string;
  text: string;
  expect: 'agree' | 'conflict' | 'none';
  kind?: string;
}

export interface ArticleCase extends KeyEntry {
  /** Whether the sentence became a claim; stances found for it (agree / conflict only). */
  claimed: boolean;
  found: string[];
  ok: boolean;
}

export interface PlantedArticles {
  /** Per expected label: sentences judged as planted, of all. */
  agree: [number, number];
  conflict: [number, number];
  none: [number, number];
  /** Claims of the articles with no key (about something else) flagged agree or conflict. */
  offTopicFlagged: number;
  offTopicClaims: number;
  cases: ArticleCase[];
}

/** Quotes, apostrophes and dashes written as claims and the corpus store them. */
const plain = normalizeText;

const flagged = (claim: ClaimReport | undefined) =>
  [...new Set((claim?.matches ?? []).map((m) => m.stance).filter((s) => s !== 'related'))].sort();

/**
 * Whole articles written to agree with, contradict, or stay off the seed articles (dir/*.txt, with
 * dir/key.json saying what each planted sentence should get), checked like a page: split into claims, each
 * claim judged against the corpora. A sentence planted to agree needs an agreeing statement, one planted to
 * contradict a conflicting one, and background needs neither; articles without key entries are about
 * something else, and none of their claims may agree or conflict.
 */
export function evaluateArticles(dir: string, corpora: PreparedCorpus[]): PlantedArticles {
  const key = JSON.parse(readFileSync(join(dir, 'key.json'), 'utf8')) as KeyEntry[];
  const cases: ArticleCase[] = [];
  let offTopicFlagged = 0;
  let offTopicClaims = 0;
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()) {
    const [read] = readArticles(file, readFileSync(join(dir, file), 'utf8'), { parseHtml });
    if (!read) continue;
    const report = checkArticle(
      { title: read.title, url: `file:///${file}`, site: '', text: read.text },
      corpora,
    );
    const entries = key.filter((entry) => entry.article === file);
    if (entries.length === 0) {
      offTopicClaims += report.claims.length;
      offTopicFlagged += report.claims.filter((claim) => flagged(claim).length > 0).length;
      continue;
    }
    for (const entry of entries) {
      const wanted = plain(entry.text);
      const claim = report.claims.find(
        (c) => wanted.includes(plain(c.text)) || plain(c.text).includes(wanted),
      );
      const found = flagged(claim);
      const ok = entry.expect === 'none' ? found.length === 0 : found.includes(entry.expect);
      cases.push({ ...entry, claimed: claim !== undefined, found, ok });
    }
  }
  const tally = (label: KeyEntry['expect']): [number, number] => {
    const of = cases.filter((c) => c.expect === label);
    return [of.filter((c) => c.ok).length, of.length];
  };
  return {
    agree: tally('agree'),
    conflict: tally('conflict'),
    none: tally('none'),
    offTopicFlagged,
    offTopicClaims,
    cases,
  };
}
