import type { EngineFigures } from './evaluate-engine';
import type { ExhaustiveAgreement } from './exhaustive';

/** The issue's targets for this project's engine, checked against the figures of this run. */
interface Target {
  name: string;
  size: number;
  limit: number;
  higherIsBetter?: boolean;
  value: (row: EngineFigures, agreement: ExhaustiveAgreement | undefined) => number | null | undefined;
}

const TARGETS: Target[] = [
  { name: 'all claims (ms)', size: 100_000, limit: 50, value: (row) => row.totalMs },
  {
    name: 'recall@5 vs exhaustive',
    size: 100_000,
    limit: 0.98,
    higherIsBetter: true,
    value: (_, agreement) => agreement?.recallAt5.candidates24,
  },
  { name: 'build (ms)', size: 100_000, limit: 2000, value: (row) => row.buildMs },
  { name: 'load (ms)', size: 100_000, limit: 100, value: (row) => row.loadMs },
  { name: 'heap (MB)', size: 100_000, limit: 60, value: (row) => row.heapMb },
  { name: 'all claims (ms)', size: 1_000_000, limit: 300, value: (row) => row.totalMs },
  { name: 'heap (MB)', size: 1_000_000, limit: 500, value: (row) => row.heapMb },
];

export function checkTargets(
  results: readonly EngineFigures[],
  exhaustive: Record<string, ExhaustiveAgreement>,
) {
  const lines: string[] = [];
  const passed: Record<string, boolean | null> = {};
  for (const target of TARGETS) {
    const row = results.find((r) => r.engine === 'crosscheck' && r.statements === target.size);
    const key = `${target.size >= 1e6 ? `${target.size / 1e6}M` : `${target.size / 1e3}k`} ${target.name}`;
    if (!row) {
      passed[key] = null;
      continue;
    }
    const value = target.value(row, exhaustive[String(target.size)]);
    const ok =
      value === null || value === undefined
        ? null
        : target.higherIsBetter
          ? value >= target.limit
          : value < target.limit;
    passed[key] = ok;
    const verdict = ok === null ? 'not measured' : ok ? 'met' : 'MISSED';
    lines.push(
      `${key}: ${value ?? '–'} (target ${target.higherIsBetter ? '≥' : '<'} ${target.limit}) ${verdict}`,
    );
  }
  return { lines, passed };
}
