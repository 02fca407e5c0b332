import lexicon from '../data/lexicon.json';
import { ownLookup } from '../text/own-value';

/** Stem → stems of words sharing its main WordNet sense (talk / chat, meet / encounter). */
const synonymsLookup = ownLookup<string[] | undefined>(lexicon.synonyms);

export function synonymsOf(stem: string): readonly string[] {
  return synonymsLookup(stem) ?? [];
}

/** Verb stem ↔ the stems of the nouns of its act or state, both ways (agree / agreement). */
const derivedForms = (() => {
  const forms = new Map<string, string[]>();
  const add = (a: string, b: string) => forms.set(a, [...(forms.get(a) ?? []), b]);
  for (const [verb, nouns] of Object.entries(lexicon.derivations)) {
    for (const noun of nouns) {
      add(verb, noun);
      add(noun, verb);
    }
  }
  return forms;
})();

/** The stems a word's verb and its act's noun are written with, other than its own ("agre" → "agreement"). */
export function derivedFormsOf(stem: string): readonly string[] {
  return derivedForms.get(stem) ?? [];
}
