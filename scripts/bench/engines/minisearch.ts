import MiniSearch from 'minisearch';
import type { Engine } from './engine';

interface Doc {
  id: number;
  text: string;
}

const OPTIONS = { fields: ['text'], idField: 'id' };

/** MiniSearch with its defaults: BM25 over its own tokens, any term may match (OR). */
export class MiniSearchEngine implements Engine {
  readonly name = 'minisearch';
  private index: MiniSearch<Doc> | null = null;

  build(statements: readonly string[]) {
    const index = new MiniSearch<Doc>(OPTIONS);
    index.addAll(statements.map((text, id) => ({ id, text })));
    this.index = index;
  }

  search(claim: string, k: number): number[] {
    if (!this.index) throw new Error('minisearch used before build');
    return this.index
      .search(claim)
      .slice(0, k)
      .map((hit) => hit.id as number);
  }

  serialize(): string {
    return JSON.stringify(this.index);
  }

  load(serialized: string) {
    this.index = MiniSearch.loadJSON<Doc>(serialized, OPTIONS);
  }
}
