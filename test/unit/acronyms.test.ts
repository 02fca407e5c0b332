import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/core/match/analyze';
import { abbreviates } from '../../lib/core/stance/acronyms';
import { differingParties } from '../../lib/core/stance/named-parties';

describe('a party named in full and by its initials', () => {
  it('reads initials, and a few more letters of a word, in order', () => {
    expect(abbreviates('APEC', ['Asia', 'Pacific', 'Economic', 'Cooperation'])).toBe(true);
    expect(abbreviates('ASEAN', ['Association', 'Southeast', 'Asian', 'Nations'])).toBe(true);
    expect(abbreviates('NATO', ['North', 'Atlantic', 'Treaty', 'Organization'])).toBe(true);
    expect(abbreviates('APEC', ['Asia', 'Pacific', 'Cooperation'])).toBe(false);
    expect(abbreviates('EU', ['United', 'Europe'])).toBe(false);
  });

  it('reads two words or more as the start of a longer name, but no two-letter acronym so', () => {
    expect(abbreviates('ISIL', ['Islamic', 'State'])).toBe(true);
    expect(abbreviates('ISIS', ['Islamic', 'State'])).toBe(true);
    expect(abbreviates('UN', ['Upper', 'Nile', 'Valley'])).toBe(false);
    expect(abbreviates('ISIL', ['Islamic'])).toBe(false);
  });

  it('is one party, not another party in the same role', () => {
    const pairs = [
      [
        'Trump arrived for the summit of the Asia-Pacific Economic Cooperation forum in Vietnam on Friday.',
        'Trump arrived for the summit of the APEC forum in Vietnam on Friday.',
      ],
      [
        'The leaders met at the APEC summit on Friday.',
        'The leaders met at the Asia-Pacific Economic Cooperation summit on Friday.',
      ],
      [
        'Ministers of the Association of Southeast Asian Nations met in Manila.',
        'Ministers of the ASEAN met in Manila.',
      ],
      ['Troops of the U.N. mission arrived.', 'Troops of the United Nations mission arrived.'],
    ];
    for (const [claim, statement] of pairs) {
      expect(differingParties(analyze(claim ?? ''), analyze(statement ?? '')), claim).toBeNull();
    }
  });

  it('still tells two different parties apart', () => {
    expect(
      differingParties(
        analyze('The trip ends with a final stop in Japan.'),
        analyze('The trip ends with a final stop in the Philippines.'),
      ),
    ).toEqual({ claim: 'Japan', statement: 'Philippines' });
    // One word is no expansion of an acronym, however its letters fall.
    expect(
      differingParties(
        analyze('The aid was sent by the UN on Monday.'),
        analyze('The aid was sent by Ukraine on Monday.'),
      ),
    ).not.toBeNull();
  });
});
