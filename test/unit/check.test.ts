import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSeedCorpusFile } from '../../lib/build/seed-corpus';
import { checkArticle } from '../../lib/core/check';
import { type PreparedCorpus, prepareCorpus } from '../../lib/core/corpus';
import type { Match, Report } from '../../lib/core/types';

const SEEDS = fileURLToPath(new URL('../../seeds', import.meta.url));
const read = (file: string) => readFileSync(`${SEEDS}/${file}`, 'utf8');
const article = (text: string) => ({
  title: 'Test',
  url: 'https://example.test/a',
  site: 'example.test',
  text,
});

let seeds: PreparedCorpus;
beforeAll(() => {
  seeds = prepareCorpus(buildSeedCorpusFile(SEEDS));
});

const evidence = (report: Report, stance: Match['stance']) =>
  report.claims.flatMap((c) =>
    c.matches.filter((m) => m.stance === stance).map((m) => ({ claim: c.text, m })),
  );

describe('checkArticle on the CNN seed against the bundled corpus', () => {
  let report: Report;
  beforeAll(() => {
    report = checkArticle(article(read('000_0c6ca5ae3a502843.txt')), [seeds]);
  });

  it('leaves the CNN article itself out, and says so', () => {
    expect(report.excluded).toHaveLength(1);
    expect(report.excluded[0]?.source).toBe('CNN');
    expect(report.claims.flatMap((c) => c.matches).every((m) => m.statement.source === 'Wire report')).toBe(
      true,
    );
  });

  it("flags the Kremlin's account that the two met as a conflict of attributed accounts, naming both", () => {
    const kremlin = evidence(report, 'conflict').find(({ m }) =>
      m.statement.text.startsWith('The Kremlin released'),
    );
    expect(kremlin).toBeDefined();
    const attribution = kremlin?.m.reasons.find((r) => r.kind === 'attribution');
    expect(attribution?.detail).toMatch(/Sanders/);
    expect(attribution?.detail).toMatch(/Kremlin/);
    // "No formal meeting" denies a formal meeting, not that they met: no negation is claimed.
    expect(kremlin?.m.reasons.map((r) => r.kind)).not.toContain('negation');
  });

  it('finds the wire report agreeing that no formal meeting took place, and on the handshakes', () => {
    const agreeing = evidence(report, 'agree').map(({ m }) => m.statement.text);
    expect(agreeing.some((t) => t.includes('did not have a formal meeting'))).toBe(true);
    expect(agreeing.some((t) => t.includes('shaking hands and speaking briefly'))).toBe(true);
    expect(new Set(agreeing).size).toBeGreaterThanOrEqual(6);
  });

  it('counts claims per stance in the summary and reports its timings', () => {
    const having = (stance: Match['stance']) =>
      report.claims.filter((c) => c.matches.some((m) => m.stance === stance)).length;
    expect(report.summary).toEqual({
      claims: report.claims.length,
      agree: having('agree'),
      conflict: having('conflict'),
      related: having('related'),
    });
    expect(report.timings.totalMs).toBeGreaterThan(0);
  });

  it('gives every conflict a concrete reason', () => {
    const kinds = new Set(['negation', 'number', 'date', 'entity', 'antonym', 'attribution']);
    for (const { m } of evidence(report, 'conflict'))
      expect(m.reasons.some((r) => kinds.has(r.kind))).toBe(true);
  });
});

describe('checkArticle stance reasons', () => {
  const one = (claim: string) => checkArticle(article(claim), [seeds]).claims[0]?.matches ?? [];

  it('flags a changed number', () => {
    const matches = one(
      'Aboard Air Force One as he began his five-country, 10-day trip through Asia, Trump told reporters he expected to meet Putin.',
    );
    expect(matches.some((m) => m.stance === 'conflict' && m.reasons.some((r) => r.kind === 'number'))).toBe(
      true,
    );
  });

  it('flags another named party in the same role', () => {
    const matches = one(
      "On Sunday he will meet the country's president and prime minister before heading to his final stop: Japan.",
    );
    expect(matches.some((m) => m.stance === 'conflict' && m.reasons.some((r) => r.kind === 'entity'))).toBe(
      true,
    );
  });

  it("flags the issue's own short example, though the seed's sentence says much else", () => {
    const [first] = one("The trip's final stop is Japan.");
    expect(first?.statement.text).toContain('final stop: the Philippines');
    expect(first).toMatchObject({
      stance: 'conflict',
      reasons: [{ kind: 'entity', detail: 'Japan vs Philippines' }],
    });
  });

  it('finds a name spelled differently (Denang / Danang)', () => {
    const matches = one('A formal meeting never happened in Denang, despite the intrigue before the trip.');
    expect(matches[0]?.statement.text).toContain('formal meeting never happened in Danang');
    expect(matches[0]?.stance).toBe('agree');
  });

  it('finds nothing for an unrelated claim', () => {
    expect(
      one('The central bank raised interest rates by a quarter point to curb inflation in the eurozone.'),
    ).toEqual([]);
  });

  it('reads words named like Object.prototype members as words', () => {
    // "constructor" once looked up Object.prototype.constructor in the synonym table and threw.
    const text =
      'The constructor told the summit that Trump and Putin met in Danang, and the toString valueOf hasOwnProperty __proto__ memo was denied by the Kremlin.';
    const matches = one(text);
    expect(matches.length).toBeGreaterThan(0);
    for (const match of matches) expect(Number.isFinite(match.score)).toBe(true);
  });

  it('says a non-English page is not supported instead of making claims', () => {
    const report = checkArticle(
      { ...article('Le président a rencontré son homologue à Danang.'), lang: 'fr' },
      [seeds],
    );
    expect(report.claims).toEqual([]);
    expect(report.unsupported?.reason).toMatch(/language/);
  });
});

describe('opposite words', () => {
  it('are not read into a light verb ("released a statement" / "hold a meeting")', () => {
    const report = checkArticle(article(read('002_d828683899feb258.txt')), [seeds]);
    const kremlin = report.claims.find((c) => c.text.startsWith('The Kremlin released'));
    const reasons = kremlin?.matches.flatMap((m) => m.reasons) ?? [];
    expect(reasons.some((r) => r.kind === 'antonym' && /hold/.test(r.detail))).toBe(false);
    // The White House's "will not hold a formal meeting" is found for it, and judged.
    expect(kremlin?.matches.some((m) => /will not hold a formal meeting/.test(m.statement.text))).toBe(true);
  });
});
