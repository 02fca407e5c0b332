import lexicon from '../data/lexicon.json';
import { ownLookup } from '../text/own-value';

/** Stem → the places it names (WordNet, see scripts/lexicon/place-names.ts): american and us share one. */
const placesOf = ownLookup<number[] | undefined>(lexicon.places);
const wholesOf = ownLookup<number[] | undefined>(lexicon.within);
const DEMONYMS: ReadonlySet<string> = new Set(lexicon.demonyms);
/** Named building → the places it stands in: the Kremlin in Moscow, and so in Russia. */
const seatOf = ownLookup<number[] | undefined>(lexicon.seats);

const meet = (a: readonly number[] | undefined, b: readonly number[] | undefined) =>
  a !== undefined && b !== undefined && a.some((place) => b.includes(place));

/** The places other places lie in (countries, regions), by number. */
const WHOLES: ReadonlySet<number> = new Set(Object.values(lexicon.within as Record<string, number[]>).flat());

/** A stem that names a place others lie in: a country or a region ("Vietnam"), not a city. */
export function isRegion(stem: string): boolean {
  return (placesOf(stem) ?? []).some((place) => WHOLES.has(place));
}

/** A stem that names a place's people or things (American, Russian). */
export function isDemonym(stem: string): boolean {
  return DEMONYMS.has(stem);
}

/**
 * A stem that names a known place or its people, or a place inside one ("Hanoi"); a name of several words
 * as its stems joined by spaces ("ho chi minh citi").
 */
export function isPlaceName(stem: string): boolean {
  return placesOf(stem) !== undefined || wholesOf(stem) !== undefined;
}

/**
 * Two names of one place or of its people ("US" / "America's" / "American", "Russia" / "Russians"), or a
 * place and one inside it ("Moscow" / "Russia"): never rival parties. Two cities of one country are.
 */
export function samePlace(a: string, b: string): boolean {
  const mine = placesOf(a);
  const theirs = placesOf(b);
  return (
    meet(mine, theirs) ||
    meet(mine, wholesOf(b)) ||
    meet(wholesOf(a), theirs) ||
    // A seat of power for its city or country: "Moscow moved quickly" / "The Kremlin quickly …".
    meet(mine, seatOf(b)) ||
    meet(seatOf(a), theirs)
  );
}

/** Two names of one place or of its people, a place inside it aside ("Moscow" is not "Russia" here). */
export function namesSamePlace(a: string, b: string): boolean {
  return meet(placesOf(a), placesOf(b));
}

/**
 * Whether two names cannot be rival parties in one role because they are not the same kind of name: a
 * nationality ("the American and Russian presidents") against a name that is no place at all ("Trump").
 */
export function differentKinds(a: string, b: string): boolean {
  return (isDemonym(a) && !isPlaceName(b)) || (isDemonym(b) && !isPlaceName(a));
}
