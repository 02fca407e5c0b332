import type { Analyzed } from './analyze';
import { FUZZY_DISCOUNT, SYNONYM_DISCOUNT } from './coverage-score';
import { type QueryTerm, topStatements } from './max-score';
import { capitalisedStems } from './per-sentence';
import { difference, EMPTY, postingList, union } from './postings';
import { fuzzyTerms, type StatementIndex } from './statement-index';
import { synonymsOf } from './synonyms';
import { isKnownWord, referenceIdf } from './term-weights';

export interface Retrieval {
  /** Statement indices, best first. */
  candidates: number[];
  /** The retrieval score of each candidate (the re-ranking's F-measure, from term weights alone), 0–1. */
  scores: number[];
  /** Claim stem → the vocabulary spellings fuzzy matching found for it (names spelled differently). */
  aliases: Map<string, string[]>;
}

/** Other spellings of a stem the corpus knows that are looked for too, as similarity.ts pairs them. */
const RESPELLINGS = 3;

/** The statements that have one of these terms, as a stem or as a joined name. */
function statementsWith(index: StatementIndex, ids: readonly number[]): Uint32Array {
  return union(ids.flatMap((id) => [postingList(index.postings, id), postingList(index.joined, id)]));
}

/**
 * One claim stem's query terms: the ways similarity.ts finds it in a statement, best first (the stem itself,
 * or a respelling when the corpus lacks it; a synonym; another spelling of a known name), each counting for
 * its discounted weight and only in statements no better way already found it in.
 */
function stemTerms(
  index: StatementIndex,
  tiers: { ids: number[]; factor: number }[],
  weight: number,
): QueryTerm[] {
  const used = tiers.filter((tier) => tier.ids.length > 0);
  const terms: QueryTerm[] = [];
  let found: Uint32Array = EMPTY;
  used.forEach((tier, n) => {
    const statements = difference(statementsWith(index, tier.ids), found);
    if (statements.length) terms.push({ statements, weight: weight * tier.factor });
    if (n < used.length - 1) found = union([found, statements]);
  });
  return terms;
}

/**
 * Candidate statements for a claim, best first: the statements whose shared term weight gives the highest
 * claim/statement F-measure (coverage-score.ts), found through the postings of the claim's terms only
 * (max-score.ts). A claim stem also counts, discounted, where a statement has a synonym of it, or another
 * spelling of it when it is a name or a word the corpus does not know (looked up with fuse.js): the ways
 * similarity.ts relates words, so that re-ranking a short list finds what scoring every statement would.
 * Statements scoring below `floor` are not wanted (the caller would not re-rank them), which lets retrieval
 * read far fewer postings.
 */
/** How one claim stem is looked for: its weight, its query terms, the spellings it stands for. */
export interface StemQuery {
  weight: number;
  terms: QueryTerm[];
  aliases: string[];
}

function stemQuery(index: StatementIndex, stem: string, isName: boolean, capitalised: boolean): StemQuery {
  const idsOf = (stems: readonly string[]) =>
    stems.flatMap((other) => {
      const id = index.termIds.get(other);
      return id === undefined ? [] : [id];
    });
  const id = index.termIds.get(stem);
  const weight = id === undefined ? referenceIdf(stem) : (index.weights[id] ?? 0);
  // Respellings are looked for where fuse.js is meant to help: names, and words the corpus does not know
  // that the language does not either (a typo) or that are written with a capital (similarity.ts pairs
  // those by spelling too). A word in use is no misspelling of another: "resorts" is not "reporters".
  const respelled =
    isName || (id === undefined && (capitalised || !isKnownWord(stem)))
      ? fuzzyTerms(index, stem, RESPELLINGS).map((hit) => hit.id)
      : [];
  const tiers =
    id === undefined
      ? [
          { ids: respelled, factor: FUZZY_DISCOUNT },
          { ids: idsOf(synonymsOf(stem)), factor: SYNONYM_DISCOUNT },
        ]
      : [
          { ids: [id], factor: 1 },
          { ids: idsOf(synonymsOf(stem)), factor: SYNONYM_DISCOUNT },
          { ids: respelled, factor: FUZZY_DISCOUNT },
        ];
  return {
    weight,
    terms: stemTerms(index, tiers, weight),
    aliases: id === undefined ? respelled.map((alias) => index.terms[alias] ?? '') : [],
  };
}

export interface RetrieveOptions {
  /** Statements to leave out (e.g. the articles that are the page itself). */
  accept?: (statement: number) => boolean;
  /** The least score wanted: statements below it are not looked for. */
  floor?: number;
  /**
   * Stem queries kept across the claims of one check, for this index only: an article repeats its words
   * from claim to claim, and each stem's lists (synonyms and respellings merged) need making once.
   */
  memo?: Map<string, StemQuery>;
}

export function retrieve(
  index: StatementIndex,
  claim: Analyzed,
  limit: number,
  { accept = () => true, floor = 0, memo }: RetrieveOptions = {},
): Retrieval {
  const aliases = new Map<string, string[]>();
  const query: QueryTerm[] = [];
  let claimWeight = 0;
  const names = new Set(claim.tokens.filter((token) => token.proper).map((token) => token.stem));
  const capitalised = capitalisedStems(claim);
  for (const stem of claim.stems) {
    const isName = names.has(stem);
    const written = capitalised.has(stem);
    const key = `${isName ? 'n' : written ? 'c' : 'w'}\u0000${stem}`;
    let looked = memo?.get(key);
    if (!looked) {
      looked = stemQuery(index, stem, isName, written);
      memo?.set(key, looked);
    }
    claimWeight += looked.weight;
    if (looked.aliases.length) aliases.set(stem, [...looked.aliases]);
    query.push(...looked.terms);
  }
  // A joined name ("Da Nang" → danang) adds when found but is not part of what the claim must cover.
  const stems = new Set(claim.stems);
  for (const stem of new Set(claim.optionalStems)) {
    const id = stems.has(stem) ? undefined : index.termIds.get(stem);
    if (id !== undefined)
      query.push({ statements: statementsWith(index, [id]), weight: index.weights[id] ?? 0 });
  }
  const top = topStatements(index, query, claimWeight, limit, accept, floor);
  return {
    candidates: top.map((hit) => hit.statement),
    scores: top.map((hit) => hit.score),
    aliases,
  };
}
