import { RERANK_FLOOR } from '../../../lib/core/check';
import { type Analyzed, analyze } from '../../../lib/core/match/analyze';
import { retrieve } from '../../../lib/core/match/retrieve';
import { similarity } from '../../../lib/core/match/similarity';
import {
  buildIndex,
  loadIndex,
  type StatementIndex,
  serializeIndex,
  weightIn,
} from '../../../lib/core/match/statement-index';
import type { Engine } from './engine';

/**
 * This project's index. `search` is its retrieval alone, ranked by the retrieval score: what the other
 * engines are compared with. `searchReranked` is what check.ts does with it: `candidates` statements per
 * claim, re-ranked by `similarity` (statements analysed on first use and remembered, as check.ts does).
 */
export class CrosscheckEngine implements Engine {
  readonly name = 'crosscheck';
  private index: StatementIndex | null = null;
  private statements: readonly string[] = [];
  private analyzed = new Map<number, Analyzed>();

  constructor(private readonly candidates = 24) {}

  build(statements: readonly string[]) {
    this.statements = statements;
    this.index = buildIndex(statements);
    this.analyzed.clear();
  }

  search(claim: string, k: number): number[] {
    return retrieve(this.requireIndex(), analyze(claim), Math.max(k, this.candidates), {
      floor: RERANK_FLOOR,
    }).candidates.slice(0, k);
  }

  searchReranked(claim: string, k: number): number[] {
    const analyzedClaim = analyze(claim);
    const { candidates, aliases } = retrieve(
      this.requireIndex(),
      analyzedClaim,
      Math.max(k, this.candidates),
      { floor: RERANK_FLOOR },
    );
    return this.rerank(analyzedClaim, candidates, aliases).slice(0, k);
  }

  /** Candidates ordered by `similarity`, best first (ties keep the retrieval order). */
  rerank(claim: Analyzed, candidates: number[], aliases: Map<string, string[]>): number[] {
    const weightOf = this.weightOf();
    return candidates
      .map((statement, rank) => ({
        statement,
        rank,
        score: similarity(claim, this.statementAnalysis(statement), weightOf, aliases).score,
      }))
      .sort((a, b) => b.score - a.score || a.rank - b.rank)
      .map((hit) => hit.statement);
  }

  /** The term weight `similarity` is given, as check.ts gives it. */
  weightOf(): (stem: string) => number {
    return weightIn(this.requireIndex());
  }

  statementAnalysis(statement: number): Analyzed {
    let analyzed = this.analyzed.get(statement);
    if (!analyzed) {
      analyzed = analyze(this.statements[statement] ?? '');
      this.analyzed.set(statement, analyzed);
    }
    return analyzed;
  }

  statementText(statement: number): string {
    return this.statements[statement] ?? '';
  }

  get built(): StatementIndex {
    return this.requireIndex();
  }

  serialize(): string {
    return JSON.stringify(serializeIndex(this.requireIndex()));
  }

  load(serialized: string) {
    this.index = loadIndex(JSON.parse(serialized));
  }

  private requireIndex(): StatementIndex {
    if (!this.index) throw new Error('crosscheck engine used before build');
    return this.index;
  }
}
