/** What the bench asks of every engine it compares. */
export interface Engine {
  readonly name: string;
  /** Indexes the statements (timed by the runner). */
  build(statements: readonly string[]): void;
  /** Indices of the best statements for a claim, best first, at most `k`. */
  search(claim: string, k: number): number[];
  /** The index as stored (JSON text). */
  serialize(): string;
  /** Replaces the index by the one `serialize` wrote (timed by the runner). */
  load(serialized: string): void;
}
