import { analyze } from '../../../lib/core/match/analyze';
import { coverageScore } from '../../../lib/core/match/coverage-score';
import { IndexTermReader } from '../../../lib/core/match/index-terms';
import { packPostings, unpackPostings } from '../../../lib/core/match/packed-postings';
import type { Postings } from '../../../lib/core/match/postings';
import { referenceIdf, termWeight } from '../../../lib/core/match/term-weights';
import type { Engine } from './engine';

/**
 * The plain linear scan: every statement as a list of integer term ids (the same tokens and weights as
 * this project's index), and a claim scored against every statement in turn with the same score. No index,
 * no pruning, no fuzzy or joined names: the floor any index must beat.
 */
export class BruteForceEngine implements Engine {
  readonly name = 'brute-force scan';
  private terms: string[] = [];
  private termIds = new Map<string, number>();
  /** Statement → its term ids, as one buffer with offsets. */
  private forward: Postings = { offsets: new Uint32Array(1), ids: new Uint32Array(0) };
  private weights = new Float64Array(0);
  private totals = new Float64Array(0);
  private claimWeights = new Float64Array(0);

  build(statements: readonly string[]) {
    const terms: string[] = [];
    const termIds = new Map<string, number>();
    const reader = new IndexTermReader((stem) => {
      let id = termIds.get(stem);
      if (id === undefined) {
        id = terms.length;
        terms.push(stem);
        termIds.set(stem, id);
      }
      return id;
    });
    const offsets = new Uint32Array(statements.length + 1);
    const ids: number[] = [];
    const seen = new Map<number, number>();
    statements.forEach((text, statement) => {
      reader.read(text);
      const own: number[] = [];
      for (const id of reader.stems) {
        if (seen.get(id) === statement) continue;
        seen.set(id, statement);
        own.push(id);
      }
      // Ascending, so that the lists pack as gaps.
      for (const id of own.sort((a, b) => a - b)) ids.push(id);
      offsets[statement + 1] = ids.length;
    });
    this.terms = terms;
    this.termIds = termIds;
    this.forward = { offsets, ids: Uint32Array.from(ids) };
    this.prepare();
  }

  /** Weights from document frequencies, and each statement's total weight. */
  private prepare() {
    const { offsets, ids } = this.forward;
    const df = new Uint32Array(this.terms.length);
    for (const id of ids) df[id] = (df[id] ?? 0) + 1;
    const count = offsets.length - 1;
    this.weights = Float64Array.from(this.terms, (stem, id) => termWeight(stem, df[id] ?? 0, count));
    this.totals = new Float64Array(count);
    for (let statement = 0; statement < count; statement++) {
      let total = 0;
      for (let i = offsets[statement] ?? 0; i < (offsets[statement + 1] ?? 0); i++) {
        total += this.weights[ids[i] ?? 0] ?? 0;
      }
      this.totals[statement] = total;
    }
    this.claimWeights = new Float64Array(this.terms.length);
  }

  search(claim: string, k: number): number[] {
    const { stems, optionalStems } = analyze(claim);
    let claimWeight = 0;
    const marked: number[] = [];
    for (const stem of [...stems, ...optionalStems]) {
      const id = this.termIds.get(stem);
      const weight = id === undefined ? referenceIdf(stem) : (this.weights[id] ?? 0);
      if (stems.includes(stem)) claimWeight += weight;
      if (id !== undefined && this.claimWeights[id] === 0) {
        this.claimWeights[id] = weight;
        marked.push(id);
      }
    }
    const { offsets, ids } = this.forward;
    const best: { statement: number; score: number }[] = [];
    for (let statement = 0; statement < offsets.length - 1; statement++) {
      let shared = 0;
      for (let i = offsets[statement] ?? 0; i < (offsets[statement + 1] ?? 0); i++) {
        shared += this.claimWeights[ids[i] ?? 0] ?? 0;
      }
      if (shared === 0) continue;
      const score = coverageScore(shared, claimWeight, this.totals[statement] ?? 0);
      if (best.length === k && score <= (best[k - 1]?.score ?? 0)) continue;
      best.push({ statement, score });
      best.sort((a, b) => b.score - a.score || a.statement - b.statement);
      if (best.length > k) best.pop();
    }
    for (const id of marked) this.claimWeights[id] = 0;
    return best.map((hit) => hit.statement);
  }

  serialize(): string {
    const statements = this.forward.offsets.length - 1;
    return JSON.stringify({ terms: this.terms, statements, forward: packPostings(this.forward) });
  }

  load(serialized: string) {
    const data = JSON.parse(serialized) as { terms: string[]; statements: number; forward: string };
    this.terms = data.terms;
    this.termIds = new Map(data.terms.map((stem, id) => [stem, id]));
    // Packed like postings with the roles swapped: one list per statement, entries are term ids.
    this.forward = unpackPostings(data.forward, data.statements, data.terms.length);
    this.prepare();
  }
}
