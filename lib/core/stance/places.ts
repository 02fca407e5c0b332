import lexicon from '../data/lexicon.json';
import { ownLookup } from '../text/own-value';

/** Stem → the places it names (WordNet, see scripts/lexicon/place-names.ts): american and us share one. */
const placesOf = ownLookup<number[] | undefined>(lexicon.places);
const DEMONYMS: ReadonlySet<string> = new Set(lexicon.demonyms);

/** A stem that names a known place or its people. */
export function isPlaceName(stem: string): boolean {
  return placesOf(stem) !== undefined;
}

/** Two names of one place or of its people: "US" / "America's" / "American", "Russia" / "Russians". */
export function samePlace(a: string, b: string): boolean {
  const mine = placesOf(a);
  const theirs = placesOf(b);
  return mine !== undefined && theirs !== undefined && mine.some((place) => theirs.includes(place));
}

/**
 * Whether two names cannot be rival parties in one role because they are not the same kind of name: a
 * nationality ("the American and Russian presidents") against a name that is no place at all ("Trump").
 */
export function differentKinds(a: string, b: string): boolean {
  const isDemonym = (stem: string) => DEMONYMS.has(stem);
  return (isDemonym(a) && !isPlaceName(b)) || (isDemonym(b) && !isPlaceName(a));
}
