import type { ClaimReport, Match, Report, Stance } from '../core/types';

export interface FormatOptions {
  /** Also list related statements and claims that found no evidence. */
  all: boolean;
}

/** Conflicts first: they are what a reader came to see. */
const STANCE_ORDER: Stance[] = ['conflict', 'agree', 'related'];
const LABEL_WIDTH = 10;
const INDENT = '  ';

function evidenceLines(match: Match): string[] {
  const { statement } = match;
  const origin = [statement.source, statement.articleTitle].filter((part) => part.trim() !== '').join(', ');
  const label = match.stance.toUpperCase().padEnd(LABEL_WIDTH);
  const head = `${INDENT}${label}${statement.text}${origin ? `  — ${origin}` : ''}`;
  const reasons = match.reasons.map(
    (reason) => `${INDENT}${' '.repeat(LABEL_WIDTH)}${reason.kind}: ${reason.detail}`,
  );
  return [head, ...reasons];
}

function claimLines(claim: ClaimReport, options: FormatOptions): string[] {
  const shown = STANCE_ORDER.flatMap((stance) =>
    claim.matches.filter((match) => match.stance === stance),
  ).filter((match) => options.all || match.stance !== 'related');
  const hiddenRelated = claim.matches.length - shown.length;
  if (shown.length === 0 && !options.all) return [];
  const lines = [`• ${claim.text}`, ...shown.flatMap(evidenceLines)];
  if (hiddenRelated > 0) lines.push(`${INDENT}(+${hiddenRelated} related; --all lists them)`);
  if (claim.matches.length === 0) lines.push(`${INDENT}no evidence found`);
  return [...lines, ''];
}

/** Milliseconds to a short figure: whole numbers above 10, one decimal below. */
const ms = (value: number) => `${value >= 10 ? Math.round(value) : value.toFixed(1)} ms`;

/** The report as text for a terminal: the claims with agreeing or conflicting evidence, then the totals. */
export function formatReport(report: Report, options: FormatOptions): string {
  const lines = [report.article.title || '(untitled)', ''];
  if (report.unsupported) lines.push(`Not checked: ${report.unsupported.reason}`, '');
  lines.push(...report.claims.flatMap((claim) => claimLines(claim, options)));
  for (const article of report.excluded) {
    const origin = [article.source, article.title].filter(Boolean).join(', ');
    const share = Math.round(article.overlap * 100);
    lines.push(`Left out as this article itself: ${origin} (${share}% of its sentences are here)`);
  }
  const { summary, timings } = report;
  lines.push(
    `${summary.claims} claims: ${summary.conflict} with conflicting evidence, ${summary.agree} with agreeing, ` +
      `${summary.related} with related`,
    `Timings: extract ${ms(timings.extractMs)}, claims ${ms(timings.claimsMs)}, index ${ms(timings.indexMs)}, ` +
      `match ${ms(timings.matchMs)}, total ${ms(timings.totalMs)}`,
  );
  if (timings.corpusMs !== undefined) lines.push(`Corpora loaded in ${ms(timings.corpusMs)}`);
  return `${lines.join('\n')}\n`;
}
