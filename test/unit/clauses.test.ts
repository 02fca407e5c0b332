import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildSeedCorpusFile } from '../../lib/build/seed-corpus';
import { checkArticle } from '../../lib/core/check';
import { clausesOf } from '../../lib/core/claims/clauses';
import { prepareCorpus } from '../../lib/core/corpus';

const SEEDS = fileURLToPath(new URL('../../seeds', import.meta.url));

describe('clauses of a compound claim', () => {
  it('are split at ", but", ", although", ";" when each side says something of its own', () => {
    expect(
      clausesOf(
        'Trump and Putin would not formally meet at the summit, although the two leaders chatted informally during the three-day meeting.',
      ),
    ).toEqual([
      'Trump and Putin would not formally meet at the summit',
      'the two leaders chatted informally during the three-day meeting.',
    ]);
    expect(
      clausesOf(
        'The talks over a formal meeting stalled in Da Nang; the White House told reporters the planned meeting was off for good.',
      ),
    ).toHaveLength(2);
  });

  it('are split after a clause the sentence opens on ("Although …, …")', () => {
    expect(
      clausesOf(
        'Although no formal talks were planned for the ferry strike, the two union leaders met twice over the three-day congress in Oslo.',
      ),
    ).toEqual([
      'Although no formal talks were planned for the ferry strike',
      'the two union leaders met twice over the three-day congress in Oslo.',
    ]);
    // An opening too short to stand alone is left out, and a sentence of one short clause gives none.
    expect(clausesOf('While in Oslo, the two union leaders met twice over the three-day congress.')).toEqual([
      'the two union leaders met twice over the three-day congress.',
    ]);
    expect(clausesOf('While in Oslo, they met.')).toEqual([]);
  });

  it('give what follows a short label on its own ("Fact box: …", "09:05 local time: …")', () => {
    expect(
      clausesOf('Fact box: In the run-up to the congress, the union lowered expectations for a formal deal.'),
    ).toEqual(['In the run-up to the congress, the union lowered expectations for a formal deal.']);
    expect(clausesOf('09:05 local time: The two union leaders met briefly at the harbour gate.')).toEqual([
      'The two union leaders met briefly at the harbour gate.',
    ]);
    // A label of more than four words is part of the sentence.
    expect(
      clausesOf(
        'The union leaders who met at the harbour gate said: the strike goes on until Friday next week.',
      ),
    ).toEqual([]);
  });

  it('are none for a simple sentence, or a "though" that joins nothing', () => {
    expect(clausesOf('Trump and Putin shook hands before the plenary session on Saturday.')).toEqual([]);
    expect(
      clausesOf('Citing scheduling conflicts on both sides, though, Sanders said no meeting would happen.'),
    ).toEqual([]);
  });

  it('leave out a side too short to stand alone, and keep the other', () => {
    expect(
      clausesOf(
        'There would be no sit-down, the aide said, though the two leaders spoke informally over the three-day summit.',
      ),
    ).toEqual(['the two leaders spoke informally over the three-day summit.']);
  });

  it('are judged on their own, so a contradiction inside a long claim is found', () => {
    const seeds = prepareCorpus(buildSeedCorpusFile(SEEDS));
    const text =
      'Sanders told reporters that Trump and Putin would not formally meet at the APEC summit in Vietnam, although the two leaders did chat informally a couple of times during the three-day meeting.';
    const [claim] = checkArticle({ title: '', url: '', site: '', text }, [seeds]).claims;
    const twoDay = claim?.matches.find((m) => m.statement.text.includes('during the two-day meeting'));
    expect(twoDay?.stance).toBe('conflict');
    expect(twoDay?.reasons.map((r) => r.kind)).toContain('number');
    // Each statement is listed once, with its strongest verdict.
    const texts = claim?.matches.map((m) => m.statement.text) ?? [];
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('leave out a relative clause that ends the sentence, where its pronoun is the subject', () => {
    expect(
      clausesOf(
        'The two mayors nevertheless spoke informally a few times during the harbour festival, which brought ferry crews from five ports to the town.',
      ),
    ).toEqual(['The two mayors nevertheless spoke informally a few times during the harbour festival']);
    // Not where it tells who says the claim ("which the council put down to …"), nor mid-sentence.
    expect(
      clausesOf(
        'There was no formal meeting of the two mayors at the festival, which the council put down to scheduling conflicts.',
      ),
    ).toEqual([]);
    expect(
      clausesOf('The ferry, which runs twice a day, will stop at the new pier from Monday next week.'),
    ).toEqual([]);
  });
});
