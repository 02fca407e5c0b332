/**
 * Puts each claim of a report back in the page it was split from. Claims come in article order, so each
 * is first looked for after the one before it (a sentence the page repeats, in a teaser or a pull quote,
 * is taken where the article has it); claims not found exactly are then looked for between their placed
 * neighbours. Stepwise: the caller runs it in slices (run-sliced.ts).
 */
import { foldText } from './fold-text';
import { type Located, type LocatedBy, locateSteps } from './locate-text';
import { collectText, positionOf, type TextMap, type TextPosition } from './text-map';

export interface ClaimToPlace {
  id: string;
  text: string;
}

export interface Placement {
  position: TextPosition;
  by: LocatedBy;
}

/** Where each claim is in the page; a claim missing from the map could not be placed. */
export type Placements = Map<string, Placement>;

function* exactPass(map: TextMap, needles: string[], found: (Located | null)[]): Generator<void> {
  let cursor = 0;
  for (const [i, needle] of needles.entries()) {
    if (needle === '') continue;
    let at = map.text.indexOf(needle, cursor);
    if (at < 0 && cursor > 0) at = map.text.indexOf(needle);
    if (at >= 0) {
      found[i] = { start: at, end: at + needle.length, by: 'exact' };
      cursor = at + needle.length;
    }
    yield;
  }
}

/** The span between the nearest claims placed before and after claim `i`. */
function neighbourSpan(found: (Located | null)[], i: number): { from: number; to?: number } {
  let from = 0;
  for (let j = i - 1; j >= 0; j--) {
    const before = found[j];
    if (before) {
      from = before.end;
      break;
    }
  }
  for (let j = i + 1; j < found.length; j++) {
    const after = found[j];
    if (after && after.start >= from) return { from, to: after.start };
  }
  return { from };
}

/** Finds every claim under `root`; yields between slices of work. */
export function* placeClaims(root: Node, claims: readonly ClaimToPlace[]): Generator<void, Placements> {
  const map = yield* collectText(root);
  const needles = claims.map((claim) => foldText(claim.text));
  const found: (Located | null)[] = needles.map(() => null);
  yield* exactPass(map, needles, found);
  for (const [i, needle] of needles.entries()) {
    if (found[i] || needle === '') continue;
    found[i] = yield* locateSteps(map.text, needle, neighbourSpan(found, i));
    yield;
  }
  const placements: Placements = new Map();
  for (const [i, claim] of claims.entries()) {
    const located = found[i];
    if (located)
      placements.set(claim.id, { position: positionOf(map, located.start, located.end), by: located.by });
  }
  return placements;
}
