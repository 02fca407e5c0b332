import type { EngineFigures } from './evaluate-engine';
import type { PipelineFigures } from './pipeline';

const cell = (value: number | null | undefined, extrapolated = false) =>
  value === null || value === undefined ? '–' : `${extrapolated ? '~' : ''}${value}`;

/** One size's engines side by side, as aligned text. */
export function engineTable(rows: readonly EngineFigures[], claims: number): string {
  const header = [
    'engine',
    'build ms',
    'p50 ms',
    'p95 ms',
    'all claims ms',
    '1st pass ms',
    'R@1',
    'R@5',
    'heap MB',
    'stored MB',
    'load ms',
  ];
  const body = rows.map((row) => {
    const x = row.extrapolated;
    const p50 = cell(row.p50Ms, x);
    return [
      `${row.engine}${row.extrapolated ? ` (from ${row.sampleSize})` : ''}${row.claimsTimed < claims ? ` (${row.claimsTimed} claims)` : ''}`,
      cell(row.buildMs, x),
      p50,
      cell(row.p95Ms, x),
      cell(row.totalMs, x || row.claimsTimed < claims),
      cell(row.firstPassMs, x || row.claimsTimed < claims),
      cell(row.recallAt1),
      cell(row.recallAt5),
      cell(row.heapMb, x),
      cell(row.serializedMb, x),
      cell(row.loadMs, x),
    ];
  });
  const all = [header, ...body];
  const widths = header.map((_, column) => Math.max(...all.map((line) => (line[column] ?? '').length)));
  return all
    .map((line) =>
      line
        .map((text, column) =>
          column === 0 ? text.padEnd(widths[column] ?? 0) : text.padStart(widths[column] ?? 0),
        )
        .join('  '),
    )
    .join('\n');
}

/** This project's retrieval followed by check.ts's re-ranking, when it was measured. */
export function rerankLine(rows: readonly EngineFigures[]): string | null {
  const reranked = rows.find((row) => row.reranked)?.reranked;
  if (!reranked) return null;
  return (
    `  crosscheck + re-rank by similarity (24 candidates): p50 ${cell(reranked.p50Ms)} ms, p95 ${cell(reranked.p95Ms)} ms, ` +
    `all claims ${cell(reranked.totalMs)} ms (1st pass ${cell(reranked.firstPassMs)}), ` +
    `R@1 ${cell(reranked.recallAt1)}, R@5 ${cell(reranked.recallAt5)}`
  );
}

export function pipelineLine(figures: PipelineFigures): string {
  return (
    `  checkArticle (${figures.claims} claims): claims ${figures.claimsMs} ms, self-exclusion ${figures.indexMs} ms, ` +
    `matching ${figures.matchMs} ms, total ${figures.totalMs} ms; stored corpus ${figures.corpusJsonMb} MB loaded in ${figures.corpusLoadMs} ms`
  );
}
