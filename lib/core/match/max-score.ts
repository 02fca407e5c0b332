import { ceilingScore, coverageScore, sharedNeeded } from './coverage-score';
import { contains } from './postings';
import type { StatementIndex } from './statement-index';
import { type ScoredStatement, TopStatements } from './top-statements';

/** One term of a claim: the statements that have it, and what it adds to their shared weight. */
export interface QueryTerm {
  statements: Uint32Array;
  weight: number;
}

/** Per-statement working memory of a retrieval, kept on the index and reused from claim to claim. */
export interface RetrievalScratch {
  /** Statement → weight shared with the claim so far (0 = not touched). */
  shared: Float64Array;
  /** The statements touched so far, in order. */
  touched: Uint32Array;
  /** The statements still in the running of the pruned phase. */
  running: Uint32Array;
  /** Statement → 1 while it is still in the running of the pruned phase. */
  marks: Uint8Array;
}

/**
 * Checking whether the remaining terms can be skipped is a pass over the statements touched so far, and it
 * mostly fails until late: it is only tried while the postings left to read outnumber the touched statements
 * by this factor (skipping them then saves more than the check costs).
 */
const CHECK_COST = 2;

function scratchOf(index: StatementIndex): RetrievalScratch {
  const size = index.statementCount;
  if (index.scratch?.shared.length !== size) {
    index.scratch = {
      shared: new Float64Array(size),
      touched: new Uint32Array(size),
      running: new Uint32Array(size),
      marks: new Uint8Array(size),
    };
  }
  return index.scratch;
}

/**
 * Adds a term's weight to each statement of its list, recording the statements touched for the first time;
 * returns the new touched count. The hot loop of a retrieval: kept small and apart so that V8 optimises it
 * after a few calls instead of running the first claims of a cold process in the interpreter.
 */
function accumulate(
  list: Uint32Array,
  weight: number,
  shared: Float64Array,
  touched: Uint32Array,
  touchedCount: number,
): number {
  let count = touchedCount;
  for (let i = 0; i < list.length; i++) {
    const statement = list[i] as number;
    const sum = shared[statement] as number;
    if (sum === 0) touched[count++] = statement;
    shared[statement] = sum + weight;
  }
  return count;
}

/** Adds a term's weight to the statements of its list already touched; the others stay untouched. */
function addToTouched(list: Uint32Array, weight: number, shared: Float64Array) {
  for (let i = 0; i < list.length; i++) {
    const statement = list[i] as number;
    const sum = shared[statement] as number;
    if (sum !== 0) shared[statement] = sum + weight;
  }
}

/** The first position from `from` on whose touched statement shares at least `needed`, or `count`. */
function nextReaching(
  touched: Uint32Array,
  count: number,
  shared: Float64Array,
  needed: number,
  from: number,
): number {
  for (let i = from; i < count; i++) {
    if ((shared[touched[i] as number] as number) >= needed) return i;
  }
  return count;
}

/**
 * The first position from `from` on whose touched statement shares more than `remaining`, or `count`. Most
 * share less: this is the pass that checking for the end of reading makes, apart for V8 to optimise early.
 */
function nextAbove(
  touched: Uint32Array,
  count: number,
  shared: Float64Array,
  remaining: number,
  from: number,
): number {
  for (let i = from; i < count; i++) {
    if ((shared[touched[i] as number] as number) > remaining) return i;
  }
  return count;
}

/** Sets the touched statements' shared weight back to 0, for the next retrieval. */
function clear(shared: Float64Array, touched: Uint32Array, count: number) {
  for (let i = 0; i < count; i++) shared[touched[i] as number] = 0;
}

/**
 * Copies to `out` the touched statements sharing at least `least` that are not marked; returns how many.
 * The pruned phase's loops are small functions of their own, so V8 optimises them early (see accumulate).
 */
function gather(
  touched: Uint32Array,
  count: number,
  shared: Float64Array,
  least: number,
  marks: Uint8Array,
  out: Uint32Array,
): number {
  let kept = 0;
  for (let i = 0; i < count; i++) {
    const statement = touched[i] as number;
    if ((shared[statement] as number) >= least && !marks[statement]) out[kept++] = statement;
  }
  return kept;
}

/**
 * Keeps, in place, the running statements that the weight `left` could still lift to the bar: they share at
 * least `reach` and would score at least `bar` with all of it. Returns how many are kept.
 */
function thin(
  running: Uint32Array,
  count: number,
  shared: Float64Array,
  totals: Float64Array,
  bounds: { reach: number; left: number; claimWeight: number; bar: number },
): number {
  const { reach, left, claimWeight, bar } = bounds;
  let kept = 0;
  for (let i = 0; i < count; i++) {
    const statement = running[i] as number;
    const sum = shared[statement] as number;
    if (sum < reach) continue;
    if (coverageScore(sum + left, claimWeight, totals[statement] as number) < bar) continue;
    running[kept++] = statement;
  }
  return kept;
}

/**
 * Adds one term's weight to the statements still in the running. The term's list is searched for each of
 * them when they are few, and read through once when they are many: whichever touches less.
 */
function addTerm(term: QueryTerm, running: Uint32Array, count: number, scratch: RetrievalScratch) {
  const { shared, marks } = scratch;
  const { statements: list, weight } = term;
  if (count * Math.log2(list.length + 1) < list.length) {
    for (let i = 0; i < count; i++) {
      const statement = running[i] as number;
      if (contains(list, statement)) shared[statement] = (shared[statement] as number) + weight;
    }
    return;
  }
  for (let i = 0; i < count; i++) marks[running[i] as number] = 1;
  for (let i = 0; i < list.length; i++) {
    const statement = list[i] as number;
    if (marks[statement]) shared[statement] = (shared[statement] as number) + weight;
  }
  for (let i = 0; i < count; i++) marks[running[i] as number] = 0;
}

/**
 * The `limit` statements with the highest coverageScore against a claim, exactly, without reading every
 * posting (max-score pruning). Terms are read heaviest (rarest) first into one accumulator. Once `limit`
 * statements already score more than any statement could that has none of the terms read so far, the
 * remaining (common, long-listed) terms cannot bring in a new statement: they are only added to the
 * statements that could still reach the top.
 *
 * Statements scoring below `floor` are not wanted at all. A caller that knows its bar in advance lets reading
 * stop as soon as the terms left could not lift a statement that has none of the terms read to that bar:
 * for a claim the corpus has nothing on, most of its common terms' postings are never read.
 */
export function topStatements(
  index: StatementIndex,
  query: readonly QueryTerm[],
  claimWeight: number,
  limit: number,
  accept: (statement: number) => boolean,
  floor = 0,
): ScoredStatement[] {
  const terms = query
    .filter((term) => term.weight > 0 && term.statements.length > 0)
    .sort((a, b) => b.weight - a.weight || a.statements.length - b.statements.length);
  if (limit <= 0 || claimWeight <= 0 || terms.length === 0) return [];
  // rest[i]: the most that terms i… can still add to any statement.
  const rest = new Float64Array(terms.length + 1);
  for (let i = terms.length - 1; i >= 0; i--)
    rest[i] = (rest[i + 1] as number) + (terms[i] as QueryTerm).weight;
  const scratch = scratchOf(index);
  const { shared, touched } = scratch;
  const totals = index.statementWeights;
  let touchedCount = 0;
  const verdicts = new Map<number, boolean>();
  const accepted = (statement: number) => {
    let ok = verdicts.get(statement);
    if (ok === undefined) {
      ok = accept(statement);
      verdicts.set(statement, ok);
    }
    return ok;
  };
  // Whether `limit` statements already score above anything a statement sharing at most `remaining` can.
  const settled = (remaining: number) => {
    const ceiling = ceilingScore(remaining, claimWeight);
    let above = 0;
    for (let i = nextAbove(touched, touchedCount, shared, remaining, 0); i < touchedCount; ) {
      const statement = touched[i] as number;
      const sum = shared[statement] as number;
      const scoresAbove = coverageScore(sum, claimWeight, totals[statement] as number) > ceiling;
      if (scoresAbove && accepted(statement) && ++above >= limit) return true;
      i = nextAbove(touched, touchedCount, shared, remaining, i + 1);
    }
    return false;
  };
  const top = new TopStatements(limit);
  const bar = () => Math.max(top.floor, floor);
  let needed = sharedNeeded(floor, claimWeight);
  const offer = (statement: number, sum: number) => {
    if (sum < needed) return;
    const value = coverageScore(sum, claimWeight, totals[statement] as number);
    if (value < bar() || !accepted(statement)) return;
    top.offer(statement, value);
    needed = sharedNeeded(bar(), claimWeight);
  };

  try {
    let next = 0;
    let unread = terms.reduce((sum, term) => sum + term.statements.length, 0);
    // Once the terms left could not lift a statement that has none of the terms read to the floor, they
    // are only added to the statements already touched.
    let closed = false;
    for (; next < terms.length; next++) {
      closed ||= ceilingScore(rest[next] as number, claimWeight) < floor;
      if (
        next > 0 &&
        touchedCount >= limit &&
        unread > touchedCount * CHECK_COST &&
        settled(rest[next] as number)
      ) {
        break;
      }
      const { statements, weight } = terms[next] as QueryTerm;
      if (closed) addToTouched(statements, weight, shared);
      else touchedCount = accumulate(statements, weight, shared, touched, touchedCount);
      unread -= statements.length;
    }
    if (next === terms.length) {
      // Most statements share too little to matter: one comparison, and no call, rules them out. The bar
      // rises as the top fills, so the scan restarts past each statement offered with the new bar.
      let from = 0;
      while (from < touchedCount) {
        from = nextReaching(touched, touchedCount, shared, needed, from);
        if (from < touchedCount) {
          const statement = touched[from++] as number;
          offer(statement, shared[statement] as number);
        }
      }
      return top.items;
    }
    // Pruned. The statements already scoring best are completed first, which sets a high bar at once.
    const remaining = rest[next] as number;
    const leaders = new TopStatements(limit);
    for (let i = nextAbove(touched, touchedCount, shared, remaining, 0); i < touchedCount; ) {
      const statement = touched[i] as number;
      const value = coverageScore(shared[statement] as number, claimWeight, totals[statement] as number);
      if (value >= Math.max(leaders.floor, floor) && accepted(statement)) leaders.offer(statement, value);
      i = nextAbove(touched, touchedCount, shared, remaining, i + 1);
    }
    const leading = Uint32Array.from(leaders.items, (item) => item.statement);
    for (let j = next; j < terms.length; j++)
      addTerm(terms[j] as QueryTerm, leading, leading.length, scratch);
    for (const statement of leading) offer(statement, shared[statement] as number);
    // The others are kept in the running while the terms left could still lift them to the bar; each
    // remaining term is added to those left, heaviest first, so the running thins out term by term.
    const { running: candidates, marks } = scratch;
    for (const statement of leading) marks[statement] = 1;
    const least = sharedNeeded(bar(), claimWeight) - remaining;
    let running = gather(touched, touchedCount, shared, least, marks, candidates);
    for (const statement of leading) marks[statement] = 0;
    for (let j = next; j <= terms.length && running > 0; j++) {
      const left = rest[j] as number;
      const reach = sharedNeeded(bar(), claimWeight) - left;
      running = thin(candidates, running, shared, totals, { reach, left, claimWeight, bar: bar() });
      if (j < terms.length) addTerm(terms[j] as QueryTerm, candidates, running, scratch);
    }
    for (let i = 0; i < running; i++) {
      const statement = candidates[i] as number;
      offer(statement, shared[statement] as number);
    }
    return top.items;
  } finally {
    clear(shared, touched, touchedCount);
  }
}
