export interface ScoredStatement {
  statement: number;
  score: number;
}

/** The best `size` statements offered, best first; ties go to the lower statement index. */
export class TopStatements {
  readonly items: ScoredStatement[] = [];
  constructor(readonly size: number) {}

  /** The score a statement must reach to enter (−∞ while there is room). */
  get floor(): number {
    return this.items.length < this.size ? -Infinity : (this.items[this.size - 1]?.score ?? -Infinity);
  }

  offer(statement: number, score: number) {
    if (score < this.floor) return;
    let at = this.items.length;
    while (at > 0) {
      const before = this.items[at - 1];
      if (!before || before.score > score || (before.score === score && before.statement < statement)) break;
      at--;
    }
    if (at >= this.size) return;
    this.items.splice(at, 0, { statement, score });
    if (this.items.length > this.size) this.items.pop();
  }
}
