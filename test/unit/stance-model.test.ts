import { describe, expect, it, vi } from 'vitest';
import model from '../../lib/core/data/stance-model.json';
import { bodyCorpus } from '../../lib/core/fnc1/body-corpus';
import { classifyPair } from '../../lib/core/fnc1/classify-pair';
import { cueFeatures, cueNames, wordsOf } from '../../lib/core/fnc1/cue-words';
import { checkModel, predictStance, type StanceModel } from '../../lib/core/fnc1/softmax-model';
import { tokenize } from '../../lib/core/text/tokenize';
import type { Fnc1Pair } from '../../scripts/train/fnc1-data';
import { selectCues } from '../../scripts/train/select-cues';

const committed = checkModel(model as StanceModel);

describe('the committed stance model', () => {
  it('reads the pair features, then one input per cue word', () => {
    expect(committed.stance.features.slice(committed.relatedness.features.length)).toEqual(
      cueNames(committed.cues),
    );
    expect(new Set(committed.cues.body).size).toBe(committed.cues.body.length);
    expect(committed.cues.headline.length).toBeGreaterThan(0);
  });

  it('is refused when its inputs are not the ones the code computes', () => {
    const renamed = {
      ...committed,
      cues: { ...committed.cues, body: ['not-a-cue', ...committed.cues.body.slice(1)] },
    };
    expect(() => checkModel(renamed)).toThrow(/npm run train/);
  });

  it('does not look at cue words for a pair it finds unrelated', () => {
    const cues = vi.fn(() => cueFeatures(committed.cues, '', new Set()));
    const far = new Array(committed.relatedness.features.length).fill(0);
    expect(predictStance(committed, far, cues)).toBe('unrelated');
    expect(cues).not.toHaveBeenCalled();
  });
});

describe('cue words', () => {
  it('match any form of the word', () => {
    const vocabulary = { body: ['report', 'deni'], headline: ['claim'] };
    const body = wordsOf(tokenize('The agency reported the sighting on Monday.'));
    expect(cueFeatures(vocabulary, 'Officials are claiming victory', body)).toEqual([1, 0, 1]);
  });
});

describe('choosing cue words', () => {
  const pair = (headline: string, bodyId: string, stance: Fnc1Pair['stance']): Fnc1Pair => ({
    headline,
    bodyId,
    stance,
  });
  // Twelve stories, each with an agreeing and a discussing article; "reportedly" marks the discussing
  // headlines in every story, "zork" is one story's name.
  const pairs: Fnc1Pair[] = [];
  const bodyWords = new Map<string, Set<string>>();
  for (let story = 0; story < 12; story++) {
    const name = story === 0 ? 'zork' : `place${story}`;
    pairs.push(pair(`${name} mayor resigns`, `a${story}`, 'agree'));
    pairs.push(pair(`${name} mayor reportedly resigns`, `d${story}`, 'discuss'));
    pairs.push(pair(`${name} mayor says no`, `d${story}`, 'discuss'));
    bodyWords.set(`a${story}`, new Set(['mayor', 'resign', 'confirm', name]));
    bodyWords.set(`d${story}`, new Set(['mayor', 'resign', 'rumour', name]));
  }

  it('takes words that tell stances apart across many stories, not one story’s names', () => {
    const cues = selectCues(pairs, bodyWords);
    expect(cues.headline).toContain('report');
    expect(cues.headline).not.toContain('zork');
    expect(cues.body).toEqual(expect.arrayContaining(['confirm', 'rumour']));
    expect(cues.body).not.toContain('zork');
  });
});

describe('classifyPair', () => {
  const article = bodyCorpus(
    't1',
    'Danang city officials said on Friday that the summit of Asia-Pacific leaders opened with a gala dinner. ' +
      'Leaders wore traditional Vietnamese shirts for the group photo at the summit in Danang.',
  );

  it('finds an article about something else unrelated', () => {
    expect(
      classifyPair('Central bank raises interest rates to curb inflation in the eurozone', article),
    ).toBe('unrelated');
  });

  it('finds an article on the claim related', () => {
    expect(
      classifyPair('Asia-Pacific leaders wore traditional Vietnamese shirts at the Danang summit', article),
    ).not.toBe('unrelated');
  });
});
