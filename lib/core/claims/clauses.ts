import { tokenCounts } from '../text/tokenize';

/**
 * Where a sentence joins two statements of its own: ", but", ", although", ", though", ", while", ", whereas"
 * and ";". "Trump and Putin would not formally meet, although the two chatted during the three-day meeting"
 * makes two claims a reader can check apart, and each may match a statement the whole sentence is too long
 * to match closely.
 */
const JOINS = /,\s+(?:but|although|though|while|whereas)\s+|;\s+/giu;

/** A part with fewer content words than this is no statement of its own ("…, though, Sanders said"). */
const MIN_PART_WORDS = 5;

/**
 * The clauses of a compound sentence, each able to stand as a claim; none for a simple sentence. A compound
 * whose other part is too short to stand alone ("There would be no sit-down, the White House said, though
 * the two spoke over the three-day summit") still gives its long part.
 */
/** A sentence that opens on a subordinate clause: "Although no formal talks were arranged, the two …". */
const OPENING_CLAUSE = /^\s*(?:although|though|while|whereas)\s+[^,;]+,\s+/iu;

/** A short label before a colon that opens a sentence: "Fact box: …", "09:05 local time: …", "What we know: …". */
const LABEL = /^\s*((?:\d{1,2}:\d{2}|[^:;,.!?"]){1,40}):\s+(?=\S)/u;
/** A label has at most this many tokens; a speaker's "Peskov bristled: …" is a clause of its own anyway. */
const MAX_LABEL_WORDS = 4;

/**
 * A relative clause that ends the sentence, set off by a comma, its pronoun the subject: "…during the two-day
 * meeting, which brought the heads of the Pacific Rim economies to the coast." What comes before it is a
 * claim of its own. Not where the pronoun is the object, a subject of its own after it: "…, which the White
 * House attributed to scheduling conflicts" tells who says the claim.
 */
const TRAILING_RELATIVE =
  /,\s+(?:which|who)\s+(?!(?:the|a|an|this|that|these|those|his|her|its|their|he|she|it|they|we|i|you)\b)(?=\p{Ll})[^,;:]+$/u;

export function clausesOf(sentence: string): string[] {
  const relative = TRAILING_RELATIVE.exec(sentence);
  if (relative) {
    const main = sentence.slice(0, relative.index).trim();
    if (tokenCounts(main).content >= MIN_PART_WORDS) {
      const inner = clausesOf(main);
      return inner.length ? [main, ...inner] : [main];
    }
  }
  // What follows a label is looked up on its own: the label's words are no part of the claim.
  const label = LABEL.exec(sentence);
  if (label && tokenCounts(label[1] ?? '').tokens <= MAX_LABEL_WORDS) {
    const rest = sentence.slice(label[0].length);
    if (tokenCounts(rest).content >= MIN_PART_WORDS) {
      const inner = clausesOf(rest);
      return inner.length ? [rest.trim(), ...inner] : [rest.trim()];
    }
  }
  const opening = OPENING_CLAUSE.exec(sentence);
  if (opening) {
    const rest = clausesOf(sentence.slice(opening[0].length));
    const main = rest.length ? rest : [sentence.slice(opening[0].length)];
    return [opening[0].replace(/,\s+$/u, '').trim(), ...main]
      .map((part) => part.trim())
      .filter((part) => tokenCounts(part).content >= MIN_PART_WORDS);
  }
  const parts: string[] = [];
  let from = 0;
  for (const join of sentence.matchAll(JOINS)) {
    const at = join.index ?? 0;
    parts.push(sentence.slice(from, at));
    from = at + join[0].length;
  }
  if (parts.length === 0) return [];
  parts.push(sentence.slice(from));
  const clauses = parts
    .map((part) => part.trim())
    .filter((part) => tokenCounts(part).content >= MIN_PART_WORDS);
  return clauses;
}
