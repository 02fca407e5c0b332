import Fuse, { type FuseIndex } from 'fuse.js';
import type { Engine } from './engine';

/**
 * Plain fuse.js over whole sentences, as a reader might first try: `ignoreLocation` so a claim may be any
 * part of a sentence (without it recall falls, see docs/TOOLCHAIN.md), default threshold.
 */
const OPTIONS = { includeScore: true, ignoreLocation: true };

export class FuseEngine implements Engine {
  readonly name = 'fuse.js';
  private fuse: Fuse<string> | null = null;
  private statements: readonly string[] = [];

  build(statements: readonly string[]) {
    this.statements = statements;
    this.fuse = new Fuse(statements, OPTIONS);
  }

  search(claim: string, k: number): number[] {
    if (!this.fuse) throw new Error('fuse.js used before build');
    return this.fuse.search(claim, { limit: k }).map((hit) => hit.refIndex);
  }

  /** Its index (which holds the sentences themselves). */
  serialize(): string {
    if (!this.fuse) throw new Error('fuse.js used before build');
    return JSON.stringify(this.fuse.getIndex().toJSON());
  }

  load(serialized: string) {
    const index = Fuse.parseIndex<string>(JSON.parse(serialized) as ReturnType<FuseIndex<string>['toJSON']>);
    this.fuse = new Fuse(this.statements, OPTIONS, index);
  }
}
